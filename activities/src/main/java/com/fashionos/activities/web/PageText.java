package com.fashionos.activities.web;

import org.jspecify.annotations.Nullable;

/** The readable text of a fetched page, with its title and the URL it was read from. */
public record PageText(String url, @Nullable String title, String text) {}
