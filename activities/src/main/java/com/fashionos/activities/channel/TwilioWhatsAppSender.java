package com.fashionos.activities.channel;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * WhatsApp through Twilio's Messages API with the official {@code twilio} SDK: {@code whatsapp:+E164} addresses,
 * free-form text within 24 hours of the contact's last message, otherwise an approved template (ContentSid and
 * ContentVariables JSON).
 */
public class TwilioWhatsAppSender implements ChannelSender {

    /** Twilio's error for free-form WhatsApp text outside the 24-hour session. */
    public static final int OUTSIDE_SESSION_WINDOW = 63016;

    private final TwilioRestClient client;
    private final SingleAttemptHttpClient http;
    private final String from;
    private final Clock clock;

    public TwilioWhatsAppSender(ChannelProperties properties, Clock clock) {
        ChannelProperties.Twilio config = properties.twilio();
        this.clock = clock;
        this.from = whatsapp(config.whatsappFrom());
        HttpClientBuilder builder = HttpClientBuilder.create()
                .disableAutomaticRetries()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                                .setSocketTimeout(Timeout.of(properties.readTimeout()))
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(properties.readTimeout()))
                        .build());
        if (!config.apiOverride().isBlank()) {
            String[] hostPort = config.apiOverride().split(":");
            HttpHost target = new HttpHost("http", hostPort[0], Integer.parseInt(hostPort[1]));
            builder.setRoutePlanner((host, context) -> new HttpRoute(target));
        }
        this.http = new SingleAttemptHttpClient(builder);
        this.client = new TwilioRestClient.Builder(config.accountSid(), config.authToken())
                .httpClient(http)
                .build();
    }

    @Override
    public String provider() {
        return "twilio";
    }

    @Override
    public SendOutcome send(OutboundMessage message) {
        PhoneNumber to = new PhoneNumber(whatsapp(message.to()));
        var creator = message.templateSid() == null
                ? Message.creator(to, new PhoneNumber(from), message.body())
                : Message.creator(to, new PhoneNumber(from), (String) null)
                        .setContentSid(message.templateSid())
                        .setContentVariables(JsonMapper.shared().writeValueAsString(message.templateVariables()));
        try {
            Message sent = creator.create(client);
            return new SendOutcome(provider(), sent.getSid(), false);
        } catch (ApiException e) {
            throw refusal(e);
        } catch (ApiConnectionException e) {
            throw connectionProblem(e);
        }
    }

    private ChannelException refusal(ApiException e) {
        Integer status = e.getStatusCode();
        Integer code = e.getCode();
        if (code != null && code == OUTSIDE_SESSION_WINDOW) {
            return new ChannelException(describe(code), ChannelException.Kind.REJECTED, null, code, e);
        }
        String detail =
                "Twilio answered " + status + (code == null ? "" : " (error " + code + ")") + ": " + e.getMessage();
        if (status != null && (status == 429 || status >= 500)) {
            return new ChannelException(detail, ChannelException.Kind.RETRYABLE, lastRetryAfter(), code, e);
        }
        return new ChannelException(detail, ChannelException.Kind.REJECTED, null, code, e);
    }

    private ChannelException connectionProblem(ApiConnectionException e) {
        Throwable cause = e.getCause();
        boolean notSent = cause instanceof HttpHostConnectException
                || cause instanceof ConnectException
                || cause instanceof ConnectTimeoutException
                || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException;
        return new ChannelException(
                notSent
                        ? "Twilio unreachable: " + e.getMessage()
                        : "Twilio did not answer after the request was sent: " + e.getMessage(),
                notSent ? ChannelException.Kind.RETRYABLE : ChannelException.Kind.IN_DOUBT,
                null,
                null,
                e);
    }

    private @Nullable Duration lastRetryAfter() {
        Response last = http.lastResponse.get();
        if (last == null || last.getHeaders() == null) {
            return null;
        }
        for (Header h : last.getHeaders()) {
            if (h.getName().equalsIgnoreCase("Retry-After")) {
                return RetryAfter.parse(h.getValue(), clock.instant());
            }
        }
        return null;
    }

    /** A person-readable explanation of a Twilio (WhatsApp) error code, also used for status callbacks. */
    public static String describe(int errorCode) {
        return switch (errorCode) {
            case OUTSIDE_SESSION_WINDOW ->
                "Outside the 24-hour window — use an approved template (Twilio error 63016: free-form WhatsApp text is "
                        + "only allowed within 24 hours of the contact's last message)";
            case 63003 -> "The recipient's WhatsApp number is not reachable (Twilio error 63003)";
            case 63024 -> "Invalid WhatsApp recipient (Twilio error 63024)";
            default -> "Twilio error " + errorCode;
        };
    }

    static String whatsapp(String number) {
        String n = number.strip();
        return n.startsWith("whatsapp:") ? n : "whatsapp:" + n;
    }

    /** Twilio's client retries 5xx by itself; Temporal owns retries here, so every request is made once. */
    static final class SingleAttemptHttpClient extends NetworkHttpClient {

        SingleAttemptHttpClient(HttpClientBuilder builder) {
            super(builder);
        }

        /** The last response on this thread (the SDK's own record is kept only by its retrying path). */
        final ThreadLocal<@Nullable Response> lastResponse = new ThreadLocal<>();

        @Override
        public Response reliableRequest(Request request) {
            lastResponse.remove();
            Response response = makeRequest(request);
            lastResponse.set(response);
            return response;
        }
    }
}
