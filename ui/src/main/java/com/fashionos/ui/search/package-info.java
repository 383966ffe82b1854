/** The global search palette (Ctrl/Cmd+K): contacts, accounts and deals, grouped, navigable with the keyboard. */
@NullMarked
package com.fashionos.ui.search;

import org.jspecify.annotations.NullMarked;
