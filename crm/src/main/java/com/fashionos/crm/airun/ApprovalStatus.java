package com.fashionos.crm.airun;

/** Where an agent run stands with the human decision. */
public enum ApprovalStatus {
    RUNNING,
    PENDING,
    APPROVED,
    REJECTED,
    EXPIRED,
    FAILED,
    SUPERSEDED;

    /** Whether the decision is made (nothing more will change). */
    public boolean isFinal() {
        return this != RUNNING && this != PENDING;
    }
}
