package com.fashionos.ui.draft;

import com.fashionos.crm.airun.AiRun;
import com.fashionos.crm.airun.AiRunService;
import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.brand.BrandSettings;
import com.fashionos.crm.conversation.ConversationService;
import com.fashionos.crm.conversation.Message;
import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.workflows.draft.Channel;
import com.fashionos.workflows.draft.DraftProposal;
import com.fashionos.workflows.draft.DraftRequest;
import com.fashionos.workflows.draft.DraftTriggers;
import com.fashionos.workflows.draft.GuardianAudit;
import com.fashionos.workflows.draft.NeuralDraftWorkflow;
import com.fashionos.workflows.draft.ResumePoint;
import com.fashionos.workflows.draft.SourceSection;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restart safety. The embedded Temporal server keeps its workflows in memory, so a restart forgets every draft that
 * was waiting for a human; the database still has them ({@code ai_runs} PENDING with a DRAFT message). When the
 * application is ready (after the in-process worker, which also starts on {@link ApplicationReadyEvent}), this starts
 * each such draft again with the <em>same</em> workflow id and a {@link ResumePoint} built from the stored version,
 * so the workflow skips drafting and waits again until the original deadline.
 *
 * <p>With a real Temporal server the workflow is still running: the start uses conflict policy USE_EXISTING, joins
 * it, and nothing is driven twice. Starting is a server call only; nothing here waits for a workflow, so the order
 * against the worker's own start does not matter.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class DraftRedrive implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DraftRedrive.class);
    private static final int PER_BRAND = 1000;
    private static final TypeReference<List<SourceSection>> SOURCES = new TypeReference<>() {};

    /** What a re-drive did. */
    public record Outcome(int drafts, List<String> workflowIds, List<String> failures) {}

    private final DraftService drafts;
    private final AiRunService aiRuns;
    private final ConversationService conversations;
    private final BrandService brands;
    private final boolean enabled;
    private final JsonMapper json = JsonMapper.shared();

    DraftRedrive(
            DraftService drafts,
            AiRunService aiRuns,
            ConversationService conversations,
            BrandService brands,
            @Value("${fashionos.drafts.redrive-on-startup:true}") boolean enabled) {
        this.drafts = drafts;
        this.aiRuns = aiRuns;
        this.conversations = conversations;
        this.brands = brands;
        this.enabled = enabled;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!enabled) {
            return;
        }
        try {
            Outcome outcome = redriveAll();
            if (outcome.drafts() > 0 || !outcome.failures().isEmpty()) {
                log.info(
                        "Re-drove {} draft(s) awaiting a decision (started again, or joined where still running); {}"
                                + " failed",
                        outcome.drafts(),
                        outcome.failures().size());
            }
        } catch (RuntimeException e) {
            log.error("Re-driving pending drafts failed; they stay pending in the database: {}", e.getMessage(), e);
        }
    }

    /** Starts (or joins) the workflow of every draft awaiting a decision, in every brand. */
    public Outcome redriveAll() {
        List<UUID> brandIds = brands.allBrandIds();
        List<String> started = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (UUID brandId : brandIds) {
            for (DraftRequest request : pendingRequests(brandId, failures)) {
                try {
                    started.add(redrive(request).workflowId());
                } catch (RuntimeException e) {
                    failures.add(request.draftId() + ": " + e.getMessage());
                    log.warn("Could not re-drive draft {}: {}", request.draftId(), e.getMessage());
                }
            }
        }
        return new Outcome(started.size(), started, failures);
    }

    /** The requests that resume every pending draft of one brand at its wait. */
    List<DraftRequest> pendingRequests(UUID brandId, List<String> failures) {
        return TenantContext.callAs(brandId, () -> {
            int expiryDays = brands.current()
                    .map(b -> b.settings().draftExpiryDays())
                    .orElse(BrandSettings.DEFAULT_DRAFT_EXPIRY_DAYS);
            List<DraftRequest> requests = new ArrayList<>();
            for (AiRun run : aiRuns.pending(PER_BRAND)) {
                if (!DraftService.isContentDraft(run) || run.workflowId() == null || run.contactId() == null) {
                    continue;
                }
                Optional<Message> message = conversations.findByAiRun(run.id());
                if (message.isEmpty() || !DraftService.isAwaiting(message.get())) {
                    continue;
                }
                try {
                    requests.add(request(brandId, run, message.get(), expiryDays));
                } catch (RuntimeException e) {
                    failures.add(run.id() + ": " + e.getMessage());
                    log.warn("Draft {} cannot be re-driven from its stored version: {}", run.id(), e.getMessage());
                }
            }
            return requests;
        });
    }

    private DraftRequest request(UUID brandId, AiRun run, Message message, int expiryDays) {
        JsonNode output = json.readTree(run.proposedOutput() == null ? "{}" : run.proposedOutput());
        JsonNode input = json.readTree(run.inputContext());
        DraftProposal proposal = json.treeToValue(output.required("proposal"), DraftProposal.class);
        GuardianAudit audit = json.treeToValue(output.required("audit"), GuardianAudit.class);
        int version = output.path("version").asInt(1);
        List<SourceSection> sources = json.readValue(run.citations(), SOURCES);
        if (!proposal.textHash().equals(message.bodyHash())) {
            throw new IllegalStateException("the stored version does not match the draft message's text");
        }
        long deadline = run.createdAt().plus(Duration.ofDays(expiryDays)).toEpochMilli();
        ResumePoint point = new ResumePoint(version, proposal, audit, sources, run.id(), message.id(), deadline);
        String trigger = text(input, "trigger");
        String requestedBy = text(input, "requestedBy");
        return new DraftRequest(
                        brandId,
                        run.id(),
                        run.dealId(),
                        run.contactId(),
                        Channel.valueOf(message.channel().name()),
                        trigger != null && DraftTriggers.ALL.contains(trigger) ? trigger : DraftTriggers.API,
                        requestedBy == null ? null : UUID.fromString(requestedBy),
                        expiryDays,
                        text(input, "instructions"))
                .resumingFrom(point);
    }

    private DraftHandle redrive(DraftRequest request) {
        String stored = TenantContext.callAs(
                request.brandId(),
                () -> aiRuns.find(request.draftId()).map(AiRun::workflowId).orElse(null));
        WorkflowOptions options = NeuralDraftWorkflow.startOptions(request);
        if (stored != null && !stored.equals(options.getWorkflowId())) {
            options = WorkflowOptions.newBuilder(options).setWorkflowId(stored).build();
        }
        return drafts.start(request, options, false);
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
