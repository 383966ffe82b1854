package com.fashionos.activities.draft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.activities.ai.DraftJson;
import com.fashionos.activities.ai.ModelJudgement;
import com.fashionos.crm.conversation.Channel;
import com.fashionos.crm.playbook.DnaRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class GuardianAuditorTest {

    public static final DnaRules DEMO_RULES = DnaRules.fromJson("""
            {"pillars": ["Quiet Confidence", "Desert Light", "Craft over Noise"],
             "bannedWords": ["cheap", "discount", "deal of the year", "hype"],
             "requiredSignOff": "With warm regards, Maison Aurelle",
             "whatsappOptOut": "Reply STOP to opt out.",
             "maxLength": {"EMAIL": 1200, "WHATSAPP": 600}}""");

    final GuardianAuditor guardian = new GuardianAuditor();

    static DraftJson email(String body) {
        return new DraftJson("EMAIL", "Desert Noir", body, "en", "r", List.of());
    }

    @Test
    void an_email_following_every_rule_is_aligned_with_full_score() {
        AuditReport r = guardian.audit(
                email("Dear Ana,\n\nOur craft speaks quietly.\n\nWith warm regards, Maison Aurelle"), DEMO_RULES);
        assertThat(r.issues()).isEmpty();
        assertThat(r.score()).isEqualTo(100);
        assertThat(r.aligned()).isTrue();
    }

    @Test
    void banned_words_are_found_as_whole_words_in_any_case() {
        AuditReport r = guardian.audit(
                email("A CHEAP idea, the Deal of the Year! Craft.\nWith warm regards, Maison Aurelle"), DEMO_RULES);
        assertThat(r.issues()).contains("Banned word “cheap”", "Banned word “deal of the year”");
        assertThat(r.aligned()).isFalse();
        assertThat(guardian.audit(email("Cheapside craft. With warm regards, Maison Aurelle"), DEMO_RULES)
                        .issues())
                .isEmpty();
    }

    @Test
    void an_email_without_the_sign_off_is_flagged() {
        assertThat(guardian.audit(email("Dear Ana, our craft. Best, Maison"), DEMO_RULES)
                        .issues())
                .containsExactly("Missing the required sign-off “With warm regards, Maison Aurelle”");
    }

    @Test
    void a_whatsapp_message_without_the_opt_out_line_is_flagged() {
        DraftJson wa = new DraftJson("WHATSAPP", null, "Hello Ana, our craft awaits.", "en", "r", List.of());
        assertThat(guardian.audit(wa, DEMO_RULES).issues())
                .containsExactly("Missing the opt-out line “Reply STOP to opt out.” required for WhatsApp marketing");
    }

    @Test
    void a_message_over_the_channel_limit_is_flagged() {
        String longBody = "Craft. " + "x".repeat(1300) + "\nWith warm regards, Maison Aurelle";
        assertThat(guardian.audit(email(longBody), DEMO_RULES).issues())
                .singleElement()
                .asString()
                .startsWith("Too long for EMAIL: ")
                .endsWith("(limit 1200)");
    }

    @Test
    void a_message_showing_no_pillar_is_flagged() {
        DraftJson plain = new DraftJson(
                "EMAIL", "Hello", "Dear Ana, hello.\nWith warm regards, Maison Aurelle", "en", "r", List.of());
        assertThat(guardian.audit(plain, DEMO_RULES).issues())
                .containsExactly("No Maison DNA pillar shows (expected one of: Quiet Confidence, Desert Light, "
                        + "Craft over Noise)");
    }

    @Test
    void a_model_judgement_is_merged_into_score_issues_and_alignment() {
        AuditReport rules = new AuditReport(100, true, List.of());
        AuditReport merged = guardian.merge(rules, new ModelJudgement(50, List.of("Too eager"), "flash"));
        assertThat(merged.score()).isEqualTo(80);
        assertThat(merged.issues()).containsExactly("Model (flash): Too eager");
        assertThat(merged.aligned()).isFalse();
    }

    @Test
    void rules_with_no_dna_find_nothing() {
        assertThat(guardian.audit(email("anything"), DnaRules.none()).score()).isEqualTo(100);
        assertThat(DnaRules.none().maxLength(Channel.EMAIL)).isEmpty();
        assertThat(DEMO_RULES.maxLength()).isEqualTo(Map.of(Channel.EMAIL, 1200, Channel.WHATSAPP, 600));
    }
}
