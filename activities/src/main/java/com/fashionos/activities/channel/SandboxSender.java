package com.fashionos.activities.channel;

/** The channel used without provider keys: the message stays in the outbox, marked "not sent — sandbox". */
public class SandboxSender implements ChannelSender {

    /** The outbox label of a sandboxed message. */
    public static final String LABEL = "not sent — sandbox";

    @Override
    public String provider() {
        return "sandbox";
    }

    @Override
    public SendOutcome send(OutboundMessage message) {
        return new SendOutcome(provider(), "sandbox-" + message.messageId(), true);
    }
}
