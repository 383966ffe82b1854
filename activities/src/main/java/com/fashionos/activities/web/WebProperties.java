package com.fashionos.activities.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Web page fetching.
 *
 * @param timeout connect and read timeout of one page
 * @param maxBytes the most of a page that is read
 * @param maxChars the most text kept from a page
 * @param allowPrivateAddresses whether pages on loopback or private networks may be fetched (tests only)
 */
@ConfigurationProperties("fashionos.web")
public record WebProperties(
        @DefaultValue("8s") Duration timeout,
        @DefaultValue("1048576") int maxBytes,
        @DefaultValue("6000") int maxChars,
        @DefaultValue("false") boolean allowPrivateAddresses) {}
