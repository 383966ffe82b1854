package com.fashionos.crm.conversation;

/** An approval or a send was refused by the approval gate; the message says why in words a person understands. */
public class ApprovalRefusedException extends RuntimeException {

    public ApprovalRefusedException(String message) {
        super(message);
    }
}
