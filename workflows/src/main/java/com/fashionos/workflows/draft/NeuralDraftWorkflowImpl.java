package com.fashionos.workflows.draft;

import io.temporal.activity.ActivityOptions;
import io.temporal.activity.LocalActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TimeoutFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import io.temporal.workflow.WorkflowLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;

/**
 * The deterministic Neural Draft process. Every effect is an activity on {@link DraftActivities}; all state below is
 * rebuilt by replay.
 *
 * <p>Decisions are serialised by one {@link WorkflowLock}: a handler takes it, re-checks its precondition (another
 * decision may have run since the validator accepted it), and holds it across its activities. The expiry takes the
 * same lock, so a decision that is already running finishes before the draft can expire.
 *
 * <p><b>Changing this code once deployed.</b> Running drafts replay their history against the new code, so any change
 * in the sequence of activities, timers or markers must be guarded: {@code int v = Workflow.getVersion("change-id",
 * Workflow.DEFAULT_VERSION, 1)} and keep the old path for {@code v == DEFAULT_VERSION}; the next change to the same
 * place raises the maximum to 2 and branches on it; once no run of an old version can exist, raise the minimum and
 * delete the old branch. Record a history of the new behaviour under {@code src/test/resources/histories} so the
 * replay test covers both. {@link #IMPROVE_LOOP_CHANGE} is the first such marker: version 1 of the improve loop
 * retrieves playbook sections again with the instructions; the default path (histories without the marker) reuses the
 * sources of the first draft. {@link #LOCAL_STEPS_CHANGE} is the second: version 1 runs the quick read-only steps as
 * local activities (see below).
 *
 * <p><b>Local activities.</b> From {@link #LOCAL_STEPS_VERSION} on, the steps that take milliseconds run as local
 * activities: inside the workflow task, their results recorded as markers when the task completes, instead of a round
 * trip through the server (schedule, poll, complete, new workflow task) for each. These are gathering the context and
 * retrieving playbook sections (read only); composing and auditing when the drafting model runs in process ({@link
 * DraftContext#inProcessModel()}: deterministic, no cost); and storing a version ({@code recordProposal}: one short
 * transaction, idempotent on draft and version, with the same retries for up to a day). Local activities keep the
 * guarantees that matter here: each still runs at least once and is retried by its policy; if the worker dies before
 * the task completes, the task runs again and so do its local activities, which is harmless because the reads write
 * nothing and the record converges on the version the workflow finally keeps. The state becomes {@code
 * AWAITING_APPROVAL} only in the task that recorded the version, as before. A remote model (Gemini: seconds, tokens
 * that cost money) stays a normal activity, so its answer is durable the moment it arrives, and the effects that need
 * a human decision (approval check, send, timeline) and the closing records stay normal activities.
 *
 * <p><b>Restart safety.</b> With {@link DraftRequest#resumeFrom()} the run skips drafting, restores the stored version
 * and waits until the original deadline; the context is gathered again only if an improve needs it.
 */
public final class NeuralDraftWorkflowImpl implements NeuralDraftWorkflow {

    /** {@code Workflow.getVersion} change id of the improve loop. */
    static final String IMPROVE_LOOP_CHANGE = "draft-improve-loop";
    /** Version of {@link #IMPROVE_LOOP_CHANGE} that retrieves playbook sections again with the instructions. */
    static final int IMPROVE_LOOP_RETRIEVES_AGAIN = 1;
    /**
     * {@code Workflow.getVersion} change id of a resumed WhatsApp draft: version 1 gathers the context again right
     * after the resume, so that the brand's templates are known to {@code useTemplate}; the default path (histories
     * without the marker) gathers nothing until an improve needs it.
     */
    static final String RESUME_TEMPLATES_CHANGE = "draft-resume-whatsapp-templates";
    /** Version of {@link #RESUME_TEMPLATES_CHANGE} that gathers the context of a resumed WhatsApp draft. */
    static final int RESUME_GATHERS_TEMPLATES = 1;

    /** {@code Workflow.getVersion} change id of running the quick read-only steps as local activities. */
    static final String LOCAL_STEPS_CHANGE = "draft-local-steps";
    /** Version of {@link #LOCAL_STEPS_CHANGE} that runs them as local activities. */
    static final int LOCAL_STEPS_VERSION = 1;

    /**
     * {@code Workflow.getVersion} change id of reading the account's website in its own (normal) activity after the
     * context is gathered. Before it, gathering the context fetched the page itself, inside a local activity: a slow or
     * unknown host (5 s of DNS) held the workflow task, and with it every other draft waiting for a task slot.
     */
    static final String WEBSITE_READ_CHANGE = "draft-website-read";
    /** Version of {@link #WEBSITE_READ_CHANGE} that reads the website as a normal activity. */
    static final int WEBSITE_READ_ACTIVITY = 1;

