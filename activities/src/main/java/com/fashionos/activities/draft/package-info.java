/**
 * The Neural Draft's activities: reading the CRM for context, the Guardian's audit against the Maison DNA, the
 * Controller's approval check, recording versions and outcomes, and the idempotent send.
 */
@NullMarked
package com.fashionos.activities.draft;

import org.jspecify.annotations.NullMarked;
