/**
 * Conversations and their messages: the outbox and the approval gate. A draft becomes sendable only when a person
 * allowed to approve has approved exactly its text (the body hash); the database refuses anything else.
 */
@NullMarked
package com.fashionos.crm.conversation;

import org.jspecify.annotations.NullMarked;
