package com.fashionos.workflows.draft;

/** Progress of one workflow step. */
public enum StepStatus {
    RUNNING,
    DONE,
    FAILED
}
