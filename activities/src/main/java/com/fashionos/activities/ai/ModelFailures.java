package com.fashionos.activities.ai;

import io.temporal.failure.ApplicationFailure;

/** Failure types the AI activities raise. */
public final class ModelFailures {

    /** The model's output failed the draft schema even after the retries. Not retryable. */
    public static final String MALFORMED_MODEL_OUTPUT = "MalformedModelOutput";
    /** The model provider is unavailable or rate-limited (5xx, 429, network). Retryable. */
    public static final String MODEL_UNAVAILABLE = "ModelUnavailable";
    /** The model provider refused the request (bad key, bad request). Not retryable. */
    public static final String MODEL_REJECTED = "ModelRejected";

    private ModelFailures() {}

    static ApplicationFailure malformed(String provider, int attempts, MalformedModelOutputException last) {
        return ApplicationFailure.newNonRetryableFailure(
                "The " + provider + " model returned malformed output " + attempts + " time(s); nothing was drafted. "
                        + "Last problem: " + last.getMessage(),
                MALFORMED_MODEL_OUTPUT);
    }
}
