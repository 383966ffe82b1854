package com.fashionos.crm.contact;

import java.util.UUID;

/** An existing contact that shares an email or WhatsApp number with the one being entered (a warning). */
public record DuplicateHint(UUID contactId, String name, Field matchedOn, String value) {

    /** Which field matched. */
    public enum Field {
        EMAIL,
        WHATSAPP
    }

    /** A sentence for the form, e.g. "Camille Laurent already uses this email". */
    public String message() {
        return name + " already uses this " + (matchedOn == Field.EMAIL ? "email" : "WhatsApp number");
    }
}
