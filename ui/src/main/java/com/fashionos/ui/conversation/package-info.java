/** Conversation views: the omnichannel thread hub at {@code /crm/conversations}. */
@NullMarked
package com.fashionos.ui.conversation;

import org.jspecify.annotations.NullMarked;
