package com.fashionos.ui.base;

import com.fashionos.crm.common.Page;
import com.fashionos.crm.common.SortOrder;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;

/** What lazy grids and combo boxes ask for, in the terms of the crm services. */
public final class Queries {

    private Queries() {}

    /** The query as a page of a crm list: offset, limit (capped at {@link Page#MAX_LIMIT}) and the sort orders. */
    public static Page page(Query<?, ?> query) {
        return new Page(
                query.getOffset(),
                Math.min(query.getLimit(), Page.MAX_LIMIT),
                query.getSortOrders().stream()
                        .map(order -> new SortOrder(order.getSorted(), order.getDirection() == SortDirection.ASCENDING))
                        .toList());
    }
}
