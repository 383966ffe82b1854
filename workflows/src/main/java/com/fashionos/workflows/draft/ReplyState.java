package com.fashionos.workflows.draft;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A composer reply as the UI shows it: result of the {@code state} query and of the workflow.
 *
 * @param replyId the reply
 * @param status where it is
 * @param messageId the message row, null until recorded
 * @param sendResult the channel's answer, null until sent
 * @param error why it was refused or failed
 * @param steps every step so far ({@code approval}, {@code send}, {@code record-sent})
 */
public record ReplyState(
        UUID replyId,
        ReplyStatus status,
        @Nullable UUID messageId,
        @Nullable SendResult sendResult,
        @Nullable String error,
        List<StepRecord> steps) {

    public ReplyState {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
