/**
 * The AI provider seam: the Content agent's drafting and the Guardian's model judgement, with Gemini (through
 * {@code google-genai}) when a key is set and a deterministic local model otherwise. Both produce JSON validated
 * against one draft schema.
 */
@NullMarked
package com.fashionos.activities.ai;

import org.jspecify.annotations.NullMarked;
