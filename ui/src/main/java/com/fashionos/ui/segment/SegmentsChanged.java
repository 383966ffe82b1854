package com.fashionos.ui.segment;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * Fired on the UI when segments or their counts changed (a segment saved, contacts tagged or added to a segment),
 * so the sidebar's {@link SegmentList} re-reads them.
 */
public class SegmentsChanged extends ComponentEvent<UI> {

    public SegmentsChanged(UI ui) {
        super(ui, false);
    }

    /** Tells the current UI's listeners, if there is a current UI. */
    public static void fire() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new SegmentsChanged(ui));
        }
    }
}
