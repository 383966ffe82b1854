package com.fashionos.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The header of a record's page under the layout's heading (which already names the record): what the record is at the
 * start, its actions at the end, wrapping below each other when the column is narrow.
 */
public final class RecordHeader extends Div {

    public RecordHeader(Component about, Component... actions) {
        var actionRow = new Div(actions);
        actionRow.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);
        add(about, actionRow);
        addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.JustifyContent.BETWEEN,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.Gap.MEDIUM);
    }

    /** A line of secondary facts about the record (role, badges, links, place), wrapping when long. */
    public static Div facts(String className, Component... items) {
        var line = new Div(items);
        line.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.Gap.SMALL,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.TextColor.SECONDARY);
        line.addClassName(className);
        return line;
    }
}
