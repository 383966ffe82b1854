/** The sidebar's segments: saved contact filters with their counts, each opening the contact list filtered. */
@NullMarked
package com.fashionos.ui.segment;

import org.jspecify.annotations.NullMarked;
