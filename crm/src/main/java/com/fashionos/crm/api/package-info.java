/**
 * The REST API for external systems as its clients see it: the JSON they send and read. Shared by the web app's
 * tests, which post it to the real controllers, and by the bench's load test and draft benchmark, which send it.
 */
@NullMarked
package com.fashionos.crm.api;

import org.jspecify.annotations.NullMarked;
