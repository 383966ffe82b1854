package com.fashionos.activities.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fashionos.crm.conversation.Channel;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TwilioWhatsAppSenderTest {

    static final String SID = "AC0123456789abcdef0123456789abcdef";
    static final String TOKEN = "test-token";
    static final String PATH = "/2010-04-01/Accounts/" + SID + "/Messages.json";
    static final String CONTENT_SID = "HX0123456789abcdef0123456789abcdef";

    final WireMockServer twilio = new WireMockServer(options().dynamicPort());
    TwilioWhatsAppSender sender;

    @BeforeEach
    void start() {
        twilio.start();
        var properties = new ChannelProperties(
                new ChannelProperties.SendGrid("", "", "", "api.sendgrid.com", false),
                new ChannelProperties.Twilio(SID, TOKEN, "+14155238886", "localhost:" + twilio.port()),
                Duration.ofSeconds(5),
                Duration.ofSeconds(15));
        sender = new TwilioWhatsAppSender(properties, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        twilio.stop();
    }

    static OutboundMessage message(@Nullable String templateSid, Map<String, String> variables) {
        return new OutboundMessage(
                UUID.randomUUID(),
                Channel.WHATSAPP,
                "+33612345678",
                null,
                "Hello Camille. Reply STOP to opt out.",
                templateSid,
                variables,
                "draft-1-v1");
    }

    static String created(String sid) {
        return """
                {"account_sid": "%s", "api_version": "2010-04-01", "body": "Hello Camille. Reply STOP to opt out.",
                 "date_created": "Thu, 24 Aug 2023 05:01:45 +0000", "date_sent": null,
                 "date_updated": "Thu, 24 Aug 2023 05:01:45 +0000", "direction": "outbound-api", "error_code": null,
                 "error_message": null, "from": "whatsapp:+14155238886", "messaging_service_sid": null,
                 "num_media": "0", "num_segments": "1", "price": null, "price_unit": null, "sid": "%s",
                 "status": "queued", "subresource_uris": {"media": "/2010-04-01/Accounts/%s/Messages/%s/Media.json"},
                 "to": "whatsapp:+33612345678", "uri": "/2010-04-01/Accounts/%s/Messages/%s.json"}""".formatted(SID, sid, SID, sid, SID, sid);
    }

    @Test
    void free_form_text_is_posted_with_whatsapp_addresses_and_basic_auth() {
        twilio.stubFor(post(PATH)
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(created("SM0123456789abcdef0123456789abcdef"))));

        SendOutcome outcome = sender.send(message(null, Map.of()));

        assertThat(outcome).isEqualTo(new SendOutcome("twilio", "SM0123456789abcdef0123456789abcdef", false));
        twilio.verify(
                1,
                postRequestedFor(urlEqualTo(PATH))
                        .withBasicAuth(new BasicCredentials(SID, TOKEN))
                        .withFormParam("To", equalTo("whatsapp:+33612345678"))
                        .withFormParam("From", equalTo("whatsapp:+14155238886"))
                        .withFormParam("Body", equalTo("Hello Camille. Reply STOP to opt out.")));
    }

    @Test
    void a_template_is_sent_by_content_sid_and_variables_without_a_body() {
        twilio.stubFor(post(PATH)
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(created("SM11111111111111111111111111111111"))));

        sender.send(message(CONTENT_SID, Map.of("1", "Camille", "2", "12 March")));

        var requests = twilio.findAll(postRequestedFor(urlEqualTo(PATH)));
        assertThat(requests).hasSize(1);
        assertThat(requests.getFirst().getBodyAsString()).doesNotContain("Body=");
        twilio.verify(postRequestedFor(urlEqualTo(PATH))
                .withFormParam("ContentSid", equalTo(CONTENT_SID))
                .withFormParam("ContentVariables", equalToJson("{\"1\":\"Camille\",\"2\":\"12 March\"}")));
    }

    @Test
    void outside_the_24_hour_window_the_error_says_to_use_a_template() {
        twilio.stubFor(post(PATH)
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody(
                                "{\"code\": 63016, \"message\": \"Failed to send freeform message because you are outside"
                                        + " the allowed window.\", \"more_info\": \"https://www.twilio.com/docs/errors/63016\","
                                        + " \"status\": 400}")));

        assertThatThrownBy(() -> sender.send(message(null, Map.of())))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ChannelException.Kind.REJECTED);
                    assertThat(e.providerCode()).isEqualTo(63016);
                })
                .hasMessageStartingWith("Outside the 24-hour window — use an approved template");
    }

    @Test
    void too_many_requests_is_retryable_with_the_providers_delay() {
        twilio.stubFor(post(PATH)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Retry-After", "30")
                        .withBody("{\"code\": 20429, \"message\": \"Too Many Requests\", \"more_info\":"
                                + " \"https://www.twilio.com/docs/errors/20429\", \"status\": 429}")));

        assertThatThrownBy(() -> sender.send(message(null, Map.of())))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ChannelException.Kind.RETRYABLE);
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30));
                });
    }

    @Test
    void a_server_error_is_retryable_and_requested_once() {
        twilio.stubFor(post(PATH)
                .willReturn(aResponse()
                        .withStatus(500)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\": 20500, \"message\": \"Internal Server Error\", \"status\": 500}")));

        assertThatThrownBy(() -> sender.send(message(null, Map.of())))
                .isInstanceOfSatisfying(
                        ChannelException.class, e -> assertThat(e.kind()).isEqualTo(ChannelException.Kind.RETRYABLE));
        twilio.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void an_invalid_number_is_rejected_for_good() {
        twilio.stubFor(post(PATH)
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\": 21211, \"message\": \"The 'To' number is not a valid phone number.\","
                                + " \"more_info\": \"https://www.twilio.com/docs/errors/21211\", \"status\": 400}")));

        assertThatThrownBy(() -> sender.send(message(null, Map.of())))
                .isInstanceOfSatisfying(
                        ChannelException.class, e -> assertThat(e.kind()).isEqualTo(ChannelException.Kind.REJECTED))
                .hasMessageContaining("21211");
    }
}
