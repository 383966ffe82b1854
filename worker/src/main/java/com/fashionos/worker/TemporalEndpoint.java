package com.fashionos.worker;

/**
 * The Temporal frontend this app talks to, once resolved: the configured target, or the embedded server.
 *
 * @param target host:port
 * @param embedded whether it is the embedded dev server started by this app
 */
public record TemporalEndpoint(String target, boolean embedded) {}
