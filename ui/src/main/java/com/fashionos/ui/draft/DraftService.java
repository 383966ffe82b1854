package com.fashionos.ui.draft;

import com.fashionos.crm.account.Account;
import com.fashionos.crm.account.AccountService;
import com.fashionos.crm.activity.ActivityService;
import com.fashionos.crm.airun.AgentNode;
import com.fashionos.crm.airun.AiRun;
import com.fashionos.crm.airun.AiRunService;
import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.brand.BrandSettings;
import com.fashionos.crm.common.Page;
import com.fashionos.crm.contact.Contact;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.conversation.ConversationService;
import com.fashionos.crm.conversation.Message;
import com.fashionos.crm.conversation.MessageStatus;
import com.fashionos.crm.conversation.PendingDraftRow;
import com.fashionos.crm.deal.Deal;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.playbook.PlaybookService;
import com.fashionos.crm.playbook.WhatsAppTemplate;
import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.crm.user.Role;
import com.fashionos.workflows.draft.ApproveRequest;
import com.fashionos.workflows.draft.Channel;
import com.fashionos.workflows.draft.DraftFailures;
import com.fashionos.workflows.draft.DraftRequest;
import com.fashionos.workflows.draft.DraftState;
import com.fashionos.workflows.draft.DraftStatus;
import com.fashionos.workflows.draft.DraftTriggers;
import com.fashionos.workflows.draft.EditRequest;
import com.fashionos.workflows.draft.HumanReplyWorkflow;
import com.fashionos.workflows.draft.ImproveRequest;
import com.fashionos.workflows.draft.NeuralDraftWorkflow;
import com.fashionos.workflows.draft.RejectRequest;
import com.fashionos.workflows.draft.ReplyRequest;
import com.fashionos.workflows.draft.ReplyState;
import com.fashionos.workflows.draft.TemplateChoice;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowException;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TemporalFailure;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The web app's door to Neural Draft: starts draft workflows (joining the running one for the same deal and channel),
 * sends the human decisions as the workflow's updates, reads a draft's state with the workflow's query, and lists the
 * brand's pending drafts and outbox from the database (the embedded Temporal server has no visibility store).
 *
 * <p>Every call names a {@link DraftActor}; roles are enforced here as well as hidden in the UI: a viewer starts and
 * revises nothing, approving needs a person with role AGENT or above (checked once more by the workflow's Controller
 * activity against the database). A workflow id carries its brand; a draft of another brand is "not found".
 */
@Service
public class DraftService {

    private static final Logger log = LoggerFactory.getLogger(DraftService.class);
    private static final int LIST_LIMIT = 200;
    private static final int PREVIEW_CHARS = 140;
    private static final Duration FIRST_QUERY_WAIT = Duration.ofSeconds(10);
    /** How many recent starts {@link #startedHere} remembers (far more than start in the seconds before a record). */
    static final int STARTED_HERE_KEPT = 10_000;
    /** The memo key under which a draft workflow names its draft id (a joined start finds another one there). */
    static final String DRAFT_ID_MEMO = "draftId";
    /** The failure type an update validator's refusal arrives with at the client. */
    private static final String VALIDATOR_REJECTION = "io.temporal.internal.worker.WorkflowExecutionException";

