package com.fashionos.activities.ai;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the draft model: Gemini when {@code GEMINI_API_KEY} is set, the local model otherwise. */
@Configuration(proxyBeanMethods = false)
class AiConfiguration {

    @Bean
    DraftModel draftModel(AiProperties properties) {
        return properties.gemini().configured() ? new GeminiDraftModel(properties) : new LocalDraftModel();
    }
}
