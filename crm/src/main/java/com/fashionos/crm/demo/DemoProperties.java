package com.fashionos.crm.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data on first start ({@code FASHIONOS_DEMO_ENABLED}, {@code FASHIONOS_DEMO_EMAIL},
 * {@code FASHIONOS_DEMO_PASSWORD}).
 *
 * @param enabled seed a demo Maison into an empty database (default true)
 * @param email the demo owner's sign-in
 * @param password the demo users' password
 */
@ConfigurationProperties("fashionos.demo")
public record DemoProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("maison@fashionos.demo") String email,
        @DefaultValue("desertnoir25") String password) {}
