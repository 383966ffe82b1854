package com.fashionos.workflows.draft;

import static com.fashionos.workflows.draft.DraftTestSupport.BRAND;
import static com.fashionos.workflows.draft.DraftTestSupport.DEAL;
import static com.fashionos.workflows.draft.DraftTestSupport.contactMessage;
import static com.fashionos.workflows.draft.DraftTestSupport.dealEmail;
import static com.fashionos.workflows.draft.DraftTestSupport.draftId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.workflows.TaskQueues;
import com.fashionos.workflows.WorkflowCatalog;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowOptions;
import org.junit.jupiter.api.Test;

class NeuralDraftStartOptionsTest {

    @Test
    void a_contact_draft_is_identified_by_brand_and_draft() {
        DraftRequest request = contactMessage(draftId("ids"), Channel.EMAIL, 0);

        assertThat(NeuralDraftWorkflow.workflowIdFor(request))
                .isEqualTo("draft-" + BRAND + "-" + draftId("ids"))
                .isEqualTo(NeuralDraftWorkflow.workflowId(BRAND, draftId("ids")));
    }

    @Test
    void a_deal_draft_is_identified_by_brand_deal_and_channel() {
        assertThat(NeuralDraftWorkflow.workflowIdFor(dealEmail(draftId("one"))))
                .isEqualTo("draft-" + BRAND + "-deal-" + DEAL + "-email")
                .isEqualTo(NeuralDraftWorkflow.workflowIdFor(dealEmail(draftId("two"))));
    }

    @Test
    void start_options_join_a_running_draft_and_allow_a_new_one_after_it_ended() {
        WorkflowOptions options = NeuralDraftWorkflow.startOptions(dealEmail(draftId("opts")));

        assertThat(options.getTaskQueue()).isEqualTo(TaskQueues.CRM);
        assertThat(options.getWorkflowIdConflictPolicy())
                .isEqualTo(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING);
        assertThat(options.getWorkflowIdReusePolicy())
                .isEqualTo(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE);
    }

    @Test
    void the_worker_registers_the_draft_workflow_on_the_crm_queue() {
        assertThat(WorkflowCatalog.entries())
                .contains(new WorkflowCatalog.Entry(NeuralDraftWorkflowImpl.class, TaskQueues.CRM));
    }

    @Test
    void expiry_defaults_to_seven_days() {
        assertThat(contactMessage(draftId("d"), Channel.EMAIL, 0).effectiveExpiryDays())
                .isEqualTo(7);
        assertThat(contactMessage(draftId("d"), Channel.EMAIL, 2).effectiveExpiryDays())
                .isEqualTo(2);
    }

    @Test
    void the_send_key_is_stable_per_draft_version() {
        assertThat(SendRequest.idempotencyKey(draftId("k"), 3))
                .isEqualTo(SendRequest.idempotencyKey(draftId("k"), 3))
                .isNotEqualTo(SendRequest.idempotencyKey(draftId("k"), 4));
    }
}