    private static final Logger log = Workflow.getLogger(NeuralDraftWorkflowImpl.class);

    private static final String[] NON_RETRYABLE = {
        DraftFailures.INVALID_INPUT,
        DraftFailures.NOT_FOUND,
        DraftFailures.APPROVAL_DENIED,
        DraftFailures.SEND_REFUSED,
        DraftFailures.WHATSAPP_TEMPLATE_REQUIRED,
        DraftFailures.PROVIDER_REJECTED
    };

    /** Reads of the CRM and the Retriever: quick, safe to retry. */
    static final ActivityOptions READ_OPTIONS = options(Duration.ofMinutes(1), retry(Duration.ofSeconds(1), 30, 5));
    /** The Content agent: a model call with thinking; malformed output is retried, three attempts in all. */
    static final ActivityOptions COMPOSE_OPTIONS = options(Duration.ofMinutes(3), retry(Duration.ofSeconds(2), 30, 3));
    /** The Guardian: rules, and a model judgement with Gemini. */
    static final ActivityOptions AUDIT_OPTIONS = options(Duration.ofMinutes(2), retry(Duration.ofSeconds(1), 30, 3));
    /** The Controller's approval check: a database read and write; denial is not retried. */
    static final ActivityOptions CONTROLLER_OPTIONS =
            options(Duration.ofSeconds(30), retry(Duration.ofSeconds(1), 10, 5));
    /** The channel send: retried with backoff (5xx, 429, timeouts); the idempotency key makes retries safe. */
    static final ActivityOptions SEND_OPTIONS = options(Duration.ofMinutes(1), retry(Duration.ofSeconds(2), 120, 10));
    /** Reading a web page: the fetcher has its own timeout and gives null rather than failing; one retry. */
    static final ActivityOptions WEBSITE_OPTIONS = options(Duration.ofSeconds(30), retry(Duration.ofSeconds(1), 5, 2));
    /** Writes to the audit trail: they must happen, so they retry for up to a day. */
    static final ActivityOptions RECORD_OPTIONS = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofSeconds(30))
            .setScheduleToCloseTimeout(Duration.ofDays(1))
            .setRetryOptions(retry(Duration.ofSeconds(1), 60, 0))
            .build();

    /** The reads as local activities: same timeout and retries, run inside the workflow task. */
    static final LocalActivityOptions LOCAL_READ_OPTIONS = local(READ_OPTIONS);
    /** The in-process model's drafting as a local activity. */
    static final LocalActivityOptions LOCAL_COMPOSE_OPTIONS = local(COMPOSE_OPTIONS);
    /** The Guardian with the in-process model as a local activity. */
    static final LocalActivityOptions LOCAL_AUDIT_OPTIONS = local(AUDIT_OPTIONS);
    /** Storing a version as a local activity: retried like {@link #RECORD_OPTIONS}, for up to a day. */
    static final LocalActivityOptions LOCAL_RECORD_OPTIONS = LocalActivityOptions.newBuilder()
            .setStartToCloseTimeout(RECORD_OPTIONS.getStartToCloseTimeout())
            .setScheduleToCloseTimeout(RECORD_OPTIONS.getScheduleToCloseTimeout())
            .setRetryOptions(RECORD_OPTIONS.getRetryOptions())
            .build();

    private final DraftActivities reads = Workflow.newActivityStub(DraftActivities.class, READ_OPTIONS);
    private final DraftActivities websites = Workflow.newActivityStub(DraftActivities.class, WEBSITE_OPTIONS);
    private final DraftActivities localReads = Workflow.newLocalActivityStub(DraftActivities.class, LOCAL_READ_OPTIONS);
    private final DraftActivities localComposer =
            Workflow.newLocalActivityStub(DraftActivities.class, LOCAL_COMPOSE_OPTIONS);
    private final DraftActivities localGuardian =
            Workflow.newLocalActivityStub(DraftActivities.class, LOCAL_AUDIT_OPTIONS);
    private final DraftActivities composer = Workflow.newActivityStub(DraftActivities.class, COMPOSE_OPTIONS);
    private final DraftActivities guardian = Workflow.newActivityStub(DraftActivities.class, AUDIT_OPTIONS);
    private final DraftActivities controller = Workflow.newActivityStub(DraftActivities.class, CONTROLLER_OPTIONS);
    private final DraftActivities sender = Workflow.newActivityStub(DraftActivities.class, SEND_OPTIONS);
    private final DraftActivities records = Workflow.newActivityStub(DraftActivities.class, RECORD_OPTIONS);
    private final DraftActivities localRecords =
            Workflow.newLocalActivityStub(DraftActivities.class, LOCAL_RECORD_OPTIONS);

    private final WorkflowLock decisionLock = Workflow.newWorkflowLock();
    private final DraftRequest request;
    private final String workflowId;

    private DraftStatus status = DraftStatus.GATHERING;
    private int version;
    private @Nullable DraftContext context;
    private @Nullable DraftProposal proposal;
    private @Nullable String textHash;
    private @Nullable GuardianAudit audit;
    private List<SourceSection> sources = List.of();
    private final List<StepRecord> steps = new ArrayList<>();
    private @Nullable String error;
    private @Nullable Long deadline;
    private @Nullable UUID aiRunId;
    private @Nullable UUID messageId;
    private @Nullable SendResult sendResult;
    private @Nullable Integer localSteps;

    @WorkflowInit
    public NeuralDraftWorkflowImpl(DraftRequest request) {
        this.request = request;
        this.workflowId = Workflow.getInfo().getWorkflowId();
    }

    @Override
    public DraftState draft(DraftRequest started) {
        // the same request the @WorkflowInit constructor received and kept
        requireValid(request);
        ResumePoint resume = request.resumeFrom();
        if (resume != null) {
            restore(resume);
            if (request.channel() == Channel.WHATSAPP
                    && resume.deadlineEpochMillis() > Workflow.currentTimeMillis()
                    && Workflow.getVersion(RESUME_TEMPLATES_CHANGE, Workflow.DEFAULT_VERSION, RESUME_GATHERS_TEMPLATES)
                            >= RESUME_GATHERS_TEMPLATES) {
                reloadTemplates();
            }
        } else if (!draftFirstVersion()) {
            return state();
        }
        awaitDecisionOrExpire();
        Workflow.await(Workflow::isEveryHandlerFinished);
        return state();
    }

    @Override
    public DraftState state() {
        return new DraftState(
                request.brandId(),
                request.draftId(),
                status,
                version,
                proposal,
                textHash,
                audit,
                sources,
                steps,
                error,
                deadline,
                aiRunId,
                messageId,
                sendResult);
    }

    // ---- the first version ----

    private boolean draftFirstVersion() {
        int first = 1;
        try {
            DraftContext gathered = contextFor(first);
            List<SourceSection> found = runStep(
                    "retrieve",
                    first,
                    DraftStatus.RETRIEVING,
                    () -> reads().retrieve(request.brandId(), retrievalQuery(gathered, request.instructions())),
                    s -> s.size() + " playbook sections");
            DraftProposal composed = runStep(
                    "compose",
                    first,
                    DraftStatus.COMPOSING,
                    () -> composer()
                            .compose(new ComposeRequest(
                                    gathered, found, null, request.instructions(), request.channel())),
                    NeuralDraftWorkflowImpl::describeProposal);
            GuardianAudit verdict = runStep(
                    "audit",
                    first,
                    DraftStatus.AUDITING,
                    () -> guardian().audit(request.brandId(), composed),
                    NeuralDraftWorkflowImpl::describeAudit);
            recordVersion(VersionOrigin.AI, request.requestedBy(), request.instructions(), composed, verdict, found);
        } catch (ActivityFailure failure) {
            failDraft(lastStepName(), describe(failure));
            return false;
        }
        deadline = Workflow.currentTimeMillis()
                + Duration.ofDays(request.effectiveExpiryDays()).toMillis();
        status = DraftStatus.AWAITING_APPROVAL;
        return true;
    }

    private void restore(ResumePoint resume) {
        long now = Workflow.currentTimeMillis();
        version = resume.version();
        proposal = resume.proposal();
        textHash = resume.proposal().textHash();
        audit = resume.audit();
        sources = resume.sources();
        aiRunId = resume.aiRunId();
        messageId = resume.messageId();
        deadline = resume.deadlineEpochMillis();
        steps.add(new StepRecord(
                "resume", StepStatus.DONE, "version " + version + " restored from the database", version, now, now));
        status = DraftStatus.AWAITING_APPROVAL;
        log.info("Draft {} resumed at version {}", request.draftId(), version);
    }

    /** After a resume: the brand's templates come with the context; a failure leaves the draft waiting as it was. */
    private void reloadTemplates() {
        try {
            contextFor(version);
        } catch (ActivityFailure failure) {
            error = "Could not load the brand's WhatsApp templates: " + describe(failure);
        }
        status = DraftStatus.AWAITING_APPROVAL;
    }

    // ---- the wait ----

    private void awaitDecisionOrExpire() {
        long remaining = Objects.requireNonNull(deadline) - Workflow.currentTimeMillis();
        boolean decided =
                remaining > 0 ? Workflow.await(Duration.ofMillis(remaining), () -> status.isFinal()) : status.isFinal();
        if (decided) {
            return;
        }
        decisionLock.lock();
        try {
            if (!status.isFinal()) {
                expire();
            }
        } finally {
            decisionLock.unlock();
        }
    }

    private void expire() {
        status = DraftStatus.EXPIRED;
        long passed = Objects.requireNonNull(deadline);
        runQuietly(
                "expire",
                () -> records.markExpired(new ExpiryRecord(
                        request.brandId(), request.draftId(), ids().aiRunId(), ids().messageId(), passed)),
                "no decision before the deadline");
        log.info("Draft {} expired at version {}", request.draftId(), version);
    }

    // ---- decisions ----

    @Override
    public void validateImprove(ImproveRequest improve) {
        requireAwaitingApproval("improve");
        requireText(improve == null ? null : improve.instructions(), "instructions");
        requireUser(improve.userId(), "userId");
    }

    @Override
    public DraftState improve(ImproveRequest improve) {
        decisionLock.lock();
        try {
            validateImprove(improve);
            int next = version + 1;
            DraftProposal previous = Objects.requireNonNull(proposal);
            int loop = Workflow.getVersion(IMPROVE_LOOP_CHANGE, Workflow.DEFAULT_VERSION, IMPROVE_LOOP_RETRIEVES_AGAIN);
            try {
                DraftContext gathered = contextFor(next);
                List<SourceSection> found = loop >= IMPROVE_LOOP_RETRIEVES_AGAIN
                        ? runStep(
                                "retrieve",
                                next,
                                DraftStatus.RETRIEVING,
                                () -> reads().retrieve(
                                                request.brandId(), retrievalQuery(gathered, improve.instructions())),
                                s -> s.size() + " playbook sections")
                        : sources;
                DraftProposal composed = runStep(
                        "compose",
                        next,
                        DraftStatus.COMPOSING,
                        () -> composer()
                                .compose(new ComposeRequest(
                                        gathered, found, previous, improve.instructions(), request.channel())),
                        NeuralDraftWorkflowImpl::describeProposal);
                GuardianAudit verdict = runStep(
                        "audit",
                        next,
                        DraftStatus.AUDITING,
                        () -> guardian().audit(request.brandId(), composed),
                        NeuralDraftWorkflowImpl::describeAudit);
                recordVersion(
                        VersionOrigin.IMPROVE, improve.userId(), improve.instructions(), composed, verdict, found);
            } catch (ActivityFailure failure) {
                throw revisionFailed("improve", failure);
            }
            error = null;
            status = DraftStatus.AWAITING_APPROVAL;
            log.info("Draft {} improved to version {}", request.draftId(), version);
            return state();
        } finally {
            decisionLock.unlock();
        }
    }

    @Override
    public void validateEdit(EditRequest edit) {
        requireAwaitingApproval("edit");
        requireText(edit == null ? null : edit.body(), "body");
        requireUser(edit.userId(), "userId");
        DraftProposal current = Objects.requireNonNull(proposal);
        if (request.channel() == Channel.WHATSAPP) {
            if (edit.subject() != null && !edit.subject().isBlank()) {
                throw invalid("A WhatsApp message has no subject");
            }
            if (current.templateSid() != null) {
                throw invalid("This WhatsApp message uses an approved template because the 24-hour window is closed;"
                        + " its text cannot be edited by hand");
            }
        } else if (edit.subject() != null && edit.subject().isBlank()) {
            throw invalid("An email needs a subject; leave it out to keep the current one");
        }
        if (MessageHash.of(editedSubject(edit), edit.body()).equals(textHash)) {
            throw invalid("The edit does not change the text");
        }
    }

    @Override
    public DraftState edit(EditRequest edit) {
        decisionLock.lock();
        try {
            validateEdit(edit);
            int next = version + 1;
            DraftProposal edited = Objects.requireNonNull(proposal).editedByHand(editedSubject(edit), edit.body());
            try {
                GuardianAudit verdict = runStep(
                        "audit",
                        next,
                        DraftStatus.AUDITING,
                        () -> guardian().audit(request.brandId(), edited),
                        NeuralDraftWorkflowImpl::describeAudit);
                recordVersion(VersionOrigin.EDIT, edit.userId(), null, edited, verdict, sources);
            } catch (ActivityFailure failure) {
                throw revisionFailed("edit", failure);
            }
            error = null;
            status = DraftStatus.AWAITING_APPROVAL;
            log.info("Draft {} edited by hand to version {}", request.draftId(), version);
            return state();
        } finally {
            decisionLock.unlock();
        }
    }

    @Override
    public void validateApprove(ApproveRequest approve) {
        requireAwaitingApproval("approve");
        requireUser(approve == null ? null : approve.approverId(), "approverId");
        requireText(approve.exactHash(), "exactHash");
        if (!approve.exactHash().equals(textHash)) {
            throw DraftFailures.refusal(
                    DraftFailures.STALE_HASH,
                    "The text you approved is no longer current (version " + version
                            + " is); review the current text and approve again");
        }
        DraftProposal current = Objects.requireNonNull(proposal);
        if (current.templateSid() != null
                && current.templateVariables().values().stream().anyMatch(WhatsAppTemplate::unfilled)) {
            throw invalid("The WhatsApp template still has a variable to fill in; choose the template with every"
                    + " variable filled before approving");
        }
    }

    @Override
    public DraftState approve(ApproveRequest approve) {
        decisionLock.lock();
        try {
            validateApprove(approve);
            UUID approver = approve.approverId();
            String hash = Objects.requireNonNull(textHash);
            RecordedDraft rows = ids();
            try {
                runStep(
                        "approval-check",
                        version,
                        DraftStatus.SENDING,
                        () -> {
                            controller.checkApproval(request.brandId(), request.draftId(), approver, hash);
                            return approver;
                        },
                        a -> "approved by " + a);
            } catch (ActivityFailure failure) {
                status = DraftStatus.AWAITING_APPROVAL;
                error = "Approval refused: " + describe(failure);
                throw ApplicationFailure.newNonRetryableFailureWithCause(error, failureType(failure), failure);
            }
            SendRequest send = new SendRequest(
                    request.brandId(),
                    request.draftId(),
                    rows.messageId(),
                    approver,
                    hash,
                    SendRequest.idempotencyKey(request.draftId(), version));
            int sendStep = startStep("send", version, DraftStatus.SENDING);
            SendResult result;
            try {
                result = sender.send(send);
            } catch (ActivityFailure failure) {
                result = new SendResult(SendStatus.FAILED, null, describe(failure));
            }
            sendResult = result;
            if (result.status() == SendStatus.FAILED) {
                String reason = result.error() == null ? "the channel refused the message" : result.error();
                finishStep(sendStep, StepStatus.FAILED, reason);
                failDraft("send", "Sending failed: " + reason);
                return state();
            }
            finishStep(sendStep, StepStatus.DONE, describeSend(result));
            status = result.status() == SendStatus.SANDBOXED ? DraftStatus.SANDBOXED : DraftStatus.SENT;
            SentRecord sent = new SentRecord(
                    request.brandId(),
                    request.draftId(),
                    rows.aiRunId(),
                    rows.messageId(),
                    request.contactId(),
                    request.dealId(),
                    request.channel(),
                    approver,
                    hash,
                    version,
                    result);
            runQuietly("record-sent", () -> records.recordSent(sent), "timeline updated");
            log.info("Draft {} version {} {}", request.draftId(), version, status);
            return state();
        } finally {
            decisionLock.unlock();
        }
    }

    @Override
    public void validateUseTemplate(TemplateChoice choice) {
        requireAwaitingApproval("choose a template for");
        if (choice == null || choice.templateId() == null) {
            throw invalid("templateId is required");
        }
        requireUser(choice.userId(), "userId");
        if (request.channel() != Channel.WHATSAPP) {
            throw invalid("Only a WhatsApp draft is sent as a template; this draft is an email");
        }
        WhatsAppTemplate template = knownTemplate(choice.templateId());
        if (template == null) {
            throw invalid("Template " + choice.templateId() + " is not one of this brand's WhatsApp templates");
        }
        if (!template.approvedForSending()) {
            throw invalid("Template \"" + template.name() + "\" is not approved by WhatsApp (status "
                    + template.status() + "); only an approved template may be sent");
        }
        List<String> missing = template.missing(choice.variables());
        if (!missing.isEmpty()) {
            throw invalid("Fill in " + String.join(", ", missing) + " for template \"" + template.name() + "\"");
        }
        DraftProposal current = Objects.requireNonNull(proposal);
        Map<String, String> values = templateValues(template, choice.variables());
        if (template.contentSid().equals(current.templateSid())
                && values.equals(current.templateVariables())
                && MessageHash.of(null, template.render(values)).equals(textHash)) {
            throw invalid("The draft already uses template \"" + template.name() + "\" with these values");
        }
    }

    @Override
    public DraftState useTemplate(TemplateChoice choice) {
        decisionLock.lock();
        try {
            validateUseTemplate(choice);
            int next = version + 1;
            WhatsAppTemplate template = Objects.requireNonNull(knownTemplate(choice.templateId()));
            Map<String, String> values = templateValues(template, choice.variables());
            DraftProposal current = Objects.requireNonNull(proposal);
            DraftProposal chosen = new DraftProposal(
                    Channel.WHATSAPP,
                    null,
                    template.render(values),
                    template.language(),
                    "Template \u201c" + template.name()
                            + "\u201d chosen by hand: outside the 24-hour WhatsApp window only"
                            + " an approved template may be sent. Earlier rationale: " + current.rationale(),
                    current.sources(),
                    DraftProposal.HUMAN_PROVIDER,
                    DraftProposal.TEMPLATE_MODEL,
                    0,
                    0,
                    template.contentSid(),
                    values);
            try {
                GuardianAudit verdict = runStep(
                        "audit",
                        next,
                        DraftStatus.AUDITING,
                        () -> guardian().audit(request.brandId(), chosen),
                        NeuralDraftWorkflowImpl::describeAudit);
                recordVersion(VersionOrigin.TEMPLATE, choice.userId(), null, chosen, verdict, sources);
            } catch (ActivityFailure failure) {
                throw revisionFailed("apply the template to", failure);
            }
            error = null;
            status = DraftStatus.AWAITING_APPROVAL;
            log.info("Draft {} uses template {} from version {}", request.draftId(), template.name(), version);
            return state();
        } finally {
            decisionLock.unlock();
        }
    }

    private @Nullable WhatsAppTemplate knownTemplate(@Nullable UUID templateId) {
        DraftContext known = context;
        if (templateId == null || known == null) {
            return null;
        }
        return known.whatsappTemplates().stream()
                .filter(t -> templateId.equals(t.id()))
                .findFirst()
                .orElse(null);
    }

    /** The values of the template's placeholders only, stripped; extra keys are dropped. */
    private static Map<String, String> templateValues(WhatsAppTemplate template, Map<String, String> given) {
        Map<String, String> values = new TreeMap<>();
        for (String key : template.requiredKeys()) {
            String value = given.get(key);
            if (value != null) {
                values.put(key, value.strip());
            }
        }
        return values;
    }

    @Override
    public void validateReject(RejectRequest reject) {
        requireAwaitingApproval("reject");
        requireText(reject == null ? null : reject.reason(), "reason");
        requireUser(reject.userId(), "userId");
    }

    @Override
    public DraftState reject(RejectRequest reject) {
        decisionLock.lock();
        try {
            validateReject(reject);
            status = DraftStatus.REJECTED;
            RecordedDraft rows = ids();
            runQuietly(
                    "reject",
                    () -> records.markRejected(new RejectionRecord(
                            request.brandId(),
                            request.draftId(),
                            rows.aiRunId(),
                            rows.messageId(),
                            reject.userId(),
                            reject.reason())),
                    "rejected: " + reject.reason());
            log.info("Draft {} rejected at version {}", request.draftId(), version);
            return state();
        } finally {
            decisionLock.unlock();
        }
    }

    // ---- versions and failures ----

    /** Stores a version and only then makes it current: the current version is always the one in the database. */
    private void recordVersion(
            VersionOrigin origin,
            @Nullable UUID by,
            @Nullable String instructions,
            DraftProposal newProposal,
            GuardianAudit verdict,
            List<SourceSection> found) {
        int next = version + 1;
        String hash = newProposal.textHash();
        RecordProposalRequest record = new RecordProposalRequest(
                request.brandId(),
                request.draftId(),
                workflowId,
                next,
                origin,
                request.contactId(),
                request.dealId(),
                request.trigger(),
                by,
                instructions,
                context,
                newProposal,
                hash,
                verdict,
                found,
                aiRunId,
                messageId);
        RecordedDraft rows = runStep(
                "record",
                next,
                status,
                () -> (localSteps() ? localRecords : records).recordProposal(record),
                r -> "version " + next + " saved");
        version = next;
        proposal = newProposal;
        textHash = hash;
        audit = verdict;
        sources = List.copyOf(found);
        aiRunId = rows.aiRunId();
        messageId = rows.messageId();
    }

    private DraftContext contextFor(int forVersion) {
        DraftContext known = context;
        if (known != null) {
            return known;
        }
        DraftContext gathered = withWebsite(
                runStep(
                        "gather-context",
                        forVersion,
                        DraftStatus.GATHERING,
                        () -> reads().gatherContext(request.brandId(), request.contactId(), request.dealId()),
                        NeuralDraftWorkflowImpl::describeContext),
                forVersion);
        context = gathered;
        return gathered;
    }

    /**
     * The context with the account's website text, read in a normal activity when a remote model will use it and the
     * account has a website but no stored text ({@link DraftContext#needsWebsiteText()}; from
     * {@link #WEBSITE_READ_ACTIVITY} on). A website that cannot be read is shown as a failed step and
     * the draft goes on without it.
     */
    private DraftContext withWebsite(DraftContext gathered, int forVersion) {
        // the version is asked (a marker) only when there is something to read: a draft whose account text is stored
        // keeps the history it had, one workflow task to approval
        if (!gathered.needsWebsiteText()
                || Workflow.getVersion(WEBSITE_READ_CHANGE, Workflow.DEFAULT_VERSION, WEBSITE_READ_ACTIVITY)
                        < WEBSITE_READ_ACTIVITY) {
            return gathered;
        }
        String url = Objects.requireNonNull(gathered.accountWebsite());
        try {
            String text = runStep(
                    "read-website",
                    forVersion,
                    DraftStatus.GATHERING,
                    () -> websites.readWebsite(url),
                    t -> t == null ? url + " could not be read" : t.length() + " characters of " + url);
            return text == null ? gathered : gathered.withWebsiteText(text);
        } catch (ActivityFailure failure) {
            return gathered;
        }
    }

    // ---- where the quick steps run ----

    /** Whether this run uses local activities for the quick steps; decided (and recorded) once per run. */
    private boolean localSteps() {
        Integer v = localSteps;
        if (v == null) {
            v = Workflow.getVersion(LOCAL_STEPS_CHANGE, Workflow.DEFAULT_VERSION, LOCAL_STEPS_VERSION);
            localSteps = v;
        }
        return v >= LOCAL_STEPS_VERSION;
    }

    /** Local model steps only when the gathered context says the model runs in process. */
    private boolean localModelSteps() {
        DraftContext known = context;
        return localSteps() && known != null && known.inProcessModel();
    }

    private DraftActivities reads() {
        return localSteps() ? localReads : reads;
    }

    private DraftActivities composer() {
        return localModelSteps() ? localComposer : composer;
    }

    private DraftActivities guardian() {
        return localModelSteps() ? localGuardian : guardian;
    }

    private ApplicationFailure revisionFailed(String what, ActivityFailure failure) {
        status = DraftStatus.AWAITING_APPROVAL;
        error = "Could not " + what + " the draft; version " + version + " stays current: " + describe(failure);
        return ApplicationFailure.newNonRetryableFailureWithCause(error, DraftFailures.REVISION_FAILED, failure);
    }

    private void failDraft(String step, String reason) {
        status = DraftStatus.FAILED;
        error = reason;
        runQuietly(
                "record-failure",
                () -> records.markFailed(new FailureRecord(
                        request.brandId(),
                        request.draftId(),
                        workflowId,
                        request.contactId(),
                        request.dealId(),
                        aiRunId,
                        messageId,
                        step,
                        reason)),
                "failure recorded");
        log.warn("Draft {} failed at {}: {}", request.draftId(), step, reason);
    }

    private RecordedDraft ids() {
        return new RecordedDraft(Objects.requireNonNull(aiRunId), Objects.requireNonNull(messageId));
    }

    // ---- steps ----

    private <T> T runStep(
            String name, int stepVersion, DraftStatus during, Supplier<T> call, Function<T, String> detail) {
        status = during;
        int index = startStep(name, stepVersion, during);
        try {
            T result = call.get();
            finishStep(index, StepStatus.DONE, detail.apply(result));
            return result;
        } catch (ActivityFailure failure) {
            finishStep(index, StepStatus.FAILED, describe(failure));
            throw failure;
        }
    }

    /** A bookkeeping step after the outcome is decided: a failure is shown, not propagated. */
    private void runQuietly(String name, Runnable call, String detail) {
        int index = startStep(name, version, status);
        try {
            call.run();
            finishStep(index, StepStatus.DONE, detail);
        } catch (ActivityFailure failure) {
            finishStep(index, StepStatus.FAILED, describe(failure));
            error = (error == null ? "" : error + "; ") + name + " failed: " + describe(failure);
        }
    }

    private int startStep(String name, int stepVersion, DraftStatus during) {
        status = during;
        steps.add(new StepRecord(name, StepStatus.RUNNING, null, stepVersion, Workflow.currentTimeMillis(), null));
        return steps.size() - 1;
    }

    private void finishStep(int index, StepStatus outcome, @Nullable String detail) {
        StepRecord running = steps.get(index);
        steps.set(
                index,
                new StepRecord(
                        running.step(),
                        outcome,
                        detail,
                        running.version(),
                        running.startedAtMillis(),
                        Workflow.currentTimeMillis()));
    }

    private String lastStepName() {
        return steps.isEmpty() ? "start" : steps.getLast().step();
    }

    // ---- validation ----

    private void requireValid(DraftRequest r) {
        if (r.brandId() == null || r.draftId() == null || r.contactId() == null || r.channel() == null) {
            throw invalid("brandId, draftId, contactId and channel are required");
        }
        if (r.trigger() == null || !DraftTriggers.ALL.contains(r.trigger())) {
            throw invalid("Unknown trigger " + r.trigger() + "; expected one of " + DraftTriggers.ALL);
        }
        ResumePoint resume = r.resumeFrom();
        if (resume != null && (resume.version() < 1 || resume.proposal() == null || resume.audit() == null)) {
            throw invalid("A resume point needs a recorded version, its proposal and its audit");
        }
    }

    private void requireAwaitingApproval(String decision) {
        if (status != DraftStatus.AWAITING_APPROVAL) {
            throw DraftFailures.refusal(
                    DraftFailures.STATE_CONFLICT,
                    "Cannot " + decision + " a draft that is " + status.name().toLowerCase(Locale.ROOT)
                            + "; only a draft awaiting approval can be decided");
        }
    }

    private static void requireText(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            throw invalid(field + " must not be blank");
        }
    }

    private static void requireUser(@Nullable UUID user, String field) {
        if (user == null || (user.getMostSignificantBits() == 0 && user.getLeastSignificantBits() == 0)) {
            throw invalid(field + " must name a user");
        }
    }

    private static ApplicationFailure invalid(String message) {
        return DraftFailures.refusal(DraftFailures.INVALID_INPUT, message);
    }

    private @Nullable String editedSubject(EditRequest edit) {
        if (request.channel() == Channel.WHATSAPP) {
            return null;
        }
        return edit.subject() != null
                ? edit.subject()
                : Objects.requireNonNull(proposal).subject();
    }

    // ---- descriptions (pure) ----

    /** The Retriever's query: what the message is, to whom, about what, and the human's instructions. */
    static String retrievalQuery(DraftContext context, @Nullable String instructions) {
        StringJoiner query = new StringJoiner(" ");
        query.add("outreach");
        if (context.accountType() != null) {
            query.add(context.accountType().toLowerCase(Locale.ROOT));
        }
        if (context.dealStage() != null) {
            query.add(context.dealStage().toLowerCase(Locale.ROOT));
        }
        if (context.contactRole() != null) {
            query.add(context.contactRole());
        }
        if (context.dealTitle() != null) {
            query.add(context.dealTitle());
        }
        if (instructions != null && !instructions.isBlank()) {
            query.add(instructions.strip());
        }
        return query.toString();
    }

    private static String describeContext(DraftContext context) {
        String about = context.accountName() == null
                ? context.contactName()
                : context.contactName() + " at " + context.accountName();
        return about + ", " + context.recentActivities().size() + " recent activities";
    }

    private static String describeProposal(DraftProposal proposal) {
        return proposal.provider() + " " + proposal.model() + ", " + proposal.tokensIn() + "+" + proposal.tokensOut()
                + " tokens";
    }

    private static String describeAudit(GuardianAudit audit) {
        int issues = audit.issues().size();
        return (audit.aligned() ? "aligned" : "not aligned") + " with DNA " + audit.dnaVersion() + ", score "
                + audit.score() + ", " + issues + (issues == 1 ? " issue" : " issues");
    }

    private static String describeSend(SendResult result) {
        return result.status() == SendStatus.SANDBOXED
                ? "sandbox: stored, not sent"
                : "sent, provider id " + result.providerMessageId();
    }

    private static String describe(ActivityFailure failure) {
        Throwable cause = failure.getCause();
        if (cause instanceof ApplicationFailure app) {
            return app.getOriginalMessage() + " (" + app.getType() + ")";
        }
        if (cause instanceof TimeoutFailure timeout) {
            return "timed out (" + timeout.getTimeoutType() + ")";
        }
        return cause != null && cause.getMessage() != null ? cause.getMessage() : failure.getMessage();
    }

    private static String failureType(ActivityFailure failure) {
        return failure.getCause() instanceof ApplicationFailure app ? app.getType() : "ActivityFailed";
    }

    private static ActivityOptions options(Duration startToClose, RetryOptions retry) {
        return ActivityOptions.newBuilder()
                .setStartToCloseTimeout(startToClose)
                .setRetryOptions(retry)
                .build();
    }

    private static LocalActivityOptions local(ActivityOptions remote) {
        return LocalActivityOptions.newBuilder()
                .setStartToCloseTimeout(remote.getStartToCloseTimeout())
                .setRetryOptions(remote.getRetryOptions())
                .build();
    }

    private static RetryOptions retry(Duration initial, int maxIntervalSeconds, int maxAttempts) {
        return RetryOptions.newBuilder()
                .setInitialInterval(initial)
                .setBackoffCoefficient(2.0)
                .setMaximumInterval(Duration.ofSeconds(maxIntervalSeconds))
                .setMaximumAttempts(maxAttempts)
                .setDoNotRetry(NON_RETRYABLE)
                .build();
    }
}
