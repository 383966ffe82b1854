/**
 * Maison playbooks: the DNA document (whose rules the Guardian audits against) and the Outreach SOPs, their
 * retrievable chunks (sections with embeddings and full-text vectors), and the brand's approved WhatsApp templates.
 */
@NullMarked
package com.fashionos.crm.playbook;

import org.jspecify.annotations.NullMarked;
