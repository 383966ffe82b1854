package com.fashionos.activities.draft;

import com.fashionos.activities.ai.DraftJson;
import com.fashionos.activities.ai.DraftModel;
import com.fashionos.activities.ai.MaisonDna;
import com.fashionos.activities.ai.MalformedModelOutputException;
import com.fashionos.activities.ai.ModelDraft;
import com.fashionos.activities.ai.ModelJudgement;
import com.fashionos.activities.channel.ChannelProperties;
import com.fashionos.activities.channel.OutboxResult;
import com.fashionos.activities.channel.OutboxSender;
import com.fashionos.activities.retrieval.PlaybookRetriever;
import com.fashionos.activities.retrieval.RankedSection;
import com.fashionos.activities.web.WebPageFetcher;
import com.fashionos.crm.airun.AgentNode;
import com.fashionos.crm.airun.AiRun;
import com.fashionos.crm.airun.AiRunService;
import com.fashionos.crm.airun.ApprovalStatus;
import com.fashionos.crm.airun.NewAiRun;
import com.fashionos.crm.airun.Proposal;
import com.fashionos.crm.conversation.ApprovalRefusedException;
import com.fashionos.crm.conversation.ConversationService;
import com.fashionos.crm.conversation.Message;
import com.fashionos.crm.conversation.MessageStatus;
import com.fashionos.crm.conversation.NewDraft;
import com.fashionos.crm.playbook.DnaRules;
import com.fashionos.crm.playbook.Playbook;
import com.fashionos.crm.playbook.PlaybookService;
import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.workflows.draft.Channel;
import com.fashionos.workflows.draft.ComposeRequest;
import com.fashionos.workflows.draft.DraftActivities;
import com.fashionos.workflows.draft.DraftContext;
import com.fashionos.workflows.draft.DraftFailures;
import com.fashionos.workflows.draft.DraftProposal;
import com.fashionos.workflows.draft.ExpiryRecord;
import com.fashionos.workflows.draft.FailureRecord;
import com.fashionos.workflows.draft.GuardianAudit;
import com.fashionos.workflows.draft.RecordProposalRequest;
import com.fashionos.workflows.draft.RecordedDraft;
import com.fashionos.workflows.draft.RejectionRecord;
import com.fashionos.workflows.draft.SendRequest;
import com.fashionos.workflows.draft.SendResult;
import com.fashionos.workflows.draft.SendStatus;
import com.fashionos.workflows.draft.SentRecord;
import com.fashionos.workflows.draft.SourceSection;
import com.fashionos.workflows.draft.WhatsAppTemplate;
import io.temporal.failure.ApplicationFailure;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link DraftActivities} over the CRM services, the draft model, the Retriever, the Guardian and the outbox. Every
 * database call runs inside {@link TenantContext#callAs(UUID, Supplier)} for the request's brand. The context and
 * the audit read in one read-only transaction each instead of one per service call: one
 * tenant set-up and one snapshot per step, and no network call (a web page) while a connection is held; storing a
 * version is one read-write transaction.
 */
@Component
public class DraftActivitiesImpl implements DraftActivities {

    static final String WORKFLOW_TYPE = "NeuralDraftWorkflow";
    static final int SOURCES = 4;
    static final int EXCERPT_CHARS = 700;
    static final int DNA_TEXT_CHARS = 1500;
    static final int WEBSITE_CHARS = 2000;

    private final CrmReader crm;
    private final ConversationService conversations;
    private final AiRunService aiRuns;
    private final PlaybookService playbooks;
    private final PlaybookRetriever retriever;
    private final DraftModel model;
    private final GuardianAuditor guardian;
    private final OutboxSender outbox;
    private final WebPageFetcher web;
    private final ChannelProperties channels;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate readWrite;
    private final JsonMapper json = JsonMapper.shared();

    DraftActivitiesImpl(
            CrmReader crm,
            ConversationService conversations,
            AiRunService aiRuns,
            PlaybookService playbooks,
            PlaybookRetriever retriever,
            DraftModel model,
            GuardianAuditor guardian,
            OutboxSender outbox,
            WebPageFetcher web,
            ChannelProperties channels,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.crm = crm;
        this.conversations = conversations;
        this.aiRuns = aiRuns;
        this.playbooks = playbooks;
        this.retriever = retriever;
        this.model = model;
        this.guardian = guardian;
        this.outbox = outbox;
        this.web = web;
        this.channels = channels;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.readWrite = new TransactionTemplate(transactions);
    }

    @Override
    public DraftContext gatherContext(UUID brandId, UUID contactId, @Nullable UUID dealId) {
        DraftContext read = TenantContext.callAs(
                brandId,
                () -> inReadOnly(() -> {
                    CrmReader.ContactRow contact =
                            crm.contact(contactId).orElseThrow(() -> notFound("contact " + contactId));
                    CrmReader.DealRow deal =
                            dealId == null ? null : crm.deal(dealId).orElseThrow(() -> notFound("deal " + dealId));
                    UUID accountId =
                            contact.accountId() != null ? contact.accountId() : deal == null ? null : deal.accountId();
                    CrmReader.AccountRow account =
                            accountId == null ? null : crm.account(accountId).orElse(null);
                    // the stored summary; the page itself is read by readWebsite, a normal activity (network)
                    String websiteText = account == null ? null : blankToNull(account.websiteSummary());
                    boolean windowOpen = conversations
                            .findOpen(contactId, com.fashionos.crm.conversation.Channel.WHATSAPP)
                            .map(c -> c.whatsappSessionOpen(clock.instant()))
                            .orElse(false);
                    List<WhatsAppTemplate> templates = playbooks.whatsappTemplates().stream()
                            .map(t -> new WhatsAppTemplate(
                                    t.name(),
                                    t.contentSid(),
                                    t.language(),
                                    t.body(),
                                    t.variables(),
                                    t.id(),
                                    t.status()))
                            .toList();
                    return new DraftContext(
                            contact.name(),
                            contact.role(),
                            contact.email(),
                            contact.whatsapp(),
                            contact.language(),
                            account == null ? null : account.name(),
                            account == null ? null : account.type(),
                            account == null ? null : account.website(),
                            websiteText,
                            deal == null ? null : deal.title(),
                            deal == null ? null : deal.stage(),
                            deal == null ? null : deal.value(),
                            deal == null ? null : deal.currency(),
                            crm.recentActivities(contactId, dealId, 5),
                            maisonDna(deal == null ? null : deal.campaign(), playbooks.activeDna())
                                    .toSummary(),
                            windowOpen,
                            templates,
                            model.inProcess());
                }));
        return read;
    }

    @Override
    public @Nullable String readWebsite(String url) {
        return fetchWebsiteText(url);
    }

    @Override
    public List<SourceSection> retrieve(UUID brandId, String query) {
        // No enclosing transaction: the Retriever may first index a playbook written straight to the database (a
        // write, and seconds of embedding that must not hold a connection); it reads little once sections are cached.
        return TenantContext.callAs(brandId, () -> retriever.retrieve(query, SOURCES).stream()
                .map(DraftActivitiesImpl::source)
                .toList());
    }

    @Override
    public DraftProposal compose(ComposeRequest request) {
        DraftContext ctx = request.context();
        if (request.channel() == Channel.WHATSAPP && !ctx.whatsappWindowOpen()) {
            return templateProposal(request);
        }
        ModelDraft drafted;
        try {
            drafted = model.compose(request);
        } catch (MalformedModelOutputException e) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "The " + model.provider() + " model returned malformed output: " + e.getMessage(),
                    DraftFailures.MALFORMED_MODEL_OUTPUT);
        }
        DraftJson d = drafted.draft();
        Set<String> known = Set.copyOf(
                request.sources().stream().map(SourceSection::citation).toList());
        // Only sections the Retriever really provided may be cited: a model cannot invent a source.
        List<String> cited =
                d.sources().stream().filter(known::contains).distinct().toList();
        return new DraftProposal(
                request.channel(),
                request.channel() == Channel.EMAIL ? d.subject() : null,
                d.body(),
                d.language(),
                d.rationale(),
                cited,
                drafted.provider(),
                drafted.model(),
                drafted.tokensIn(),
                drafted.tokensOut());
    }

    @Override
    public GuardianAudit audit(UUID brandId, DraftProposal proposal) {
        return TenantContext.callAs(
                brandId,
                () -> inReadOnly(() -> {
                    Optional<Playbook> dna = playbooks.activeDna();
                    DnaRules rules =
                            dna.map(p -> DnaRules.fromJson(p.rulesJson())).orElseGet(DnaRules::none);
                    DraftJson draft = new DraftJson(
                            proposal.channel().name(),
                            proposal.subject(),
                            proposal.body(),
                            proposal.language(),
                            proposal.rationale(),
                            proposal.sources());
                    AuditReport report = guardian.audit(draft, rules);
                    if (dna.isPresent()) {
                        ModelJudgement judgement = model.judge(
                                        maisonDna(null, dna).toSummary(), draft)
                                .orElse(null);
                        report = guardian.merge(report, judgement);
                    }
                    return new GuardianAudit(
                            report.aligned(),
                            report.score(),
                            report.issues(),
                            dna.map(Playbook::docVersion).orElse("none"));
                }));
    }

    @Override
    public RecordedDraft recordProposal(RecordProposalRequest request) {
        // one transaction: the run, its proposal and the message row of a version are stored together or not at all
        return TenantContext.callAs(
                request.brandId(),
                () -> inTransaction(readWrite, () -> {
                    CrmReader.ContactRow contact = crm.contact(request.contactId())
                            .orElseThrow(() -> notFound("contact " + request.contactId()));
                    UUID runId = request.aiRunId() != null ? request.aiRunId() : request.draftId();
                    AiRun run = aiRuns.start(new NewAiRun(
                            runId,
                            AgentNode.CONTENT,
                            WORKFLOW_TYPE,
                            request.workflowId(),
                            request.contactId(),
                            contact.accountId(),
                            request.dealId(),
                            inputContext(request)));
                    DraftProposal p = request.proposal();
                    aiRuns.recordProposal(
                            run.id(),
                            new Proposal(
                                    proposedOutput(request),
                                    json.writeValueAsString(request.sources()),
                                    p.provider(),
                                    p.model(),
                                    p.tokensIn(),
                                    p.tokensOut()));
                    Optional<Message> existing = request.messageId() != null
                            ? conversations.find(request.messageId())
                            : conversations.findByAiRun(run.id());
                    Message message;
                    if (existing.isEmpty()) {
                        message = conversations.createDraftMessage(new NewDraft(
                                request.contactId(),
                                crmChannel(p.channel()),
                                recipient(contact, p.channel()),
                                sender(p.channel()),
                                p.subject(),
                                p.body(),
                                run.id(),
                                p.templateSid(),
                                p.templateVariables()));
                    } else if (!existing.get().bodyHash().equals(request.textHash())
                            && existing.get().status() == MessageStatus.DRAFT) {
                        message = conversations.updateDraft(
                                existing.get().id(), p.subject(), p.body(), p.templateSid(), p.templateVariables());
                    } else {
                        message = existing.get();
                    }
                    if (!message.bodyHash().equals(request.textHash())) {
                        throw ApplicationFailure.newNonRetryableFailure(
                                "The stored text of version " + request.version() + " does not hash to "
                                        + request.textHash(),
                                DraftFailures.INVALID_INPUT);
                    }
                    return new RecordedDraft(run.id(), message.id());
                }));
    }

    @Override
    public void checkApproval(UUID brandId, UUID draftId, UUID approverId, String hash) {
        TenantContext.runAs(brandId, () -> {
            Message message = conversations.findByAiRun(draftId).orElseThrow(() -> notFound("draft " + draftId));
            if (approverId.equals(message.approvedBy())
                    && hash.equals(message.approvedHash())
                    && message.approvedAsIs()) {
                return;
            }
            try {
                conversations.recordApproval(message.id(), approverId, hash);
            } catch (ApprovalRefusedException e) {
                throw ApplicationFailure.newNonRetryableFailure(
                        "Approval refused: " + e.getMessage(), DraftFailures.APPROVAL_DENIED);
            }
        });
    }

    @Override
    public SendResult send(SendRequest request) {
        return TenantContext.callAs(request.brandId(), () -> {
            Message message = conversations
                    .find(request.messageId())
                    .orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                            "Send refused: no message " + request.messageId(), DraftFailures.SEND_REFUSED));
            if (!request.approverId().equals(message.approvedBy())) {
                throw ApplicationFailure.newNonRetryableFailure(
                        "Send refused: no approval by " + request.approverId() + " is recorded for this message",
                        DraftFailures.SEND_REFUSED);
            }
            OutboxResult result = outbox.send(request.messageId(), request.hash(), request.idempotencyKey());
            return switch (result.status()) {
                case SENT -> new SendResult(SendStatus.SENT, result.providerMessageId(), null);
                case SANDBOXED -> new SendResult(SendStatus.SANDBOXED, null, null);
                case FAILED -> new SendResult(SendStatus.FAILED, null, result.error());
            };
        });
    }

    @Override
    public void recordSent(SentRecord record) {
        TenantContext.runAs(record.brandId(), () -> {
            Message message =
                    conversations.find(record.messageId()).orElseThrow(() -> notFound("message " + record.messageId()));
            boolean sandboxed = record.result().status() == SendStatus.SANDBOXED;
            String label = sandboxed ? "Not sent — sandbox" : "Sent";
            String subject = message.subject() == null ? label : label + ": " + message.subject();
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("messageId", message.id().toString());
            metadata.put("draftId", record.draftId().toString());
            metadata.put("aiRunId", record.aiRunId().toString());
            metadata.put("channel", record.channel().name());
            metadata.put("status", record.result().status().name());
            metadata.put("provider", message.provider());
            metadata.put("providerMessageId", record.result().providerMessageId());
            metadata.put("hash", record.hash());
            metadata.put("version", record.version());
            metadata.put("approvedBy", record.approverId().toString());
            if (message.templateSid() != null) {
                metadata.put("templateSid", message.templateSid());
            }
            UUID accountId = crm.contact(record.contactId())
                    .map(CrmReader.ContactRow::accountId)
                    .orElse(null);
            crm.logSent(
                    record.channel().name(),
                    record.contactId(),
                    record.dealId(),
                    accountId,
                    subject,
                    message.body(),
                    json.writeValueAsString(metadata),
                    message.id(),
                    record.approverId());
            aiRuns.decide(record.aiRunId(), ApprovalStatus.APPROVED, record.approverId(), label);
        });
    }

    @Override
    public void markRejected(RejectionRecord record) {
        TenantContext.runAs(record.brandId(), () -> {
            conversations.closeDraft(record.messageId(), MessageStatus.REJECTED, record.reason());
            aiRuns.decide(record.aiRunId(), ApprovalStatus.REJECTED, record.userId(), record.reason());
        });
    }

    @Override
    public void markExpired(ExpiryRecord record) {
        TenantContext.runAs(record.brandId(), () -> {
            String note = "No decision before " + Instant.ofEpochMilli(record.deadlineEpochMillis());
            conversations.closeDraft(record.messageId(), MessageStatus.EXPIRED, note);
            aiRuns.decide(record.aiRunId(), ApprovalStatus.EXPIRED, null, note);
        });
    }

    @Override
    public void markFailed(FailureRecord record) {
        TenantContext.runAs(record.brandId(), () -> {
            String error = record.step() + ": " + record.error();
            UUID runId = record.aiRunId();
            if (runId == null) {
                runId = aiRuns.start(new NewAiRun(
                                record.draftId(),
                                AgentNode.CONTENT,
                                WORKFLOW_TYPE,
                                record.workflowId(),
                                record.contactId(),
                                null,
                                record.dealId(),
                                "{}"))
                        .id();
            }
            aiRuns.fail(runId, error);
            if (record.messageId() != null) {
                conversations.find(record.messageId()).ifPresent(m -> {
                    if (m.status() == MessageStatus.DRAFT) {
                        // An unapproved draft cannot be FAILED (the approval constraint): it is closed instead.
                        conversations.closeDraft(m.id(), MessageStatus.EXPIRED, "Failed — " + error);
                    } else if (m.status() == MessageStatus.APPROVED || m.status() == MessageStatus.SENDING) {
                        conversations.markFailed(m.id(), error);
                    }
                });
            }
        });
    }

    private DraftProposal templateProposal(ComposeRequest request) {
        DraftContext ctx = request.context();
        WhatsAppTemplate template = TemplateChooser.choose(ctx.whatsappTemplates(), ctx.language())
                .orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                        "Outside the 24-hour window — use an approved template: the brand has no approved WhatsApp "
                                + "template yet",
                        DraftFailures.WHATSAPP_TEMPLATE_REQUIRED));
        String brand = MaisonDna.parse(ctx.maisonDnaSummary()).brandName();
        Map<String, String> values = TemplateChooser.variables(template, ctx, brand);
        List<String> cited =
                request.sources().stream().limit(3).map(SourceSection::citation).toList();
        return new DraftProposal(
                Channel.WHATSAPP,
                null,
                TemplateChooser.render(template, values),
                template.language(),
                "Outside the 24-hour WhatsApp window: only an approved template may be sent, so this uses “"
                        + template.name() + "” with its variables filled from the CRM record.",
                cited,
                "local",
                "whatsapp-template-v1",
                0,
                0,
                template.contentSid(),
                values);
    }

    private <T> T inReadOnly(Supplier<T> work) {
        return inTransaction(readOnly, work);
    }

    private static <T> T inTransaction(TransactionTemplate transaction, Supplier<T> work) {
        return Objects.requireNonNull(transaction.execute(status -> work.get()));
    }

    private MaisonDna maisonDna(@Nullable String dealCampaign, Optional<Playbook> dna) {
        CrmReader.BrandRow brand = crm.brand().orElse(new CrmReader.BrandRow("the Maison", null));
        String text = dna.map(Playbook::contentMd).orElse("");
        if (text.length() > DNA_TEXT_CHARS) {
            text = text.substring(0, DNA_TEXT_CHARS) + "…";
        }
        return new MaisonDna(
                brand.name(),
                dealCampaign != null ? dealCampaign : brand.campaign(),
                dna.map(Playbook::docVersion).orElse("none"),
                dna.map(p -> DnaRules.fromJson(p.rulesJson())).orElseGet(DnaRules::none),
                text);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private @Nullable String fetchWebsiteText(String website) {
        return web.fetch(website)
                .map(page ->
                        page.text().length() > WEBSITE_CHARS ? page.text().substring(0, WEBSITE_CHARS) : page.text())
                .filter(t -> !t.isBlank())
                .orElse(null);
    }

    private String inputContext(RecordProposalRequest request) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("trigger", request.trigger());
        input.put("requestedBy", request.requestedBy());
        input.put("instructions", request.instructions());
        input.put("context", request.context());
        return json.writeValueAsString(input);
    }

    private String proposedOutput(RecordProposalRequest request) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("version", request.version());
        output.put("origin", request.origin().name());
        output.put("proposal", request.proposal());
        output.put("textHash", request.textHash());
        output.put("audit", request.audit());
        return json.writeValueAsString(output);
    }

    private static SourceSection source(RankedSection s) {
        String excerpt =
                s.content().length() > EXCERPT_CHARS ? s.content().substring(0, EXCERPT_CHARS) + "…" : s.content();
        return new SourceSection(s.playbookId(), s.playbookTitle(), s.heading(), excerpt, s.score());
    }

    private static String recipient(CrmReader.ContactRow contact, Channel channel) {
        String to = channel == Channel.EMAIL ? contact.email() : contact.whatsapp();
        if (to == null || to.isBlank()) {
            throw ApplicationFailure.newNonRetryableFailure(
                    contact.name() + " has no " + (channel == Channel.EMAIL ? "email address" : "WhatsApp number"),
                    DraftFailures.INVALID_INPUT);
        }
        return to;
    }

    private @Nullable String sender(Channel channel) {
        String from = channel == Channel.EMAIL
                ? channels.sendgrid().fromEmail()
                : channels.twilio().whatsappFrom();
        return from.isBlank() ? null : from;
    }

    private static com.fashionos.crm.conversation.Channel crmChannel(Channel channel) {
        return com.fashionos.crm.conversation.Channel.valueOf(channel.name());
    }

    private static ApplicationFailure notFound(String what) {
        return ApplicationFailure.newNonRetryableFailure("Not found: " + what, DraftFailures.NOT_FOUND);
    }
}
