package com.fashionos.crm.activity;

/** What kind of relationship event an activity is. */
public enum ActivityType {
    EMAIL("Email"),
    WHATSAPP("WhatsApp"),
    CALL("Call"),
    NOTE("Note"),
    MEETING("Meeting"),
    TASK("Task"),
    STAGE_CHANGE("Stage change"),
    AI("AI");

    private final String label;

    ActivityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a user may log this type by hand (stage changes and AI entries are written by the system). */
    public boolean manual() {
        return this != STAGE_CHANGE && this != AI;
    }
}
