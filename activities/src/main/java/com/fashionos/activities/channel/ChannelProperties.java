package com.fashionos.activities.channel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Channel providers. A channel whose keys are blank uses the sandbox (stored, never sent).
 *
 * @param sendgrid email through SendGrid
 * @param twilio WhatsApp through Twilio
 * @param connectTimeout how long to wait for a provider connection
 * @param readTimeout how long to wait for a provider's answer once the request is written; after that the outcome is
 *     unknown and the message is never re-sent automatically
 */
@ConfigurationProperties("fashionos.channels")
public record ChannelProperties(
        @DefaultValue SendGrid sendgrid,
        @DefaultValue Twilio twilio,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration readTimeout) {

    /**
     * @param apiKey {@code SENDGRID_API_KEY}
     * @param fromEmail verified sender address, {@code SENDGRID_FROM_EMAIL}
     * @param fromName display name of the sender, {@code SENDGRID_FROM_NAME}
     * @param host API host, {@code api.sendgrid.com} (tests point it at WireMock)
     * @param plainHttp talk plain HTTP to {@code host} (tests only)
     */
    public record SendGrid(
            @DefaultValue("") String apiKey,
            @DefaultValue("") String fromEmail,
            @DefaultValue("") String fromName,
            @DefaultValue("api.sendgrid.com") String host,
            @DefaultValue("false") boolean plainHttp) {

        public boolean configured() {
            return !apiKey.isBlank() && !fromEmail.isBlank();
        }
    }

    /**
     * @param accountSid {@code TWILIO_ACCOUNT_SID}
     * @param authToken {@code TWILIO_AUTH_TOKEN}
     * @param whatsappFrom the WhatsApp sender in E.164 ({@code TWILIO_WHATSAPP_FROM}), with or without
     *     {@code whatsapp:}
     * @param apiOverride {@code host:port} that receives every Twilio API call over plain HTTP (tests only)
     */
    public record Twilio(
            @DefaultValue("") String accountSid,
            @DefaultValue("") String authToken,
            @DefaultValue("") String whatsappFrom,
            @DefaultValue("") String apiOverride) {

        public boolean configured() {
            return !accountSid.isBlank() && !authToken.isBlank() && !whatsappFrom.isBlank();
        }
    }
}
