package com.fashionos.activities.ai;

import com.fashionos.workflows.draft.ComposeRequest;
import java.util.Optional;

/**
 * The Content agent's model: writes a draft as JSON validated against {@link DraftSchema}, and (when able) judges a
 * draft against the Maison DNA for the Guardian. {@link GeminiDraftModel} with a key, {@link LocalDraftModel}
 * without one.
 */
public interface DraftModel {

    /** Provider name stored with every proposal: {@code gemini} or {@code local}. */
    String provider();

    /**
     * Whether the model runs in this process, quick and free (the local model): then the draft workflow may run
     * composing and auditing as local activities. A remote model (Gemini) answers in seconds and costs tokens.
     */
    default boolean inProcess() {
        return false;
    }

    /** The drafting model id. */
    String model();

    /**
     * Writes (or rewrites, given a previous draft and instructions) the message.
     *
     * @throws io.temporal.failure.ApplicationFailure non-retryable, type {@code MalformedModelOutput}, when the
     *     output still fails the schema after the configured retries
     */
    ModelDraft compose(ComposeRequest request);

    /** A model judgement of {@code draft} against {@code dnaSummary}; empty when the model cannot judge. */
    Optional<ModelJudgement> judge(String dnaSummary, DraftJson draft);
}
