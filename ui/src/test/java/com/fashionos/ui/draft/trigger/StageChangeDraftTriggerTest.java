package com.fashionos.ui.draft.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fashionos.crm.airun.AiRun;
import com.fashionos.crm.airun.AiRunService;
import com.fashionos.crm.deal.DealService;
import com.fashionos.crm.deal.DealStage;
import com.fashionos.crm.deal.DealStageChanged;
import com.fashionos.ui.draft.DraftAppTest;
import com.fashionos.ui.draft.DraftFixtures;
import com.fashionos.ui.draft.DraftHandle;
import com.fashionos.ui.draft.DraftService;
import com.fashionos.workflows.draft.Channel;
import com.fashionos.workflows.draft.DraftState;
import com.fashionos.workflows.draft.NeuralDraftWorkflow;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A deal entering Pitch starts one draft to its primary contact; entering again while it runs joins it. */
@DraftAppTest
class StageChangeDraftTriggerTest {

    @Autowired
    DealService deals;

    @Autowired
    DraftService drafts;

    @Autowired
    AiRunService aiRuns;

    @Autowired
    StageChangeDraftTrigger trigger;

    @Autowired
    DraftFixtures fixtures;

    @Test
    void moving_a_deal_to_pitch_starts_exactly_one_draft_and_a_second_entry_joins_it() {
        UUID dealId = fixtures.newLeadDeal("Trigger deal");
        UUID brand = fixtures.maison();
        String emailDraft = NeuralDraftWorkflow.dealWorkflowId(brand, dealId, Channel.EMAIL);

        fixtures.asMaison(() -> deals.moveToStage(dealId, DealStage.PITCH, null));

        DraftState first = fixtures.awaitApproval(emailDraft);
        assertThat(first.proposal()).isNotNull();
        assertThat(first.proposal().channel()).isEqualTo(Channel.EMAIL);

        fixtures.asMaison(() -> deals.moveToStage(dealId, DealStage.LEAD, null));
        fixtures.asMaison(() -> deals.moveToStage(dealId, DealStage.PITCH, null));
        DraftHandle again = trigger.start(new DealStageChanged(brand, dealId, DealStage.LEAD, DealStage.PITCH, null))
                .orElseThrow();

        assertThat(again.joined()).isTrue();
        assertThat(again.draftId()).isEqualTo(first.draftId());
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> runsOf(dealId).size() == 1);
        assertThat(drafts.findState(brand, NeuralDraftWorkflow.dealWorkflowId(brand, dealId, Channel.WHATSAPP)))
                .isEmpty();
        assertThat(drafts.state(brand, emailDraft).version()).isEqualTo(first.version());
    }

    @Test
    void other_stages_and_brands_that_switched_it_off_start_nothing() {
        UUID dealId = fixtures.newLeadDeal("No trigger deal");
        UUID brand = fixtures.maison();

        assertThat(trigger.start(new DealStageChanged(brand, dealId, DealStage.LEAD, DealStage.CONTRACT, null)))
                .isEmpty();
        assertThat(drafts.findState(brand, NeuralDraftWorkflow.dealWorkflowId(brand, dealId, Channel.EMAIL)))
                .isEmpty();
    }

    private List<AiRun> runsOf(UUID dealId) {
        return fixtures.asMaison(() -> aiRuns.pending(500).stream()
                .filter(r -> dealId.equals(r.dealId()))
                .toList());
    }
}
