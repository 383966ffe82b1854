package com.fashionos.crm.brand;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Per-brand rules, stored in {@code brands.settings}.
 *
 * @param draftTriggerStage the deal stage whose entry starts a Neural Draft ({@code null}: never automatically)
 * @param draftExpiryDays days a pending draft waits for a decision before it expires (1..365)
 * @param stageGates for a target deal stage, the deal fields that must be filled before a deal may enter it
 */
public record BrandSettings(
        @Nullable String draftTriggerStage, int draftExpiryDays, Map<String, List<String>> stageGates) {

    /** The deal stages, as the schema knows them. */
    public static final Set<String> STAGES = Set.of("LEAD", "PITCH", "CONTRACT", "ROI");

    public static final String DEFAULT_DRAFT_TRIGGER_STAGE = "PITCH";
    public static final int DEFAULT_DRAFT_EXPIRY_DAYS = 7;

    public BrandSettings {
        if (draftTriggerStage != null && !STAGES.contains(draftTriggerStage)) {
            throw new IllegalArgumentException(
                    "Unknown draft trigger stage '" + draftTriggerStage + "'; one of " + STAGES + " or none");
        }
        if (draftExpiryDays < 1 || draftExpiryDays > 365) {
            throw new IllegalArgumentException("Draft expiry must be 1 to 365 days, not " + draftExpiryDays);
        }
        var gates = new LinkedHashMap<String, List<String>>();
        stageGates.forEach((stage, fields) -> {
            if (!STAGES.contains(stage)) {
                throw new IllegalArgumentException("Unknown stage '" + stage + "' in stage gates; one of " + STAGES);
            }
            gates.put(stage, List.copyOf(fields));
        });
        stageGates = java.util.Collections.unmodifiableMap(gates);
    }

    /** The settings of a new brand. */
    public static BrandSettings defaults() {
        return new BrandSettings(DEFAULT_DRAFT_TRIGGER_STAGE, DEFAULT_DRAFT_EXPIRY_DAYS, defaultStageGates());
    }

    /** The stage gates of a new brand: Pitch needs a primary contact, Contract a forecast and close date, ROI a signature. */
    public static Map<String, List<String>> defaultStageGates() {
        var gates = new LinkedHashMap<String, List<String>>();
        gates.put("PITCH", List.of("primaryContact"));
        gates.put("CONTRACT", List.of("valueForecast", "expectedClose"));
        gates.put("ROI", List.of("contractSignedAt"));
        return gates;
    }

    /** The fields a deal needs before entering {@code stage} (empty when ungated). */
    public List<String> requiredFieldsFor(String stage) {
        return stageGates.getOrDefault(stage, List.of());
    }

    public BrandSettings withDraftTriggerStage(@Nullable String stage) {
        return new BrandSettings(stage, draftExpiryDays, stageGates);
    }

    public BrandSettings withDraftExpiryDays(int days) {
        return new BrandSettings(draftTriggerStage, days, stageGates);
    }

    public BrandSettings withStageGates(Map<String, List<String>> gates) {
        return new BrandSettings(draftTriggerStage, draftExpiryDays, gates);
    }
}
