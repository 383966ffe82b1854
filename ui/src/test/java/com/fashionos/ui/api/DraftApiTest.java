package com.fashionos.ui.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.api.DraftApiJson;
import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.user.Role;
import com.fashionos.ui.draft.DraftAppTest;
import com.fashionos.ui.draft.DraftFixtures;
import com.fashionos.workflows.draft.DraftStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API over HTTP with brand API tokens: who may do what, and the answers external systems get. */
@DraftAppTest
class DraftApiTest {

    @LocalServerPort
    int port;

    @Autowired
    BrandService brands;

    @Autowired
    DraftFixtures fixtures;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.shared();
    private String agentToken;
    private String viewerToken;

    @BeforeEach
    void tokens() {
        agentToken = fixtures.asMaison(() -> brands.createApiToken("Partner portal", Role.AGENT));
        viewerToken = fixtures.asMaison(() -> brands.createApiToken("Dashboard", Role.VIEWER));
    }

    @Test
    void without_a_token_the_api_answers_401_in_json() throws Exception {
        HttpResponse<String> response = post("/api/v1/drafts", null, "{\"dealId\":\"" + UUID.randomUUID() + "\"}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json.readTree(response.body()).path("error").asString()).isEqualTo("unauthorized");
        assertThat(post("/api/v1/drafts", "fos_not-a-real-token", "{}").statusCode())
                .isEqualTo(401);
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.fashionos.worker.runtime.TemporalWorker worker;

    @Test
    void a_draft_whose_workflow_has_not_run_yet_reads_as_gathering_without_hanging() throws Exception {
        UUID dealId = fixtures.newLeadDeal("API queued deal");
        worker.stop(); // nothing runs the workflow, as behind a long queue: a query would wait for it
        String draftId;
        String workflowId;
        try {
            HttpResponse<String> started =
                    post("/api/v1/drafts", agentToken, "{\"dealId\":\"" + dealId + "\",\"channel\":\"EMAIL\"}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            draftId = json.readTree(started.body()).path("draftId").asString();
            workflowId = json.readTree(started.body()).path("workflowId").asString();

            HttpResponse<String> read = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(6), () -> get("/api/v1/drafts/" + draftId, viewerToken));
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            JsonNode draft = json.readTree(read.body());
            assertThat(draft.path("status").asString()).isEqualTo(DraftStatus.GATHERING.name());
            assertThat(draft.path("draftId").asString()).isEqualTo(draftId);
            assertThat(draft.path("version").asInt()).isZero();
        } finally {
            worker.start();
        }
        fixtures.awaitApproval(workflowId);
        HttpResponse<String> later = get("/api/v1/drafts/" + draftId, viewerToken);
        assertThat(json.readTree(later.body()).path("status").asString())
                .isEqualTo(DraftStatus.AWAITING_APPROVAL.name());
    }

    @Test
    void start_read_refuse_a_stale_hash_and_approve() throws Exception {
        UUID dealId = fixtures.newLeadDeal("API deal");

        HttpResponse<String> started =
                post("/api/v1/drafts", agentToken, "{\"dealId\":\"" + dealId + "\",\"channel\":\"EMAIL\"}");

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode handle = json.readTree(started.body());
        String draftId = handle.path("draftId").asString();
        String workflowId = handle.path("workflowId").asString();
        assertThat(workflowId).contains(dealId.toString());
        fixtures.awaitApproval(workflowId);

        HttpResponse<String> read = get("/api/v1/drafts/" + draftId, viewerToken);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode draft = json.readTree(read.body());
        assertThat(draft.path("status").asString()).isEqualTo(DraftStatus.AWAITING_APPROVAL.name());
        String hash = draft.path("textHash").asString();
        assertThat(draft.path("body").asString()).isNotBlank();
        assertThat(draft.path("audit").path("score").isNumber()).isTrue();

        HttpResponse<String> viewerApproves = post(
                "/api/v1/drafts/" + draftId + "/approve",
                viewerToken,
                "{\"approverEmail\":\"" + DraftFixtures.OWNER + "\",\"hash\":\"" + hash + "\"}");
        assertThat(viewerApproves.statusCode()).isEqualTo(403);

        HttpResponse<String> viewerPersonApproves = post(
                "/api/v1/drafts/" + draftId + "/approve",
                agentToken,
                "{\"approverEmail\":\"" + DraftFixtures.VIEWER + "\",\"hash\":\"" + hash + "\"}");
        assertThat(viewerPersonApproves.statusCode()).isEqualTo(403);

        HttpResponse<String> stale = post(
                "/api/v1/drafts/" + draftId + "/approve",
                agentToken,
                "{\"approverEmail\":\"" + DraftFixtures.MANAGER + "\",\"hash\":\"" + "0".repeat(64) + "\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json.readTree(stale.body()).path("message").asString())
                .isEqualTo("The draft changed since you opened it — review the new version");

        HttpResponse<String> approved = post(
                "/api/v1/drafts/" + draftId + "/approve",
                agentToken,
                "{\"approverEmail\":\"" + DraftFixtures.MANAGER + "\",\"hash\":\"" + hash + "\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(json.readTree(approved.body()).path("status").asString()).isEqualTo("SANDBOXED");

        HttpResponse<String> again =
                post("/api/v1/drafts/" + draftId + "/reject", agentToken, "{\"reason\":\"too late\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    }

    @Test
    void viewer_tokens_cannot_start_and_bad_requests_are_400_or_404() throws Exception {
        UUID dealId = fixtures.newLeadDeal("API viewer deal");

        assertThat(post("/api/v1/drafts", viewerToken, "{\"dealId\":\"" + dealId + "\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(post("/api/v1/drafts", agentToken, "{}").statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/drafts", agentToken, "not json").statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/drafts", agentToken, "{\"dealId\":\"" + UUID.randomUUID() + "\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/drafts/" + UUID.randomUUID(), agentToken).statusCode())
                .isEqualTo(404);
    }

    @Test
    void reject_through_the_api() throws Exception {
        UUID dealId = fixtures.newLeadDeal("API reject deal");
        JsonNode handle = json.readTree(post("/api/v1/drafts", agentToken, "{\"dealId\":\"" + dealId + "\"}")
                .body());
        fixtures.awaitApproval(handle.path("workflowId").asString());

        HttpResponse<String> rejected = post(
                "/api/v1/drafts/" + handle.path("draftId").asString() + "/reject",
                agentToken,
                "{\"reason\":\"Not now\",\"rejectedByEmail\":\"" + DraftFixtures.MANAGER + "\"}");

        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(json.readTree(rejected.body()).path("status").asString()).isEqualTo("REJECTED");
    }

    @Test
    void the_bench_s_request_bodies_are_accepted_and_its_reading_of_the_answers_holds() throws Exception {
        UUID dealId = fixtures.newLeadDeal("Bench deal");
        long sent = System.currentTimeMillis();

        HttpResponse<String> started = post(DraftApiJson.PATH, agentToken, DraftApiJson.startForDeal(dealId, "EMAIL"));

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        DraftApiJson.Started handle = DraftApiJson.Started.parse(started.body());
        assertThat(handle.joined()).isFalse();
        fixtures.awaitApproval(handle.workflowId());

        HttpResponse<String> read = get(DraftApiJson.PATH + "/" + handle.draftId(), agentToken);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        DraftApiJson.Draft draft = DraftApiJson.Draft.parse(read.body());
        assertThat(draft.awaitingApproval()).isTrue();
        assertThat(draft.steps())
                .extracting(DraftApiJson.Step::step)
                .containsSubsequence("gather-context", "retrieve", "compose", "audit", "record");
        long recorded = draft.steps().getLast().finishedAtMillis();
        assertThat(draft.lastStepFinishedAtMillis())
                .as("ready = the record step's end, on the same clock as the client's")
                .hasValue(recorded);
        assertThat(recorded).isBetween(sent, System.currentTimeMillis());

        HttpResponse<String> again = post(DraftApiJson.PATH, agentToken, DraftApiJson.startForDeal(dealId, "EMAIL"));
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(DraftApiJson.Started.parse(again.body()))
                .satisfies(j -> assertThat(j.joined()).isTrue())
                .satisfies(j -> assertThat(j.draftId()).isEqualTo(handle.draftId()));

        HttpResponse<String> rejected = post(
                DraftApiJson.PATH + "/" + handle.draftId() + "/reject",
                agentToken,
                DraftApiJson.reject("bench clean-up", DraftFixtures.MANAGER));
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(DraftApiJson.Draft.parse(rejected.body()).ended()).isTrue();
    }

    @Test
    void the_bench_knows_which_statuses_end_a_draft() {
        for (DraftStatus status : DraftStatus.values()) {
            assertThat(DraftApiJson.ENDED.contains(status.name()))
                    .as(status.name())
                    .isEqualTo(status.isFinal());
        }
        assertThat(DraftApiJson.AWAITING_APPROVAL).isEqualTo(DraftStatus.AWAITING_APPROVAL.name());
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .GET();
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
