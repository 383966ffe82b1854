package com.fashionos.ui.api;

import com.fashionos.crm.user.AppUser;
import com.fashionos.crm.user.Role;
import com.fashionos.crm.user.UserAccounts;
import com.fashionos.ui.draft.DraftActor;
import com.fashionos.ui.draft.DraftException;
import com.fashionos.ui.draft.DraftHandle;
import com.fashionos.ui.draft.DraftService;
import com.fashionos.workflows.draft.Channel;
import com.fashionos.workflows.draft.DraftState;
import com.fashionos.workflows.draft.DraftTriggers;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Drafts for external systems. {@code POST /api/v1/drafts} requests a draft for a deal (to its primary contact) or
 * a contact and answers 202 at once (the draft is written in the background); {@code GET /api/v1/drafts/{id}} reads
 * it; {@code POST .../approve} sends exactly the text whose hash the caller quotes, for a named approver who must be
 * a member with role Agent or above; {@code POST .../reject} discards it. A read by draft id never waits more than
 * {@link #FIRST_READ_WAIT} for a draft whose workflow has not run its first task yet (a busy worker): it answers
 * {@code GATHERING}, which is what that draft is. The token's role limits the call: Viewer
 * tokens only read.
 */
@RestController
@RequestMapping(path = "/api/v1/drafts", produces = "application/json")
class DraftApiController {

    /** Body of {@code POST /api/v1/drafts}: exactly one of deal and contact; channel optional. */
    record StartBody(
            @Nullable UUID dealId,
            @Nullable UUID contactId,
            @Nullable String channel) {}

    /** Body of {@code POST /api/v1/drafts/{id}/approve}. */
    record ApproveBody(
            @Nullable String approverEmail, @Nullable String hash) {}

    /** Body of {@code POST /api/v1/drafts/{id}/reject}; without {@code rejectedByEmail} the token's creator answers. */
    record RejectBody(@Nullable String reason, @Nullable String rejectedByEmail) {}

    /** How long a read of a draft not yet recorded waits for its workflow before answering GATHERING. */
    static final java.time.Duration FIRST_READ_WAIT = java.time.Duration.ofSeconds(2);

    private final DraftService drafts;
    private final UserAccounts users;

    DraftApiController(DraftService drafts, UserAccounts users) {
        this.drafts = drafts;
        this.users = users;
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<Map<String, Object>> start(@AuthenticationPrincipal ApiCaller caller, @RequestBody StartBody body) {
        if ((body.dealId() == null) == (body.contactId() == null)) {
            throw new DraftException(DraftException.Kind.INVALID, "Give exactly one of dealId and contactId");
        }
        DraftActor actor = new DraftActor(caller.brandId(), null, caller.role());
        DraftHandle handle;
        if (body.dealId() != null) {
            Channel channel = channel(body.channel(), caller, null);
            handle = drafts.startForDeal(actor, body.dealId(), channel, DraftTriggers.API);
        } else {
            UUID contactId = body.contactId();
            Channel channel = channel(body.channel(), caller, contactId);
            handle = drafts.startForContact(actor, contactId, channel, DraftTriggers.API);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("draftId", handle.draftId());
        answer.put("workflowId", handle.workflowId());
        answer.put("status", handle.status());
        answer.put("joined", handle.joined());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(answer);
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@AuthenticationPrincipal ApiCaller caller, @PathVariable String id) {
        if (id.startsWith("draft-")) {
            return view(id, drafts.state(caller.brandId(), id));
        }
        // by draft id, a draft still waiting for its first workflow task answers GATHERING instead of hanging
        UUID draftId = draftId(id);
        DraftService.DraftLocation where = drafts.locate(caller.brandId(), draftId)
                .orElseThrow(() -> new DraftException(DraftException.Kind.NOT_FOUND, "No draft " + id));
        return view(where.workflowId(), drafts.stateWithin(caller.brandId(), draftId, where, FIRST_READ_WAIT));
    }

    @PostMapping(path = "/{id}/approve", consumes = "application/json")
    Map<String, Object> approve(
            @AuthenticationPrincipal ApiCaller caller, @PathVariable String id, @RequestBody ApproveBody body) {
        if (!caller.role().atLeast(Role.AGENT)) {
            throw new DraftException(DraftException.Kind.FORBIDDEN, "This API token may read drafts but not approve");
        }
        if (body.hash() == null || body.hash().isBlank()) {
            throw new DraftException(
                    DraftException.Kind.INVALID, "Quote the hash of the text you approve (textHash of the draft)");
        }
        DraftActor approver = member(caller, body.approverEmail(), "approverEmail");
        if (!approver.mayApprove()) {
            throw new DraftException(
                    DraftException.Kind.FORBIDDEN,
                    body.approverEmail() + " may not approve: role Agent or above is required");
        }
        String workflowId = workflowId(caller, id);
        return view(workflowId, drafts.approve(approver, workflowId, body.hash().strip()));
    }

    @PostMapping(path = "/{id}/reject", consumes = "application/json")
    Map<String, Object> reject(
            @AuthenticationPrincipal ApiCaller caller, @PathVariable String id, @RequestBody RejectBody body) {
        if (!caller.role().atLeast(Role.AGENT)) {
            throw new DraftException(DraftException.Kind.FORBIDDEN, "This API token may read drafts but not reject");
        }
        if (body.reason() == null || body.reason().isBlank()) {
            throw new DraftException(DraftException.Kind.INVALID, "Give a reason");
        }
        DraftActor rejector;
        if (body.rejectedByEmail() != null && !body.rejectedByEmail().isBlank()) {
            rejector = member(caller, body.rejectedByEmail(), "rejectedByEmail");
        } else if (caller.tokenCreatedBy() != null) {
            rejector = new DraftActor(caller.brandId(), caller.tokenCreatedBy(), caller.role());
        } else {
            throw new DraftException(DraftException.Kind.INVALID, "Name who rejects: rejectedByEmail");
        }
        String workflowId = workflowId(caller, id);
        return view(
                workflowId, drafts.reject(rejector, workflowId, body.reason().strip()));
    }

    private DraftActor member(ApiCaller caller, @Nullable String email, String field) {
        if (email == null || email.isBlank()) {
            throw new DraftException(DraftException.Kind.INVALID, "Name the person: " + field);
        }
        AppUser user = users.findByEmail(email)
                .orElseThrow(() ->
                        new DraftException(DraftException.Kind.FORBIDDEN, email + " is not a member of this brand"));
        Role role = users.roleIn(user.id(), caller.brandId())
                .orElseThrow(() ->
                        new DraftException(DraftException.Kind.FORBIDDEN, email + " is not a member of this brand"));
        return new DraftActor(caller.brandId(), user.id(), role);
    }

    private String workflowId(ApiCaller caller, String id) {
        if (id.startsWith("draft-")) {
            return id;
        }
        return drafts.workflowIdOf(caller.brandId(), draftId(id))
                .orElseThrow(() -> new DraftException(DraftException.Kind.NOT_FOUND, "No draft " + id));
    }

    private static UUID draftId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new DraftException(DraftException.Kind.INVALID, "Not a draft id: " + id);
        }
    }

    private Channel channel(@Nullable String requested, ApiCaller caller, @Nullable UUID contactId) {
        if (requested != null && !requested.isBlank()) {
            try {
                return Channel.valueOf(requested.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DraftException(DraftException.Kind.INVALID, "channel must be EMAIL or WHATSAPP");
            }
        }
        return contactId == null
                ? Channel.EMAIL
                : drafts.preferredChannel(caller.brandId(), contactId).orElse(Channel.EMAIL);
    }

    static Map<String, Object> view(String workflowId, DraftState state) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("draftId", state.draftId());
        out.put("workflowId", workflowId);
        out.put("status", state.status());
        out.put("version", state.version());
        var proposal = state.proposal();
        out.put("channel", proposal == null ? null : proposal.channel());
        out.put("subject", proposal == null ? null : proposal.subject());
        out.put("body", proposal == null ? null : proposal.body());
        out.put("provider", proposal == null ? null : proposal.provider());
        out.put("textHash", state.textHash());
        out.put("audit", state.audit());
        out.put("sources", state.sources());
        out.put("steps", state.steps());
        out.put("error", state.error());
        out.put("deadlineEpochMillis", state.deadlineEpochMillis());
        out.put("sendResult", state.sendResult());
        return out;
    }
}
