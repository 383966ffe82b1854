package com.fashionos.crm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The client's side of the draft API; that the real controller agrees is ui's {@code DraftApiTest}. */
class DraftApiJsonTest {

    @Test
    void bodies_name_the_deal_and_the_rejecting_member() {
        UUID deal = UUID.fromString("0b0e7c3a-5a0e-4a43-9d1e-6f3c2a1b0c9d");

        assertThat(DraftApiJson.startForDeal(deal, "EMAIL"))
                .isEqualTo("{\"dealId\":\"0b0e7c3a-5a0e-4a43-9d1e-6f3c2a1b0c9d\",\"channel\":\"EMAIL\"}");
        assertThat(DraftApiJson.reject("bench \"clean-up\"", "a@b.c"))
                .isEqualTo("{\"reason\":\"bench \\\"clean-up\\\"\",\"rejectedByEmail\":\"a@b.c\"}");
    }

    @Test
    void a_draft_is_ready_when_its_last_finished_step_finished() {
        var draft = DraftApiJson.Draft.parse("""
                {"draftId":"d","status":"AWAITING_APPROVAL","error":null,"steps":[
                  {"step":"gather-context","status":"DONE","startedAtMillis":1000,"finishedAtMillis":1013},
                  {"step":"record","status":"DONE","startedAtMillis":1050,"finishedAtMillis":1066},
                  {"step":"compose","status":"DONE","startedAtMillis":1020,"finishedAtMillis":1023}]}""");

        assertThat(draft.awaitingApproval()).isTrue();
        assertThat(draft.ended()).isFalse();
        assertThat(draft.error()).isNull();
        assertThat(draft.lastStepFinishedAtMillis()).hasValue(1066);

        var running = DraftApiJson.Draft.parse("""
                {"status":"GATHERING","error":null,"steps":[
                  {"step":"gather-context","status":"RUNNING","startedAtMillis":1000,"finishedAtMillis":null}]}""");
        assertThat(running.lastStepFinishedAtMillis()).isEmpty();
        assertThat(running.steps()).singleElement().satisfies(s -> assertThat(s.finishedAtMillis())
                .isNull());

        var failed = DraftApiJson.Draft.parse("{\"status\":\"FAILED\",\"error\":\"no model\",\"steps\":[]}");
        assertThat(failed.ended()).isTrue();
        assertThat(failed.error()).isEqualTo("no model");
    }

    @Test
    void a_start_answer_tells_a_join_and_a_missing_field_is_an_error() {
        var started = DraftApiJson.Started.parse(
                "{\"draftId\":\"d1\",\"workflowId\":\"draft-b-deal-x-EMAIL\",\"status\":\"GATHERING\",\"joined\":true}");

        assertThat(started).isEqualTo(new DraftApiJson.Started("d1", "draft-b-deal-x-EMAIL", "GATHERING", true));
        assertThatThrownBy(() -> DraftApiJson.Started.parse("{\"status\":400,\"error\":\"invalid\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("draftId");
    }
}
