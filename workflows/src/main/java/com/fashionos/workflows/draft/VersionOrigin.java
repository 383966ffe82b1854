package com.fashionos.workflows.draft;

/** How a draft version came to be. */
public enum VersionOrigin {
    /** The Content agent's first draft. */
    AI,
    /** The Content agent's redraft after an improve decision. */
    IMPROVE,
    /** A human edited the text by hand. */
    EDIT,
    /** A human chose one of the brand's approved WhatsApp templates and filled its variables. */
    TEMPLATE
}
