/**
 * Sign-in and tenancy for the UI: Spring Security with Vaadin, users and roles from the CRM's user accounts,
 * login throttling, the brand switcher and the session-backed tenant every UI transaction runs for.
 */
@NullMarked
package com.fashionos.ui.security;

import org.jspecify.annotations.NullMarked;
