/**
 * Activity implementations of FashionOS: the I/O behind the workflows (CRM persistence, Gemini and the local model,
 * SendGrid, Twilio WhatsApp and the sandbox channel, web pages, retrieval over playbooks).
 */
@NullMarked
package com.fashionos.activities;

import org.jspecify.annotations.NullMarked;
