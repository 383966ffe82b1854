package com.fashionos.crm.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The draft API ({@code /api/v1/drafts}) as a client writes and reads it: the request bodies, and the fields of the
 * answers a client relies on. The web app's {@code DraftApiTest} posts exactly these bodies to the real controller
 * and reads its answers with these methods; the bench sends and reads them under load. One definition, so the
 * benchmark cannot drift from the API it measures.
 */
public final class DraftApiJson {

    /** Where drafts are requested; {@code PATH + "/" + draftId} reads one. */
    public static final String PATH = "/api/v1/drafts";

    /** The statuses after which a draft changes no more (the workflow's {@code DraftStatus.isFinal()}). */
    public static final Set<String> ENDED = Set.of("SENT", "SANDBOXED", "REJECTED", "EXPIRED", "FAILED");

    /** The status of a draft that waits for a human decision. */
    public static final String AWAITING_APPROVAL = "AWAITING_APPROVAL";

    private static final JsonMapper JSON = JsonMapper.shared();

    private DraftApiJson() {}

    /** Body of {@code POST /api/v1/drafts}: a draft about a deal, to its primary contact, on {@code channel}. */
    public static String startForDeal(UUID dealId, String channel) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("dealId", dealId.toString());
        body.put("channel", channel);
        return JSON.writeValueAsString(body);
    }

    /** Body of {@code POST /api/v1/drafts/{id}/reject}, naming the member who rejects. */
    public static String reject(String reason, String rejectedByEmail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        body.put("rejectedByEmail", rejectedByEmail);
        return JSON.writeValueAsString(body);
    }

    /**
     * The 202 answer of a start.
     *
     * @param joined true when a draft was already running for this deal and channel, and this start joined it
     */
    public record Started(String draftId, String workflowId, String status, boolean joined) {

        /** Reads a start's answer. */
        public static Started parse(String json) {
            JsonNode node = JSON.readTree(json);
            return new Started(
                    required(node, "draftId"),
                    required(node, "workflowId"),
                    required(node, "status"),
                    node.path("joined").asBoolean(false));
        }
    }

    /** One step of a draft's run, with workflow times (epoch millis); {@code finishedAtMillis} null while running. */
    public record Step(
            String step, long startedAtMillis, @Nullable Long finishedAtMillis) {}

    /** The answer of {@code GET /api/v1/drafts/{id}}, as far as a client watching its progress needs it. */
    public record Draft(String status, @Nullable String error, List<Step> steps) {

        /** Reads a draft's answer. */
        public static Draft parse(String json) {
            JsonNode node = JSON.readTree(json);
            List<Step> steps = new ArrayList<>();
            for (JsonNode s : node.path("steps")) {
                JsonNode finished = s.path("finishedAtMillis");
                steps.add(new Step(
                        required(s, "step"),
                        s.path("startedAtMillis").asLong(),
                        finished.isNumber() ? finished.asLong() : null));
            }
            JsonNode error = node.path("error");
            return new Draft(required(node, "status"), error.isString() ? error.asString() : null, List.copyOf(steps));
        }

        public boolean awaitingApproval() {
            return AWAITING_APPROVAL.equals(status);
        }

        public boolean ended() {
            return ENDED.contains(status);
        }

        /**
         * When the last finished step finished (workflow time, epoch millis): for a draft awaiting its first
         * approval, the moment its first version was recorded and it became ready for a decision.
         */
        public OptionalLong lastStepFinishedAtMillis() {
            return steps.stream()
                    .filter(s -> s.finishedAtMillis() != null)
                    .mapToLong(s -> s.finishedAtMillis())
                    .max();
        }
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("The answer has no " + field + ": " + abbreviate(node.toString()));
        }
        return value.asString();
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
