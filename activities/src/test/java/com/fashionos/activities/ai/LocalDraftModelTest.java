package com.fashionos.activities.ai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.activities.draft.GuardianAuditorTest;
import com.fashionos.workflows.draft.Channel;
import com.fashionos.workflows.draft.ComposeRequest;
import com.fashionos.workflows.draft.DraftContext;
import com.fashionos.workflows.draft.SourceSection;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LocalDraftModelTest {

    static final MaisonDna DNA =
            new MaisonDna("Maison Aurelle", "Desert Noir SS25", "2.1", GuardianAuditorTest.DEMO_RULES, "");

    static DraftContext context(boolean windowOpen) {
        return new DraftContext(
                "Camille Laurent",
                "Partnerships Director",
                "camille@lumiere-skin.example",
                "+33612345678",
                "en",
                "Lumière Skin",
                "SPONSOR",
                "lumiere-skin.example",
                null,
                "Lumière Skin × Desert Noir",
                "PITCH",
                new BigDecimal("45000"),
                "EUR",
                List.of("2026-11-01 CALL: Intro call"),
                DNA.toSummary(),
                windowOpen,
                List.of(),
                true);
    }

    static final List<SourceSection> SOURCES = List.of(
            new SourceSection(UUID.randomUUID(), "Sponsor Outreach SOP", "First message", "Email by name.", 0.9),
            new SourceSection(UUID.randomUUID(), "Sponsor Outreach SOP", "Qualify the sponsor", "Skincare.", 0.7));

    final LocalDraftModel model = new LocalDraftModel();
    final com.fashionos.activities.draft.GuardianAuditor guardian =
            new com.fashionos.activities.draft.GuardianAuditor();

    @Test
    void the_same_input_gives_the_same_draft() {
        var request = new ComposeRequest(context(true), SOURCES, null, null, Channel.EMAIL);
        assertThat(model.compose(request)).isEqualTo(model.compose(request));
    }

    @Test
    void an_email_is_signed_off_cites_its_sop_sections_and_passes_the_guardian() {
        ModelDraft d = model.compose(new ComposeRequest(context(true), SOURCES, null, null, Channel.EMAIL));
        assertThat(d.provider()).isEqualTo("local");
        assertThat(d.model()).isEqualTo("local-template-v1");
        assertThat(d.draft().subject()).isEqualTo("Maison Aurelle × Lumière Skin — Lumière Skin × Desert Noir");
        assertThat(d.draft().body()).startsWith("Dear Camille,").endsWith("With warm regards, Maison Aurelle");
        assertThat(d.draft().sources())
                .containsExactly("Sponsor Outreach SOP › First message", "Sponsor Outreach SOP › Qualify the sponsor");
        assertThat(d.draft().rationale()).contains("no web facts");
        var audit = guardian.audit(d.draft(), GuardianAuditorTest.DEMO_RULES);
        assertThat(audit.issues()).isEmpty();
        assertThat(audit.aligned()).isTrue();
    }

    @Test
    void improve_instructions_shorten_and_mention_what_was_asked() {
        ModelDraft first = model.compose(new ComposeRequest(context(true), SOURCES, null, null, Channel.EMAIL));
        ModelDraft improved = model.compose(
                new ComposeRequest(context(true), SOURCES, null, "shorter, mention the Milan show", Channel.EMAIL));
        assertThat(improved.draft().body().length())
                .isLessThan(first.draft().body().length());
        assertThat(improved.draft().body()).contains("Milan show");
    }

    @Test
    void a_whatsapp_message_ends_with_the_opt_out_and_passes_the_guardian() {
        ModelDraft d = model.compose(new ComposeRequest(context(true), SOURCES, null, null, Channel.WHATSAPP));
        assertThat(d.draft().subject()).isNull();
        assertThat(d.draft().body()).startsWith("Hello Camille").endsWith("Reply STOP to opt out.");
        assertThat(guardian.audit(d.draft(), GuardianAuditorTest.DEMO_RULES).issues())
                .isEmpty();
    }

    @Test
    void the_dna_summary_reads_back_into_the_same_rules() {
        MaisonDna parsed = MaisonDna.parse(DNA.toSummary());
        assertThat(parsed.rules()).isEqualTo(DNA.rules());
        assertThat(parsed.brandName()).isEqualTo("Maison Aurelle");
        assertThat(parsed.campaign()).isEqualTo("Desert Noir SS25");
        assertThat(parsed.version()).isEqualTo("2.1");
    }
}
