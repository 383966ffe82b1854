package com.fashionos.crm.deal;

/** The pipeline stages in order: Lead (0) → Pitch (1) → Contract (2) → ROI (3). */
public enum DealStage {
    LEAD("Lead"),
    PITCH("Pitch"),
    CONTRACT("Contract"),
    ROI("ROI");

    private final String label;

    DealStage(String label) {
        this.label = label;
    }

    /** The position in the pipeline, as stored in {@code deals.stage_index}. */
    public int index() {
        return ordinal();
    }

    public String label() {
        return label;
    }

    public static DealStage ofIndex(int index) {
        return values()[index];
    }

    public boolean isAfter(DealStage other) {
        return index() > other.index();
    }
}
