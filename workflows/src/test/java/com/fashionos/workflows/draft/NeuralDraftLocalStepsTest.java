package com.fashionos.workflows.draft;

import static com.fashionos.workflows.draft.DraftTestSupport.MANAGER;
import static com.fashionos.workflows.draft.DraftTestSupport.awaitStatus;
import static com.fashionos.workflows.draft.DraftTestSupport.contactMessage;
import static com.fashionos.workflows.draft.DraftTestSupport.dealEmail;
import static com.fashionos.workflows.draft.DraftTestSupport.draftId;
import static com.fashionos.workflows.draft.DraftTestSupport.keepHistory;
import static com.fashionos.workflows.draft.DraftTestSupport.result;
import static com.fashionos.workflows.draft.DraftTestSupport.start;
import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowStub;
import io.temporal.common.WorkflowExecutionHistory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * From version {@link NeuralDraftWorkflowImpl#LOCAL_STEPS_VERSION} of {@link NeuralDraftWorkflowImpl#LOCAL_STEPS_CHANGE}
 * the quick steps of a draft run as local activities (markers in the history), so a draft with the in-process model
 * reaches approval in one workflow task without any activity task; a remote model still composes and audits as
 * normal activities; the effects after a human decision stay normal activities; and histories recorded before the
 * change replay on the activity path (see {@link NeuralDraftReplayTest}).
 */
class NeuralDraftLocalStepsTest extends NeuralDraftFixture {

    private static final String LOCAL_ACTIVITY_MARKER = "LocalActivity";

    @Test
    void in_process_model_reaches_approval_in_one_workflow_task_without_activity_tasks() {
        NeuralDraftWorkflow draft = start(client, dealEmail(draftId("local-steps")));
        DraftState waiting = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);

        List<HistoryEvent> events = history(draft);
        assertThat(scheduledActivities(events)).isEmpty();
        assertThat(localActivityMarkers(events)).isEqualTo(5);
        // the first workflow task did it all: its commands are the version marker, the five local results and the
        // timer of the wait for a decision
        int firstTask = firstIndex(events, EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED);
        assertThat(events.subList(firstTask + 1, firstTask + 8))
                .extracting(HistoryEvent::getEventType)
                .containsExactly(
                        EventType.EVENT_TYPE_MARKER_RECORDED,
                        EventType.EVENT_TYPE_MARKER_RECORDED,
                        EventType.EVENT_TYPE_MARKER_RECORDED,
                        EventType.EVENT_TYPE_MARKER_RECORDED,
                        EventType.EVENT_TYPE_MARKER_RECORDED,
                        EventType.EVENT_TYPE_MARKER_RECORDED,
                        EventType.EVENT_TYPE_TIMER_STARTED);
        assertThat(versionMarkers(events))
                .singleElement()
                .asString()
                .contains(NeuralDraftWorkflowImpl.LOCAL_STEPS_CHANGE);
        assertThat(activities.calls).containsExactly("gatherContext", "retrieve", "compose", "audit", "recordProposal");
        assertThat(waiting.version()).isEqualTo(1);
        assertThat(waiting.steps())
                .extracting(StepRecord::step)
                .containsExactly("gather-context", "retrieve", "compose", "audit", "record");
        assertThat(waiting.aiRunId()).isNotNull();
        assertThat(waiting.messageId()).isNotNull();
    }

    @Test
    void an_account_website_without_stored_text_is_read_in_a_normal_activity_for_a_remote_model() {
        activities.storedWebsiteText = null;
        activities.inProcessModel = false;
        NeuralDraftWorkflow draft = start(client, dealEmail(draftId("website-read")));
        DraftState waiting = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);

        assertThat(scheduledActivities(history(draft)))
                .containsExactly("DraftReadWebsite", "DraftCompose", "DraftAudit");
        assertThat(history(draft))
                .filteredOn(e -> e.getEventType() == EventType.EVENT_TYPE_MARKER_RECORDED)
                .anySatisfy(e -> assertThat(e.toString()).contains(NeuralDraftWorkflowImpl.WEBSITE_READ_CHANGE));
        assertThat(activities.calls)
                .containsExactly("gatherContext", "readWebsite", "retrieve", "compose", "audit", "recordProposal");
        assertThat(activities.composeRequests.getFirst().context().websiteText())
                .isEqualTo(activities.websiteText);
        assertThat(waiting.steps())
                .extracting(StepRecord::step)
                .containsExactly("gather-context", "read-website", "retrieve", "compose", "audit", "record");
    }

    @Test
    void a_website_that_cannot_be_read_is_a_failed_step_and_the_draft_goes_on() {
        activities.storedWebsiteText = null;
        activities.inProcessModel = false;
        activities.websiteFails = true;
        NeuralDraftWorkflow draft = start(client, dealEmail(draftId("website-fails")));
        DraftState waiting = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);

        assertThat(waiting.steps())
                .filteredOn(step -> step.step().equals("read-website"))
                .singleElement()
                .satisfies(step -> assertThat(step.status()).isEqualTo(StepStatus.FAILED));
        assertThat(activities.composeRequests.getFirst().context().websiteText())
                .isNull();
        assertThat(waiting.version()).isEqualTo(1);
    }

    @Test
    void the_in_process_model_does_not_read_the_website_it_would_not_use() {
        activities.storedWebsiteText = null;
        NeuralDraftWorkflow draft = start(client, dealEmail(draftId("website-local")));
        awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);

        assertThat(scheduledActivities(history(draft))).isEmpty();
        assertThat(activities.calls).doesNotContain("readWebsite");
    }

    @Test
    void approval_and_send_stay_normal_activities_and_send_exactly_once() {
        NeuralDraftWorkflow draft = start(client, contactMessage(draftId("local-approve"), Channel.EMAIL, 0));
        DraftState waiting = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);

        DraftState sent = draft.approve(new ApproveRequest(MANAGER, waiting.textHash()));

        assertThat(sent.status()).isEqualTo(DraftStatus.SENT);
        assertThat(result(draft).status()).isEqualTo(DraftStatus.SENT);
        assertThat(scheduledActivities(history(draft)))
                .containsExactly("DraftCheckApproval", "DraftSend", "DraftRecordSent");
        assertThat(activities.sends).singleElement().satisfies(send -> assertThat(send.hash())
                .isEqualTo(waiting.textHash()));
        keepHistory(client, draft, "local-steps-approve-and-send");
    }

    @Test
    void improve_with_the_in_process_model_also_runs_locally() {
        NeuralDraftWorkflow draft = start(client, dealEmail(draftId("local-improve")));
        DraftState first = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);

        DraftState improved = draft.improve(new ImproveRequest("shorter, mention the Milan show", MANAGER));
        draft.reject(new RejectRequest("not this season", MANAGER));

        assertThat(improved.version()).isEqualTo(2);
        assertThat(improved.textHash()).isNotEqualTo(first.textHash());
        assertThat(activities.retrieveQueries.get(1)).contains("Milan show");
        assertThat(result(draft).status()).isEqualTo(DraftStatus.REJECTED);
        List<HistoryEvent> events = history(draft);
        assertThat(scheduledActivities(events)).containsExactly("DraftMarkRejected");
        // first version: gather, retrieve, compose, audit, record; improve: retrieve, compose, audit, record
        assertThat(localActivityMarkers(events)).isEqualTo(9);
        keepHistory(client, draft, "local-steps-improve-then-reject");
    }

    @Test
    void a_remote_model_composes_and_audits_as_normal_activities() {
        activities.inProcessModel = false;
        NeuralDraftWorkflow draft = start(client, dealEmail(draftId("remote-model")));
        DraftState waiting = awaitStatus(draft, DraftStatus.AWAITING_APPROVAL);

        List<HistoryEvent> events = history(draft);
        assertThat(scheduledActivities(events)).containsExactly("DraftCompose", "DraftAudit");
        // gather-context, retrieve and record stay local: they read or write the database only
        assertThat(localActivityMarkers(events)).isEqualTo(3);
        assertThat(waiting.steps())
                .extracting(StepRecord::step)
                .containsExactly("gather-context", "retrieve", "compose", "audit", "record");

        draft.approve(new ApproveRequest(MANAGER, waiting.textHash()));
        assertThat(result(draft).status()).isEqualTo(DraftStatus.SENT);
        keepHistory(client, draft, "local-steps-remote-model-approve");
    }

    @Test
    void histories_from_before_the_change_have_no_local_steps_and_the_new_ones_do() throws IOException {
        List<HistoryEvent> before = load("approve-and-send.json");
        assertThat(versionMarkers(before)).isEmpty();
        assertThat(localActivityMarkers(before)).isZero();
        assertThat(scheduledActivities(before)).startsWith("DraftGatherContext", "DraftRetrieve", "DraftCompose");

        for (String recorded : List.of(
                "local-steps-approve-and-send.json",
                "local-steps-improve-then-reject.json",
                "local-steps-remote-model-approve.json")) {
            List<HistoryEvent> after = load(recorded);
            assertThat(versionMarkers(after))
                    .as(recorded)
                    .singleElement()
                    .asString()
                    .contains(NeuralDraftWorkflowImpl.LOCAL_STEPS_CHANGE);
            assertThat(localActivityMarkers(after)).as(recorded).isPositive();
        }
    }

    private List<HistoryEvent> history(NeuralDraftWorkflow draft) {
        String workflowId = WorkflowStub.fromTyped(draft).getExecution().getWorkflowId();
        return client.fetchHistory(workflowId).getEvents();
    }

    private static List<HistoryEvent> load(String history) throws IOException {
        try (InputStream in = Objects.requireNonNull(
                NeuralDraftLocalStepsTest.class.getResourceAsStream("/histories/" + history), history)) {
            return WorkflowExecutionHistory.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getEvents();
        }
    }

    private static List<String> scheduledActivities(List<HistoryEvent> events) {
        return events.stream()
                .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
                .map(e -> e.getActivityTaskScheduledEventAttributes()
                        .getActivityType()
                        .getName())
                .toList();
    }

    private static long localActivityMarkers(List<HistoryEvent> events) {
        return events.stream()
                .filter(e -> e.getEventType() == EventType.EVENT_TYPE_MARKER_RECORDED)
                .filter(e ->
                        e.getMarkerRecordedEventAttributes().getMarkerName().equals(LOCAL_ACTIVITY_MARKER))
                .count();
    }

    private static List<HistoryEvent> versionMarkers(List<HistoryEvent> events) {
        return events.stream()
                .filter(e -> e.getEventType() == EventType.EVENT_TYPE_MARKER_RECORDED)
                .filter(e ->
                        e.getMarkerRecordedEventAttributes().getMarkerName().equals("Version"))
                .filter(e -> e.toString().contains(NeuralDraftWorkflowImpl.LOCAL_STEPS_CHANGE))
                .toList();
    }

    private static int firstIndex(List<HistoryEvent> events, EventType type) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).getEventType() == type) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " in the history");
    }
}
