package com.fashionos.crm.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StageGateTest {

    private static Deal deal(DealStage stage, UUID contact, BigDecimal value, LocalDate close, LocalDate signed) {
        Instant now = Instant.now();
        return new Deal(
                UUID.randomUUID(),
                1001,
                UUID.randomUUID(),
                contact,
                null,
                "Lumière Skin × Desert Noir",
                stage,
                DealOutcome.OPEN,
                now,
                value,
                null,
                "EUR",
                close,
                signed,
                null,
                null,
                null,
                null,
                null,
                now,
                now,
                0);
    }

    @Test
    void pitch_needs_a_primary_contact() {
        var missing =
                StageGate.check(deal(DealStage.LEAD, null, null, null, null), DealStage.PITCH, StageGate.DEFAULT_GATES);
        assertThat(missing).extracting(MissingField::message).containsExactly("Pitch needs a primary contact");
        assertThat(missing).extracting(MissingField::field).containsExactly("primaryContact");
    }

    @Test
    void skipping_stages_checks_every_gate_entered() {
        var missing = StageGate.check(
                deal(DealStage.LEAD, UUID.randomUUID(), null, null, null), DealStage.ROI, StageGate.DEFAULT_GATES);
        assertThat(missing)
                .extracting(MissingField::message)
                .containsExactly(
                        "Contract needs a value forecast",
                        "Contract needs an expected close date",
                        "ROI needs a contract signing date");
    }

    @Test
    void moving_backward_or_with_everything_filled_passes() {
        var empty = deal(DealStage.ROI, null, null, null, null);
        assertThat(StageGate.check(empty, DealStage.LEAD, StageGate.DEFAULT_GATES))
                .isEmpty();
        var full = deal(DealStage.LEAD, UUID.randomUUID(), BigDecimal.TEN, LocalDate.now(), LocalDate.now());
        assertThat(StageGate.check(full, DealStage.ROI, StageGate.DEFAULT_GATES))
                .isEmpty();
    }

    @Test
    void brand_gates_replace_the_defaults_and_unknown_fields_are_reported() {
        var d = deal(DealStage.LEAD, null, null, null, null);
        assertThat(StageGate.check(d, DealStage.PITCH, Map.of())).isEmpty();
        assertThat(StageGate.check(d, DealStage.PITCH, Map.of("PITCH", List.of("valueForecast"))))
                .extracting(MissingField::message)
                .containsExactly("Pitch needs a value forecast");
        assertThatThrownBy(() -> StageGate.check(d, DealStage.PITCH, Map.of("PITCH", List.of("mood"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mood");
    }
}