    private final WorkflowClient temporal;
    private final BrandService brands;
    private final DealService deals;
    private final ContactService contacts;
    private final AccountService accounts;
    private final AiRunService aiRuns;
    private final ConversationService conversations;
    private final PlaybookService playbooks;
    private final ActivityService activities;
    private final Clock clock;
    private final @Nullable String webUiUrl;
    private final String namespace;
    /**
     * Drafts started by this instance, so that a draft id answers before its first version is recorded in
     * {@code ai_runs} (seconds): draft id → workflow id, the newest {@link #STARTED_HERE_KEPT} only.
     */
    private final Map<UUID, String> startedHere = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, String> eldest) {
            return size() > STARTED_HERE_KEPT;
        }
    });

    DraftService(
            WorkflowClient temporal,
            BrandService brands,
            DealService deals,
            ContactService contacts,
            AccountService accounts,
            AiRunService aiRuns,
            ConversationService conversations,
            PlaybookService playbooks,
            ActivityService activities,
            ObjectProvider<Clock> clock,
            @Value("${fashionos.temporal.web-ui-url:}") @Nullable String webUiUrl,
            @Value("${fashionos.temporal.namespace:default}") String namespace) {
        this.temporal = temporal;
        this.brands = brands;
        this.deals = deals;
        this.contacts = contacts;
        this.accounts = accounts;
        this.aiRuns = aiRuns;
        this.conversations = conversations;
        this.playbooks = playbooks;
        this.activities = activities;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.webUiUrl = webUiUrl == null || webUiUrl.isBlank() ? null : webUiUrl.replaceAll("/+$", "");
        this.namespace = namespace;
    }

    // ---- start ----

    /**
     * Starts a draft to the deal's primary contact, or joins the draft already running for this deal and channel.
     *
     * @param trigger one of {@link DraftTriggers}
     * @throws DraftException INVALID when the deal has no primary contact or the contact has no address on the channel
     */
    public DraftHandle startForDeal(DraftActor actor, UUID dealId, Channel channel, String trigger) {
        requirePropose(actor);
        DraftRequest request = as(actor, () -> {
            Deal deal = deals.get(dealId)
                    .filter(d -> !d.deleted())
                    .orElseThrow(() -> new DraftException(DraftException.Kind.NOT_FOUND, "No deal " + dealId));
            UUID contactId = deal.primaryContactId();
            if (contactId == null) {
                throw new DraftException(
                        DraftException.Kind.INVALID,
                        "Deal \"" + deal.title() + "\" has no primary contact to write to; set one first");
            }
            return newRequest(actor, dealId, contactId, channel, trigger);
        });
        return start(request);
    }

    /** Starts a draft to a contact (not about a deal); each start is a new draft. */
    public DraftHandle startForContact(DraftActor actor, UUID contactId, Channel channel, String trigger) {
        requirePropose(actor);
        return start(as(actor, () -> newRequest(actor, null, contactId, channel, trigger)));
    }

    /** A new draft to {@code contactId} (who must have an address on the channel), in the actor's brand. */
    private DraftRequest newRequest(
            DraftActor actor, @Nullable UUID dealId, UUID contactId, Channel channel, String trigger) {
        requireAddress(contact(contactId), channel);
        return new DraftRequest(
                actor.brandId(),
                UUID.randomUUID(),
                dealId,
                contactId,
                channel,
                trigger,
                actor.userId(),
                expiryDays(),
                null);
    }

    /** The channel a draft to {@code contactId} uses by default: email when the contact has one, else WhatsApp. */
    public Optional<Channel> preferredChannel(UUID brandId, UUID contactId) {
        return TenantContext.callAs(brandId, () -> contacts.get(contactId).flatMap(c -> {
            if (c.email() != null && !c.email().isBlank()) {
                return Optional.of(Channel.EMAIL);
            }
            return c.whatsapp() != null && !c.whatsapp().isBlank() ? Optional.of(Channel.WHATSAPP) : Optional.empty();
        }));
    }

    /**
     * Starts the workflow of {@code request} (conflict policy USE_EXISTING: a running workflow with the same id is
     * joined, not duplicated) and reads back which draft runs under that id.
     */
    DraftHandle start(DraftRequest request) {
        WorkflowOptions options = NeuralDraftWorkflow.startOptions(request);
        return start(request, options, true);
    }

    /**
     * Starts with explicit options. {@code readBack} tells a join from a start: the run's memo names its draft id, read
     * from the server without waiting for the workflow; a joined draft's state is then queried (it is past its first
     * task). A new draft answers at once as {@link DraftStatus#GATHERING}. The start-up re-drive skips the read-back,
     * as the worker may not poll yet.
     */
    DraftHandle start(DraftRequest request, WorkflowOptions options, boolean readBack) {
        String workflowId = options.getWorkflowId();
        WorkflowOptions withMemo = WorkflowOptions.newBuilder(options)
                .setMemo(Map.of(DRAFT_ID_MEMO, request.draftId().toString()))
                .build();
        NeuralDraftWorkflow stub = temporal.newWorkflowStub(NeuralDraftWorkflow.class, withMemo);
        try {
            WorkflowClient.start(stub::draft, request);
        } catch (WorkflowException e) {
            throw new DraftException(
                    DraftException.Kind.FAILED, "Temporal did not start the draft: " + rootMessage(e), e);
        }
        startedHere.put(request.draftId(), workflowId);
        boolean joined = readBack && !startedThisRun(stub, request.draftId());
        DraftState state = joined ? firstState(workflowId) : null;
        UUID draftId = state == null ? request.draftId() : state.draftId();
        if (joined) {
            startedHere.remove(request.draftId());
        }
        log.info(
                "Draft {} {} for brand {} ({}, trigger {})",
                workflowId,
                joined ? "joined" : "started",
                request.brandId(),
                request.channel(),
                request.trigger());
        return new DraftHandle(draftId, workflowId, state == null ? DraftStatus.GATHERING : state.status(), joined);
    }

    /** Whether the run now under the draft's workflow id is the one this request started (its memo says so). */
    private boolean startedThisRun(NeuralDraftWorkflow stub, UUID draftId) {
        try {
            Object memo = WorkflowStub.fromTyped(stub).describe().getMemo(DRAFT_ID_MEMO, String.class);
            return draftId.toString().equals(memo);
        } catch (WorkflowException | io.grpc.StatusRuntimeException e) {
            // cannot tell: treat it as ours, as the start succeeded; the state is read when the panel asks
            log.warn("Draft {} started but could not be described: {}", draftId, rootMessage(e));
            return true;
        }
    }

    private @Nullable DraftState firstState(String workflowId) {
        Instant until = Instant.now().plus(FIRST_QUERY_WAIT);
        while (true) {
            try {
                return stub(workflowId).state();
            } catch (WorkflowException e) {
                if (Instant.now().isAfter(until)) {
                    log.warn("Draft {} started but its state is not readable yet: {}", workflowId, rootMessage(e));
                    return null;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }

    // ---- decisions ----

    /** Redrafts the current version following {@code instructions}; returns the new state (a new version). */
    public DraftState improve(DraftActor actor, String workflowId, String instructions) {
        requirePropose(actor);
        UUID user = requireUser(actor);
        requireText(instructions, "Say what to improve");
        return update(actor, workflowId, s -> s.improve(new ImproveRequest(instructions, user)));
    }

    /** Replaces the text by hand (a new version, audited again); {@code subject} null keeps the current one. */
    public DraftState edit(DraftActor actor, String workflowId, @Nullable String subject, String body) {
        requirePropose(actor);
        UUID user = requireUser(actor);
        requireText(body, "The text must not be empty");
        return update(actor, workflowId, s -> s.edit(new EditRequest(subject, body, user)));
    }

    /**
     * Approves and sends exactly the text whose hash is {@code seenHash} (what the approver was shown).
     *
     * @throws DraftException STALE when the draft changed since ({@link DraftException#STALE_MESSAGE}), FORBIDDEN
     *     below AGENT
     */
    public DraftState approve(DraftActor actor, String workflowId, String seenHash) {
        if (!actor.mayApprove()) {
            throw new DraftException(
                    DraftException.Kind.FORBIDDEN,
                    "Only a person with role Agent or above may approve and send (your role: " + label(actor.role())
                            + ")");
        }
        UUID user = requireUser(actor);
        DraftState current = state(actor.brandId(), workflowId);
        if (current.status() == DraftStatus.AWAITING_APPROVAL && !seenHash.equals(current.textHash())) {
            throw new DraftException(DraftException.Kind.STALE, DraftException.STALE_MESSAGE);
        }
        return update(actor, workflowId, s -> s.approve(new ApproveRequest(user, seenHash)));
    }

    /**
     * Sends one of the brand's approved WhatsApp templates instead of the current text (the only message allowed
     * outside the 24-hour window): a new version with the rendered text, audited again; approve then sends it through
     * Twilio as ContentSid + ContentVariables.
     *
     * @param variables placeholder values by position ("1", "2", …)
     * @throws DraftException INVALID when the template is not the brand's, not approved, or a variable is missing
     */
    public DraftState useTemplate(DraftActor actor, String workflowId, UUID templateId, Map<String, String> variables) {
        requirePropose(actor);
        UUID user = requireUser(actor);
        return update(actor, workflowId, s -> s.useTemplate(new TemplateChoice(templateId, variables, user)));
    }

    /**
     * Values for a template's placeholders from the CRM record, by position: the contact's first name, the account,
     * the deal (or the brand's campaign), the brand. What the CRM does not know (a date, a link) stays empty for the
     * person to fill in; nothing is invented.
     */
    public Map<String, String> templateDefaults(
            UUID brandId, WhatsAppTemplate template, @Nullable UUID contactId, @Nullable UUID dealId) {
        return TenantContext.callAs(brandId, () -> {
            Contact contact = contactId == null ? null : contacts.get(contactId).orElse(null);
            Deal deal = dealId == null ? null : deals.get(dealId).orElse(null);
            UUID accountId = contact != null && contact.accountId() != null
                    ? contact.accountId()
                    : deal == null ? null : deal.accountId();
            String account = accountId == null
                    ? null
                    : accounts.get(accountId).map(Account::name).orElse(null);
            var brand = brands.current().orElse(null);
            String brandName = brand == null ? "" : brand.name();
            String topic = deal != null
                    ? deal.title()
                    : brand == null || brand.campaign() == null ? brandName : brand.campaign();
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < template.variables().size(); i++) {
                String v = template.variables().get(i).toLowerCase(java.util.Locale.ROOT);
                String value;
                if (v.contains("brand") || v.contains("maison") || v.contains("house")) {
                    value = brandName;
                } else if (v.contains("account") || v.contains("company") || v.contains("partner")) {
                    value = account == null ? "" : account;
                } else if (v.contains("deal")
                        || v.contains("campaign")
                        || v.contains("collection")
                        || v.contains("project")) {
                    value = topic;
                } else if (v.contains("name") || v.contains("contact") || v.contains("first")) {
                    value = contact == null ? "" : firstName(contact.name());
                } else {
                    value = "";
                }
                values.put(String.valueOf(i + 1), value);
            }
            return values;
        });
    }

    private static String firstName(String name) {
        String n = name.strip();
        int space = n.indexOf(' ');
        return space > 0 ? n.substring(0, space) : n;
    }

    /** Rejects the draft; the workflow ends REJECTED. */
    public DraftState reject(DraftActor actor, String workflowId, String reason) {
        requirePropose(actor);
        UUID user = requireUser(actor);
        requireText(reason, "Give a reason");
        return update(actor, workflowId, s -> s.reject(new RejectRequest(reason, user)));
    }

    // ---- reading ----

    /** The draft running (or last run) under {@code workflowId}, through the workflow's query. */
    public DraftState state(UUID brandId, String workflowId) {
        requireBrand(brandId, workflowId);
        try {
            return stub(workflowId).state();
        } catch (WorkflowException e) {
            return finalState(workflowId)
                    .orElseThrow(() -> e instanceof WorkflowNotFoundException
                            ? new DraftException(DraftException.Kind.NOT_FOUND, "No draft " + workflowId, e)
                            : new DraftException(
                                    DraftException.Kind.FAILED, "Could not read draft: " + rootMessage(e), e));
        }
    }

    /**
     * The state of a draft by its draft id and {@link #locate location}, for callers that must not hang (the API). A
     * draft whose first version is recorded is read as {@link #state(UUID, String)} reads it. One started here and not yet recorded is queried for
     * at most {@code wait}: on a busy worker the query waits until the draft's first workflow task has run, which can
     * be many seconds behind a queue of drafts; meanwhile it is reported as it truly is, {@link DraftStatus#GATHERING}
     * with no version yet.
     */
    public DraftState stateWithin(UUID brandId, UUID draftId, DraftLocation where, Duration wait) {
        String workflowId = where.workflowId();
        if (where.recorded()) {
            return state(brandId, workflowId);
        }
        requireBrand(brandId, workflowId);
        var read = CompletableFuture.supplyAsync(
                () -> state(brandId, workflowId), task -> Thread.ofVirtual().start(task));
        try {
            return read.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new DraftState(
                    brandId,
                    draftId,
                    DraftStatus.GATHERING,
                    0,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DraftException(DraftException.Kind.FAILED, "Interrupted while reading draft " + workflowId, e);
        }
    }

    /**
     * The result of an ended draft: its workflow returns its final state. Used when the query does not answer (an
     * ended workflow is not always queryable, e.g. on the embedded server).
     */
    private Optional<DraftState> finalState(String workflowId) {
        try {
            return Optional.of(
                    WorkflowStub.fromTyped(stub(workflowId)).getResult(200, TimeUnit.MILLISECONDS, DraftState.class));
        } catch (TimeoutException | WorkflowException e) {
            return Optional.empty();
        }
    }

    /** The state of a draft, if its workflow answers. */
    public Optional<DraftState> findState(UUID brandId, String workflowId) {
        if (!belongsTo(brandId, workflowId)) {
            return Optional.empty();
        }
        try {
            return Optional.of(stub(workflowId).state());
        } catch (WorkflowException e) {
            return finalState(workflowId);
        }
    }

    /**
     * Where a draft runs: its workflow id, and whether its first version is recorded in {@code ai_runs} (else it is
     * known only from this instance's recent starts).
     */
    public record DraftLocation(String workflowId, boolean recorded) {}

    /** Where the draft {@code draftId} runs: from {@code ai_runs}, or from this instance's recent starts. */
    public Optional<DraftLocation> locate(UUID brandId, UUID draftId) {
        Optional<String> recorded =
                TenantContext.callAs(brandId, () -> aiRuns.find(draftId).map(AiRun::workflowId));
        if (recorded.isPresent()) {
            return recorded.map(id -> new DraftLocation(id, true));
        }
        return Optional.ofNullable(startedHere.get(draftId))
                .filter(id -> belongsTo(brandId, id))
                .map(id -> new DraftLocation(id, false));
    }

    /** The workflow id of a draft by its draft id (see {@link #locate}). */
    public Optional<String> workflowIdOf(UUID brandId, UUID draftId) {
        return locate(brandId, draftId).map(DraftLocation::workflowId);
    }

    /**
     * The newest draft about a deal, running or ended (SENT, REJECTED…), over both channels: the deal-scoped
     * workflow ids are known, so no search is needed.
     */
    public Optional<DraftState> latestForDeal(UUID brandId, UUID dealId) {
        return dealWorkflowIds(brandId, dealId).stream()
                .flatMap(id -> findState(brandId, id).map(s -> Map.entry(id, s)).stream())
                .max(Comparator.comparing(e -> lastActivity(e.getValue())))
                .map(Map.Entry::getValue);
    }

    /** The workflow ids a deal's drafts run under, one per channel. */
    public List<String> dealWorkflowIds(UUID brandId, UUID dealId) {
        List<String> ids = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            ids.add(NeuralDraftWorkflow.dealWorkflowId(brandId, dealId, channel));
        }
        return ids;
    }

    /**
     * One page of the brand's drafts awaiting a decision, paged and sorted in SQL (sort properties: {@code createdAt},
     * {@code channel}, {@code contact}, {@code deal}, {@code provider}); newest first without a sort.
     */
    public List<PendingDraftRow> pendingDraftPage(UUID brandId, Page page) {
        return TenantContext.callAs(brandId, () -> conversations.pendingDraftPage(page));
    }

    /** How many drafts of the brand await a decision. */
    public long countPendingDrafts(UUID brandId) {
        return TenantContext.callAs(brandId, conversations::countPendingDrafts);
    }

    /**
     * One page of the outbox, paged and sorted in SQL (sort properties: {@code when}, {@code channel}, {@code to},
     * {@code status}); newest first without a sort.
     */
    public List<Message> outboxPage(UUID brandId, Page page) {
        return TenantContext.callAs(brandId, () -> conversations.outboxPage(page));
    }

    /** How many messages the brand's outbox holds. */
    public long countOutbox(UUID brandId) {
        return TenantContext.callAs(brandId, conversations::countOutbox);
    }

    /** Pending drafts to one contact (any deal), newest first: one query, however many the brand has. */
    public List<PendingDraftRow> pendingForContact(UUID brandId, UUID contactId) {
        return TenantContext.callAs(brandId, () -> conversations.pendingDraftsTo(contactId, LIST_LIMIT));
    }

    /** The outbox: outbound messages past the draft stage, newest first; sandboxed ones read "not sent — sandbox". */
    public List<Message> outbox(UUID brandId) {
        return TenantContext.callAs(brandId, () -> conversations.outbox(LIST_LIMIT));
    }

    /** The brand's approved WhatsApp templates (the only messages allowed outside the 24-hour window). */
    public List<WhatsAppTemplate> whatsappTemplates(UUID brandId) {
        return TenantContext.callAs(brandId, playbooks::whatsappTemplates);
    }

    /** Whether a free-form WhatsApp message to the contact is allowed now (24 h after their last inbound message). */
    public boolean whatsappWindowOpen(UUID brandId, UUID contactId) {
        return TenantContext.callAs(brandId, () -> conversations
                .findOpen(contactId, com.fashionos.crm.conversation.Channel.WHATSAPP)
                .map(c -> c.whatsappSessionOpen(clock.instant()))
                .orElse(false));
    }

    /** A link to the workflow in the Temporal Web UI, when {@code fashionos.temporal.web-ui-url} is set. */
    public Optional<String> temporalLink(String workflowId) {
        if (webUiUrl == null) {
            return Optional.empty();
        }
        return Optional.of(webUiUrl + "/namespaces/" + encode(namespace) + "/workflows/" + encode(workflowId));
    }

    // ---- the inline composer ----

    /**
     * Sends a message a person wrote in the composer, durably: starts a {@link HumanReplyWorkflow} whose approval is
     * this call (approver = the sender, hash of exactly this text). The workflow records the approval on the message
     * row (refused below AGENT, checked against the database), sends it with the same send activity as an approved
     * draft (approval re-check, idempotent outbox) and writes it to the contact's (and deal's) timeline. Returns at
     * once; the handle's result completes when the reply has ended.
     *
     * @throws DraftException FORBIDDEN below AGENT, INVALID for a blank text, a missing address or WhatsApp outside
     *     the 24-hour window (then only an approved template may go out: use "Draft message")
     */
    public ReplyHandle sendReply(
            DraftActor actor,
            UUID contactId,
            @Nullable UUID dealId,
            Channel channel,
            @Nullable String subject,
            String body) {
        if (!actor.mayApprove()) {
            throw new DraftException(DraftException.Kind.FORBIDDEN, "Only Agents and above may send messages");
        }
        UUID sender = requireUser(actor);
        if (body.isBlank()) {
            throw new DraftException(DraftException.Kind.INVALID, "Write a message first");
        }
        String cleanSubject = channel == Channel.EMAIL ? (subject == null ? "" : subject.strip()) : null;
        if (channel == Channel.EMAIL && (cleanSubject == null || cleanSubject.isEmpty())) {
            throw new DraftException(DraftException.Kind.INVALID, "An email needs a subject");
        }
        TenantContext.runAs(actor.brandId(), () -> {
            requireAddress(contact(contactId), channel);
            if (channel == Channel.WHATSAPP && !whatsappWindowOpen(actor.brandId(), contactId)) {
                throw new DraftException(
                        DraftException.Kind.INVALID,
                        "Outside the 24-hour WhatsApp window a free-form message cannot be sent; use \"Draft message\""
                                + " to send one of the brand's approved templates");
            }
        });
        ReplyRequest request = new ReplyRequest(
                actor.brandId(),
                UUID.randomUUID(),
                contactId,
                dealId,
                channel,
                sender,
                cleanSubject,
                body,
                com.fashionos.workflows.draft.MessageHash.of(cleanSubject, body));
        WorkflowOptions options = HumanReplyWorkflow.startOptions(request);
        HumanReplyWorkflow stub = temporal.newWorkflowStub(HumanReplyWorkflow.class, options);
        try {
            WorkflowClient.start(stub::send, request);
        } catch (WorkflowException e) {
            throw new DraftException(
                    DraftException.Kind.FAILED, "Temporal did not start the send: " + rootMessage(e), e);
        }
        log.info("Reply {} by {} to contact {} started ({})", request.replyId(), sender, contactId, channel);
        return new ReplyHandle(
                request.replyId(),
                options.getWorkflowId(),
                WorkflowStub.fromTyped(stub).getResultAsync(ReplyState.class));
    }

    /** The progress of a composer reply, through its workflow's query (empty when it cannot be read). */
    public Optional<ReplyState> replyState(UUID brandId, String workflowId) {
        if (!workflowId.startsWith("reply-" + brandId + "-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(temporal.newWorkflowStub(HumanReplyWorkflow.class, workflowId)
                    .state());
        } catch (WorkflowException e) {
            return Optional.empty();
        }
    }

    // ---- helpers ----

    private DraftState update(
            DraftActor actor, String workflowId, java.util.function.Function<NeuralDraftWorkflow, DraftState> call) {
        requireBrand(actor.brandId(), workflowId);
        DraftStatus now = state(actor.brandId(), workflowId).status();
        if (now.isFinal()) {
            throw new DraftException(
                    DraftException.Kind.CONFLICT,
                    "This draft is already " + now.name().toLowerCase(java.util.Locale.ROOT) + "; nothing to decide");
        }
        try {
            return call.apply(stub(workflowId));
        } catch (WorkflowNotFoundException e) {
            throw new DraftException(DraftException.Kind.NOT_FOUND, "No running draft " + workflowId, e);
        } catch (WorkflowException e) {
            throw translate(e);
        }
    }

    static DraftException translate(WorkflowException e) {
        ApplicationFailure failure = applicationFailure(e);
        if (failure == null) {
            return new DraftException(DraftException.Kind.FAILED, "The draft did not answer: " + rootMessage(e), e);
        }
        String message = failure.getOriginalMessage();
        return switch (failure.getType()) {
            case DraftFailures.STALE_HASH ->
                new DraftException(DraftException.Kind.STALE, DraftException.STALE_MESSAGE, e);
            case DraftFailures.STATE_CONFLICT -> new DraftException(DraftException.Kind.CONFLICT, message, e);
            case DraftFailures.INVALID_INPUT -> new DraftException(DraftException.Kind.INVALID, message, e);
            case DraftFailures.APPROVAL_DENIED -> new DraftException(DraftException.Kind.FORBIDDEN, message, e);
            // A validator's refusal reaches the client without its type (the SDK wraps it as a workflow execution
            // exception): it is a request the draft cannot take now.
            case VALIDATOR_REJECTION -> validatorRefusal(e, message);
            default -> new DraftException(DraftException.Kind.FAILED, message, e);
        };
    }

    /** A validator's refusal, typed by its message prefix ({@link DraftFailures#typeOf}); the prefix is not shown. */
    private static DraftException validatorRefusal(WorkflowException e, @Nullable String message) {
        String type = DraftFailures.typeOf(e);
        if (DraftFailures.STALE_HASH.equals(type) || (message != null && message.contains("no longer current"))) {
            return new DraftException(DraftException.Kind.STALE, DraftException.STALE_MESSAGE, e);
        }
        String shown = message != null && type != null && message.startsWith(type + ": ")
                ? message.substring(type.length() + 2)
                : message;
        return DraftFailures.INVALID_INPUT.equals(type)
                ? new DraftException(DraftException.Kind.INVALID, shown, e)
                : new DraftException(DraftException.Kind.CONFLICT, shown, e);
    }

    /** The first failure of the chain typed with a draft failure name, else the first application failure. */
    private static @Nullable ApplicationFailure applicationFailure(Throwable e) {
        ApplicationFailure first = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApplicationFailure failure) {
                if (isDraftFailure(failure)) {
                    return failure;
                }
                first = first == null ? failure : first;
            }
        }
        return first;
    }

    private static boolean isDraftFailure(ApplicationFailure failure) {
        return switch (failure.getType()) {
            case DraftFailures.STALE_HASH,
                    DraftFailures.STATE_CONFLICT,
                    DraftFailures.INVALID_INPUT,
                    DraftFailures.APPROVAL_DENIED,
                    DraftFailures.REVISION_FAILED,
                    DraftFailures.NOT_FOUND -> true;
            default -> false;
        };
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t instanceof TemporalFailure tf ? tf.getOriginalMessage() : t.getMessage();
        return message == null ? t.getClass().getSimpleName() : message;
    }

    private NeuralDraftWorkflow stub(String workflowId) {
        return temporal.newWorkflowStub(NeuralDraftWorkflow.class, workflowId);
    }

    private static boolean belongsTo(UUID brandId, String workflowId) {
        return workflowId.startsWith("draft-" + brandId + "-");
    }

    private static void requireBrand(UUID brandId, String workflowId) {
        if (!belongsTo(brandId, workflowId)) {
            throw new DraftException(DraftException.Kind.NOT_FOUND, "No draft " + workflowId + " in this brand");
        }
    }

    private static void requirePropose(DraftActor actor) {
        if (!actor.mayPropose()) {
            throw new DraftException(
                    DraftException.Kind.FORBIDDEN,
                    "Your role (" + label(actor.role()) + ") may read drafts but not start or change them");
        }
    }

    private static void requireText(@Nullable String text, String message) {
        if (text == null || text.isBlank()) {
            throw new DraftException(DraftException.Kind.INVALID, message);
        }
    }

    private static UUID requireUser(DraftActor actor) {
        if (actor.userId() == null) {
            throw new DraftException(DraftException.Kind.INVALID, "This decision needs a person");
        }
        return actor.userId();
    }

    private Contact contact(UUID contactId) {
        return contacts.get(contactId)
                .filter(c -> !c.deleted())
                .orElseThrow(() -> new DraftException(DraftException.Kind.NOT_FOUND, "No contact " + contactId));
    }

    private static String requireAddress(Contact contact, Channel channel) {
        String address = channel == Channel.EMAIL ? contact.email() : contact.whatsapp();
        if (address == null || address.isBlank()) {
            throw new DraftException(
                    DraftException.Kind.INVALID,
                    contact.name() + " has no " + (channel == Channel.EMAIL ? "email address" : "WhatsApp number"));
        }
        return address;
    }

    private int expiryDays() {
        return brands.current()
                .map(b -> b.settings().draftExpiryDays())
                .orElse(BrandSettings.DEFAULT_DRAFT_EXPIRY_DAYS);
    }

    private static <T> T as(DraftActor actor, Supplier<T> work) {
        return actor.userId() == null
                ? TenantContext.callAs(actor.brandId(), work)
                : TenantContext.callAs(actor.brandId(), actor.userId(), work);
    }

    private static long lastActivity(DraftState state) {
        return state.steps().stream()
                .mapToLong(s -> s.finishedAtMillis() != null ? s.finishedAtMillis() : s.startedAtMillis())
                .max()
                .orElse(0);
    }

    /** The first words of a draft's text on one line, for a list. */
    static String preview(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() > PREVIEW_CHARS ? flat.substring(0, PREVIEW_CHARS) + "…" : flat;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String label(Role role) {
        String name = role.name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    static boolean isContentDraft(AiRun run) {
        return run.agentNode() == AgentNode.CONTENT && "NeuralDraftWorkflow".equals(run.workflowType());
    }

    static boolean isAwaiting(Message message) {
        return message.status() == MessageStatus.DRAFT;
    }
}
