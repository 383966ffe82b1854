package com.fashionos.crm.deal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of a stage move: moved, or blocked by the gate with what is missing.
 *
 * @param moved false when the gate blocked the move or the deal already was in {@code to}
 */
public record StageChangeResult(boolean moved, DealStage from, DealStage to, List<MissingField> missing) {

    public StageChangeResult {
        missing = List.copyOf(missing);
    }

    public boolean blocked() {
        return !missing.isEmpty();
    }

    /** All missing-field messages in one sentence list, e.g. "Contract needs a value forecast. Contract needs ...". */
    public String message() {
        return missing.stream()
                .map(MissingField::message)
                .collect(Collectors.joining(". ", "", missing.isEmpty() ? "" : "."));
    }
}
