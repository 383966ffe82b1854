package com.fashionos.activities.ai;

/** A model's output did not validate against the draft JSON schema; the message says what is wrong. */
public class MalformedModelOutputException extends RuntimeException {

    public MalformedModelOutputException(String message) {
        super(message);
    }
}
