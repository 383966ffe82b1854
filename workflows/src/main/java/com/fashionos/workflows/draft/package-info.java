/**
 * Neural Draft: an AI-drafted outreach message (email or WhatsApp) that waits for a human decision. The workflow
 * gathers context, retrieves playbook sections, lets the Content agent draft, has the Guardian audit the draft, and
 * sends only after a human approves exactly the text that is current.
 */
@NullMarked
package com.fashionos.workflows.draft;

import org.jspecify.annotations.NullMarked;
