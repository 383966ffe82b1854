package com.fashionos.activities.ai;

/** A validated draft and what produced it. */
public record ModelDraft(DraftJson draft, String provider, String model, int tokensIn, int tokensOut) {}
