/**
 * The FashionOS CRM web application: Spring Boot entry point and app shell (push, stylesheets). Features live in
 * sub-packages; cross-cutting UI pieces in {@code base}, sign-in and tenancy in {@code security}.
 */
@NullMarked
package com.fashionos.ui;

import org.jspecify.annotations.NullMarked;
