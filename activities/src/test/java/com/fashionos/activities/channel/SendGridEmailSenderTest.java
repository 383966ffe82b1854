package com.fashionos.activities.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fashionos.crm.conversation.Channel;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SendGridEmailSenderTest {

    final WireMockServer sendgrid = new WireMockServer(options().dynamicPort());
    SendGridEmailSender sender;

    @BeforeEach
    void start() {
        sendgrid.start();
        sender = sender(Duration.ofSeconds(15));
    }

    SendGridEmailSender sender(Duration readTimeout) {
        var properties = new ChannelProperties(
                new ChannelProperties.SendGrid(
                        "SG.test-key", "atelier@maison.test", "Maison Aurelle", "localhost:" + sendgrid.port(), true),
                new ChannelProperties.Twilio("", "", "", ""),
                Duration.ofSeconds(5),
                readTimeout);
        return new SendGridEmailSender(properties, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        sendgrid.stop();
    }

    static OutboundMessage message() {
        return new OutboundMessage(
                UUID.fromString("11111111-1111-1111-1111-111111111111"),
                Channel.EMAIL,
                "camille@lumiere.test",
                "Desert Noir",
                "Dear Camille,\n\nWith warm regards, Maison Aurelle",
                null,
                Map.of(),
                "draft-1-v1");
    }

    @Test
    void an_email_is_posted_to_mail_send_and_the_message_id_header_is_kept() {
        sendgrid.stubFor(
                post("/v3/mail/send").willReturn(aResponse().withStatus(202).withHeader("X-Message-Id", "sg-abc123")));

        SendOutcome outcome = sender.send(message());

        assertThat(outcome).isEqualTo(new SendOutcome("sendgrid", "sg-abc123", false));
        sendgrid.verify(
                1,
                postRequestedFor(urlEqualTo("/v3/mail/send"))
                        .withHeader("Authorization", equalTo("Bearer SG.test-key"))
                        .withRequestBody(matchingJsonPath("$.from.email", equalTo("atelier@maison.test")))
                        .withRequestBody(matchingJsonPath("$.from.name", equalTo("Maison Aurelle")))
                        .withRequestBody(
                                matchingJsonPath("$.personalizations[0].to[0].email", equalTo("camille@lumiere.test")))
                        .withRequestBody(matchingJsonPath("$.subject", equalTo("Desert Noir")))
                        .withRequestBody(matchingJsonPath("$.content[0].type", equalTo("text/plain")))
                        .withRequestBody(matchingJsonPath(
                                "$.content[0].value", equalTo("Dear Camille,\n\nWith warm regards, Maison Aurelle")))
                        .withRequestBody(matchingJsonPath(
                                "$.custom_args.fos_message_id", equalTo("11111111-1111-1111-1111-111111111111"))));
    }

    @Test
    void too_many_requests_is_retryable_after_the_providers_delay() {
        sendgrid.stubFor(post("/v3/mail/send")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "17")
                        .withBody("{\"errors\":[{\"message\":\"too many requests\"}]}")));

        assertThatThrownBy(() -> sender.send(message()))
                .isInstanceOfSatisfying(ChannelException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ChannelException.Kind.RETRYABLE);
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(17));
                })
                .hasMessageContaining("429");
    }

    @Test
    void a_server_error_is_retryable() {
        sendgrid.stubFor(post("/v3/mail/send").willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> sender.send(message()))
                .isInstanceOfSatisfying(
                        ChannelException.class, e -> assertThat(e.kind()).isEqualTo(ChannelException.Kind.RETRYABLE));
        sendgrid.verify(1, postRequestedFor(urlEqualTo("/v3/mail/send")));
    }

    @Test
    void a_bad_request_is_rejected_for_good() {
        sendgrid.stubFor(post("/v3/mail/send")
                .willReturn(aResponse()
                        .withStatus(400)
                        .withBody("{\"errors\":[{\"message\":\"Does not contain a valid address.\","
                                + "\"field\":\"personalizations.0.to.0.email\"}]}")));
        assertThatThrownBy(() -> sender.send(message()))
                .isInstanceOfSatisfying(
                        ChannelException.class, e -> assertThat(e.kind()).isEqualTo(ChannelException.Kind.REJECTED))
                .hasMessageContaining("Does not contain a valid address");
    }

    @Test
    void an_answer_that_never_comes_leaves_the_outcome_in_doubt() {
        sendgrid.stubFor(
                post("/v3/mail/send").willReturn(aResponse().withStatus(202).withFixedDelay(3000)));
        assertThatThrownBy(() -> sender(Duration.ofSeconds(1)).send(message()))
                .isInstanceOfSatisfying(
                        ChannelException.class, e -> assertThat(e.kind()).isEqualTo(ChannelException.Kind.IN_DOUBT));
    }
}
