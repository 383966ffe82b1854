package com.fashionos.activities.channel;

import com.fashionos.crm.conversation.Channel;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Chooses the sender of each channel from configuration: SendGrid for email and Twilio for WhatsApp when their keys
 * are set, the sandbox otherwise (and always for the SANDBOX channel).
 */
@Component
public class ChannelRouter {

    private final ChannelSender email;
    private final ChannelSender whatsapp;
    private final ChannelSender sandbox = new SandboxSender();

    ChannelRouter(ChannelProperties properties, Clock clock) {
        this.email = properties.sendgrid().configured() ? new SendGridEmailSender(properties, clock) : sandbox;
        this.whatsapp = properties.twilio().configured() ? new TwilioWhatsAppSender(properties, clock) : sandbox;
    }

    /** The sender used for {@code channel}. */
    public ChannelSender senderFor(Channel channel) {
        return switch (channel) {
            case EMAIL -> email;
            case WHATSAPP -> whatsapp;
            case SANDBOX -> sandbox;
        };
    }

    /** Whether messages on {@code channel} are only stored ("not sent — sandbox"), for the UI to say so up front. */
    public boolean isSandboxed(Channel channel) {
        return senderFor(channel) == sandbox;
    }
}
