package com.fashionos.workflows.draft;

/** How a draft version came to be. */
public enum VersionOrigin {
    /** The Content agent's first draft. */
    AI,
    /** The Content agent's redraft after an improve decision. */
    IMPROVE,
    /** A human edited the text by hand. */
    EDIT
}
