package com.fashionos.crm.deal;

/**
 * A field a stage gate requires that the deal lacks.
 *
 * @param stage the stage whose gate requires it
 * @param field the gate's field name ({@code primaryContact}, {@code valueForecast}, {@code expectedClose},
 *     {@code contractSignedAt}, ...), also the form field to focus
 * @param message for the user, e.g. "Pitch needs a primary contact"
 */
public record MissingField(DealStage stage, String field, String message) {}
