package com.fashionos.workflows.draft;

import java.util.Set;

/** What started a draft ({@link DraftRequest#trigger()}); stored on the {@code ai_runs} row for the audit trail. */
public final class DraftTriggers {

    /** A deal moved into the Pitch stage. */
    public static final String STAGE_PITCH = "STAGE_PITCH";
    /** "Draft message" on a contact page. */
    public static final String CONTACT_BUTTON = "CONTACT_BUTTON";
    /** "Draft message" on a deal page. */
    public static final String DEAL_BUTTON = "DEAL_BUTTON";
    /** "Draft with AI" in the inline composer. */
    public static final String COMPOSER = "COMPOSER";
    /** An external system through the brand-token HTTP endpoint. */
    public static final String API = "API";

    /** Every accepted trigger. */
    public static final Set<String> ALL = Set.of(STAGE_PITCH, CONTACT_BUTTON, DEAL_BUTTON, COMPOSER, API);

    private DraftTriggers() {}
}
