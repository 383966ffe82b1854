package com.fashionos.crm.airun;

import org.jspecify.annotations.Nullable;

/**
 * What an agent proposed: {@code output} a JSON object, {@code citations} a JSON array of its sources, and the
 * provider, model and token counts that produced it.
 */
public record Proposal(
        String output,
        String citations,
        String provider,
        String model,
        @Nullable Integer tokensIn,
        @Nullable Integer tokensOut) {}
