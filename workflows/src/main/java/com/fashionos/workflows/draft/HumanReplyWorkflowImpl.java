package com.fashionos.workflows.draft;

import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TimeoutFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * The deterministic composer reply: approval → send → timeline. Every effect is an activity; the activity options
 * are the draft's ({@link NeuralDraftWorkflowImpl}), so a reply is as safe to retry as an approved draft.
 */
public final class HumanReplyWorkflowImpl implements HumanReplyWorkflow {

    private static final Logger log = Workflow.getLogger(HumanReplyWorkflowImpl.class);

    private final ReplyActivities controller =
            Workflow.newActivityStub(ReplyActivities.class, NeuralDraftWorkflowImpl.CONTROLLER_OPTIONS);
    private final ReplyActivities records =
            Workflow.newActivityStub(ReplyActivities.class, NeuralDraftWorkflowImpl.RECORD_OPTIONS);
    private final DraftActivities sender =
            Workflow.newActivityStub(DraftActivities.class, NeuralDraftWorkflowImpl.SEND_OPTIONS);

    private final ReplyRequest request;
    private ReplyStatus status = ReplyStatus.RECORDING;
    private @Nullable UUID messageId;
    private @Nullable SendResult sendResult;
    private @Nullable String error;
    private final List<StepRecord> steps = new ArrayList<>();

    @WorkflowInit
    public HumanReplyWorkflowImpl(ReplyRequest request) {
        this.request = request;
    }

    @Override
    public ReplyState send(ReplyRequest started) {
        String invalid = invalid(request);
        if (invalid != null) {
            status = ReplyStatus.REFUSED;
            error = invalid;
            return state();
        }
        int approval = startStep("approval");
        UUID recorded;
        try {
            recorded = controller.recordReply(request);
        } catch (ActivityFailure failure) {
            boolean refused = DraftFailures.APPROVAL_DENIED.equals(failureType(failure))
                    || DraftFailures.INVALID_INPUT.equals(failureType(failure));
            finishStep(approval, StepStatus.FAILED, describe(failure));
            status = refused ? ReplyStatus.REFUSED : ReplyStatus.FAILED;
            error = describe(failure);
            return state();
        }
        messageId = recorded;
        finishStep(approval, StepStatus.DONE, "approved by " + request.senderId());

        status = ReplyStatus.SENDING;
        int send = startStep("send");
        SendResult result;
        try {
            result = sender.send(new SendRequest(
                    request.brandId(),
                    request.replyId(),
                    recorded,
                    request.senderId(),
                    request.bodyHash(),
                    request.idempotencyKey()));
        } catch (ActivityFailure failure) {
            result = new SendResult(SendStatus.FAILED, null, describe(failure));
        }
        sendResult = result;
        if (result.status() == SendStatus.FAILED) {
            String reason = result.error() == null ? "the channel refused the message" : result.error();
            finishStep(send, StepStatus.FAILED, reason);
            status = ReplyStatus.FAILED;
            error = "Sending failed: " + reason;
            return state();
        }
        finishStep(
                send,
                StepStatus.DONE,
                result.status() == SendStatus.SANDBOXED
                        ? "sandbox: stored, not sent"
                        : "sent, provider id " + result.providerMessageId());
        status = result.status() == SendStatus.SANDBOXED ? ReplyStatus.SANDBOXED : ReplyStatus.SENT;
        int timeline = startStep("record-sent");
        try {
            records.recordReplySent(new ReplySentRecord(
                    request.brandId(),
                    request.replyId(),
                    recorded,
                    request.contactId(),
                    request.dealId(),
                    request.channel(),
                    request.senderId(),
                    request.bodyHash(),
                    result));
            finishStep(timeline, StepStatus.DONE, "timeline updated");
        } catch (ActivityFailure failure) {
            finishStep(timeline, StepStatus.FAILED, describe(failure));
            error = "record-sent failed: " + describe(failure);
        }
        log.info("Reply {} {}", request.replyId(), status);
        return state();
    }

    @Override
    public ReplyState state() {
        return new ReplyState(request.replyId(), status, messageId, sendResult, error, steps);
    }

    /** Why the request cannot be sent as it is, or null: the check of "exactly this text" before anything is written. */
    private static @Nullable String invalid(ReplyRequest r) {
        if (r.brandId() == null || r.replyId() == null || r.contactId() == null || r.channel() == null) {
            return "brandId, replyId, contactId and channel are required";
        }
        if (r.senderId() == null) {
            return "A reply needs the person who sends it";
        }
        if (r.body() == null || r.body().isBlank()) {
            return "Write a message first";
        }
        if (r.channel() == Channel.EMAIL && (r.subject() == null || r.subject().isBlank())) {
            return "An email needs a subject";
        }
        if (r.channel() == Channel.WHATSAPP && r.subject() != null) {
            return "A WhatsApp message has no subject";
        }
        if (!MessageHash.of(r.subject(), r.body()).equals(r.bodyHash())) {
            return "The text is not the one approved (its hash differs from the hash of what was sent)";
        }
        return null;
    }

    private int startStep(String name) {
        steps.add(new StepRecord(name, StepStatus.RUNNING, null, 1, Workflow.currentTimeMillis(), null));
        return steps.size() - 1;
    }

    private void finishStep(int index, StepStatus outcome, @Nullable String detail) {
        StepRecord running = steps.get(index);
        steps.set(
                index,
                new StepRecord(
                        running.step(), outcome, detail, 1, running.startedAtMillis(), Workflow.currentTimeMillis()));
    }

    private static String describe(ActivityFailure failure) {
        Throwable cause = failure.getCause();
        if (cause instanceof ApplicationFailure app) {
            return app.getOriginalMessage();
        }
        if (cause instanceof TimeoutFailure timeout) {
            return "timed out (" + timeout.getTimeoutType() + ")";
        }
        return cause != null && cause.getMessage() != null ? cause.getMessage() : failure.getMessage();
    }

    private static @Nullable String failureType(ActivityFailure failure) {
        return failure.getCause() instanceof ApplicationFailure app ? app.getType() : null;
    }
}
