/** Reading web pages (an account's website) for the agents, with a timeout and a size cap. */
@NullMarked
package com.fashionos.activities.web;

import org.jspecify.annotations.NullMarked;
