package com.fashionos.activities.channel;

import com.sendgrid.Client;
import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.Response;
import com.sendgrid.SendGrid;
import com.sendgrid.helpers.mail.Mail;
import com.sendgrid.helpers.mail.objects.Content;
import com.sendgrid.helpers.mail.objects.Email;
import com.sendgrid.helpers.mail.objects.Personalization;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Map;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.conn.ConnectTimeoutException;
import org.apache.http.impl.client.HttpClients;
import org.jspecify.annotations.Nullable;

/**
 * Email through SendGrid's v3 Mail Send API ({@code POST /v3/mail/send}) with the official {@code sendgrid-java}
 * client. SendGrid answers 202 with the message id in the {@code X-Message-Id} header.
 */
public class SendGridEmailSender implements ChannelSender {

    private final SendGrid sendGrid;
    private final ChannelProperties.SendGrid config;
    private final Clock clock;

    public SendGridEmailSender(ChannelProperties properties, Clock clock) {
        this.config = properties.sendgrid();
        this.clock = clock;
        var requestConfig = RequestConfig.custom()
                .setConnectTimeout((int) properties.connectTimeout().toMillis())
                .setConnectionRequestTimeout((int) properties.connectTimeout().toMillis())
                .setSocketTimeout((int) properties.readTimeout().toMillis())
                .build();
        var http = HttpClients.custom()
                .setDefaultRequestConfig(requestConfig)
                .disableAutomaticRetries()
                .build();
        this.sendGrid = new SendGrid(config.apiKey(), new Client(http, config.plainHttp()));
        this.sendGrid.setHost(config.host());
    }

    @Override
    public String provider() {
        return "sendgrid";
    }

    @Override
    public SendOutcome send(OutboundMessage message) {
        Request request = new Request();
        request.setMethod(Method.POST);
        request.setEndpoint("mail/send");
        request.setBody(mailJson(message));
        Response response;
        try {
            response = sendGrid.api(request);
        } catch (ConnectException | ConnectTimeoutException | UnknownHostException | NoRouteToHostException e) {
            throw new ChannelException(
                    "SendGrid unreachable: " + e.getMessage(), ChannelException.Kind.RETRYABLE, null, null, e);
        } catch (IOException e) {
            throw new ChannelException(
                    "SendGrid did not answer after the request was sent ("
                            + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                    ChannelException.Kind.IN_DOUBT,
                    null,
                    null,
                    e);
        }
        int status = response.getStatusCode();
        if (status >= 200 && status < 300) {
            String id = header(response.getHeaders(), "X-Message-Id");
            return new SendOutcome(provider(), id != null ? id : "sendgrid-" + message.idempotencyKey(), false);
        }
        String detail = "SendGrid answered " + status + ": " + abbreviate(response.getBody());
        if (status == 429 || status >= 500) {
            throw new ChannelException(
                    detail,
                    ChannelException.Kind.RETRYABLE,
                    RetryAfter.parse(header(response.getHeaders(), "Retry-After"), clock.instant()),
                    status,
                    null);
        }
        throw new ChannelException(detail, ChannelException.Kind.REJECTED, null, status, null);
    }

    private String mailJson(OutboundMessage message) {
        Mail mail = new Mail();
        mail.setFrom(
                config.fromName().isBlank()
                        ? new Email(config.fromEmail())
                        : new Email(config.fromEmail(), config.fromName()));
        mail.setSubject(message.subject() == null ? "" : message.subject());
        Personalization personalization = new Personalization();
        personalization.addTo(new Email(message.to()));
        mail.addPersonalization(personalization);
        mail.addContent(new Content("text/plain", message.body()));
        // Comes back on SendGrid's event webhook, so delivery events find their outbox row.
        mail.addCustomArg("fos_message_id", message.messageId().toString());
        try {
            return mail.build();
        } catch (IOException e) {
            throw new ChannelException(
                    "Could not build the SendGrid request: " + e.getMessage(),
                    ChannelException.Kind.REJECTED,
                    null,
                    null,
                    e);
        }
    }

    static @Nullable String header(Map<String, String> headers, String name) {
        for (var e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    static String abbreviate(@Nullable String body) {
        if (body == null) {
            return "";
        }
        return body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }
}
