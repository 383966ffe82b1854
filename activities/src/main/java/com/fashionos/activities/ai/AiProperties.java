package com.fashionos.activities.ai;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * AI providers.
 *
 * @param gemini Gemini through {@code google-genai}; used when its API key is set
 * @param malformedRetries how many times a model is asked again after output that fails the draft schema
 */
@ConfigurationProperties("fashionos.ai")
public record AiProperties(
        @DefaultValue Gemini gemini, @DefaultValue("2") int malformedRetries) {

    /**
     * @param apiKey {@code GEMINI_API_KEY}; blank selects the local model
     * @param baseUrl API base URL ({@code GEMINI_BASE_URL}; tests point it at WireMock)
     * @param apiVersion API version path segment
     * @param proModel model for drafting and strategy ({@code GEMINI_PRO_MODEL})
     * @param flashModel model for cheap steps such as the Guardian's judgement ({@code GEMINI_FLASH_MODEL})
     * @param thinkingBudget thinking tokens for the pro model ({@code GEMINI_THINKING_BUDGET})
     * @param timeout HTTP timeout of one model call
     */
    public record Gemini(
            @DefaultValue("") String apiKey,

            @DefaultValue("https://generativelanguage.googleapis.com")
            String baseUrl,

            @DefaultValue("v1beta") String apiVersion,
            @DefaultValue("gemini-3-pro-preview") String proModel,
            @DefaultValue("gemini-3-flash-preview") String flashModel,
            @DefaultValue("4096") int thinkingBudget,
            @DefaultValue("90s") Duration timeout) {

        public boolean configured() {
            return !apiKey.isBlank();
        }
    }
}
