package com.fashionos.ui.base;

/**
 * A view that fills the right-hand intelligence panel of the triptych. The layout hands the panel over each time
 * the view is shown; the view fills it now or later (when a row is selected) and clears it when nothing applies.
 * Views that do not implement this leave the panel in its empty state.
 */
public interface HasIntelligence {

    /** Called by the layout after navigation to this view, with the panel cleared to its empty state. */
    void bindIntelligence(IntelligencePanel panel);
}
