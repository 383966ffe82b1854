package com.fashionos.workflows.draft;

import java.util.UUID;

/**
 * Update {@code approve}: send exactly the text the approver saw.
 *
 * @param approverId the approving user (role AGENT or above, checked by the Controller activity)
 * @param exactHash {@link MessageHash} of the text the approver saw; refused when it is not the current text's hash
 */
public record ApproveRequest(UUID approverId, String exactHash) {}
