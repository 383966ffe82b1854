package com.fashionos.crm.common;

/**
 * A user-facing validation error: which field is wrong and a message that can be shown next to it as is.
 */
public class ValidationException extends RuntimeException {

    private final String field;

    public ValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the message belongs to (e.g. {@code email}, {@code whatsapp}, {@code name}). */
    public String field() {
        return field;
    }

    /** The same message, attributed to another field (e.g. a phone error shown on the WhatsApp field). */
    public ValidationException onField(String otherField) {
        return new ValidationException(otherField, getMessage());
    }

    @Override
    public String getMessage() {
        String message = super.getMessage();
        return message == null ? "" : message;
    }
}
