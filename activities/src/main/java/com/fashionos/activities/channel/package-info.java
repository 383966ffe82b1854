/**
 * Outbound channels: SendGrid email, Twilio WhatsApp and the sandbox outbox, chosen per channel by configuration,
 * and the outbox send that claims a message under its idempotency key before any provider call.
 */
@NullMarked
package com.fashionos.activities.channel;

import org.jspecify.annotations.NullMarked;
