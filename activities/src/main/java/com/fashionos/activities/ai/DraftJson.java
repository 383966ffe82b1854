package com.fashionos.activities.ai;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A draft as the draft JSON schema describes it: {@code {channel, subject, body, language, rationale, sources[]}}.
 *
 * @param channel EMAIL or WHATSAPP
 * @param subject required for EMAIL, null for WHATSAPP
 * @param sources the playbook sections followed, as cited ("Outreach SOP › Opening")
 */
public record DraftJson(
        String channel,
        @Nullable String subject,
        String body,
        String language,
        String rationale,
        List<String> sources) {

    public DraftJson {
        sources = List.copyOf(sources);
    }
}
