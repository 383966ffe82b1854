package com.fashionos.crm.deal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The stage gate rule: a deal may move forward into a stage only when it has the fields that stage's gate
 * requires. Gates are configured per brand as target stage name → required field names (defaults: Pitch needs a
 * primary contact; Contract a value forecast and an expected close date; ROI the contract signing date). Moving
 * forward over several stages checks the gate of every stage entered; moving backward checks nothing.
 */
public final class StageGate {

    /** The fields a gate may require, with how to tell they are present and how to name them. */
    private static final Map<String, Requirement> FIELDS = Map.of(
            "primaryContact", new Requirement("a primary contact", d -> d.primaryContactId() != null),
            "valueForecast", new Requirement("a value forecast", d -> d.valueForecast() != null),
            "expectedClose", new Requirement("an expected close date", d -> d.expectedClose() != null),
            "contractSignedAt", new Requirement("a contract signing date", d -> d.contractSignedAt() != null),
            "probability", new Requirement("a win probability", d -> d.probability() != null),
            "owner", new Requirement("an owner", d -> d.ownerId() != null),
            "campaign",
                    new Requirement(
                            "a campaign",
                            d -> d.campaign() != null && !d.campaign().isBlank()),
            "actualRoi", new Requirement("an actual ROI", d -> d.actualRoi() != null));

    /** The defaults when a brand configures no gates. */
    public static final Map<String, List<String>> DEFAULT_GATES = Map.of(
            "PITCH", List.of("primaryContact"),
            "CONTRACT", List.of("valueForecast", "expectedClose"),
            "ROI", List.of("contractSignedAt"));

    private StageGate() {}

    /**
     * What {@code deal} lacks to enter {@code target}; empty when the move is allowed (always for a move backward
     * or to the same stage).
     *
     * @throws IllegalArgumentException for a gate naming a field this rule does not know
     */
    public static List<MissingField> check(Deal deal, DealStage target, Map<String, List<String>> gates) {
        var missing = new ArrayList<MissingField>();
        for (int i = deal.stage().index() + 1; i <= target.index(); i++) {
            DealStage entered = DealStage.ofIndex(i);
            for (String field : gates.getOrDefault(entered.name(), List.of())) {
                Requirement requirement = FIELDS.get(field);
                if (requirement == null) {
                    throw new IllegalArgumentException("Unknown stage gate field '" + field + "' for " + entered
                            + "; known: "
                            + String.join(
                                    ", ", FIELDS.keySet().stream().sorted().toList()));
                }
                if (!requirement.present().test(deal)) {
                    missing.add(new MissingField(entered, field, entered.label() + " needs " + requirement.label()));
                }
            }
        }
        return List.copyOf(missing);
    }

    /** The field names a gate may list. */
    public static List<String> knownFields() {
        return FIELDS.keySet().stream().sorted().toList();
    }

    /** How a field is named to users ("a primary contact"), or the field name itself when unknown. */
    public static String label(String field) {
        Requirement requirement = FIELDS.get(field);
        return requirement == null ? field : requirement.label();
    }

    private record Requirement(String label, Predicate<Deal> present) {}
}
