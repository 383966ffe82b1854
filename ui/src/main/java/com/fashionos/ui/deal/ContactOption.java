package com.fashionos.ui.deal;

import com.fashionos.crm.common.Page;
import com.fashionos.crm.contact.ContactFilter;
import com.fashionos.crm.contact.ContactRow;
import com.fashionos.crm.contact.ContactService;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** A contact as a combo box item: equal by id, shown with role and account. */
record ContactOption(UUID id, String name, @Nullable String detail) {

    /** The contacts matching what was typed into a contact combo box, a page at a time (all while nothing is). */
    static Stream<ContactRow> matching(ContactService contacts, Query<ContactOption, String> query) {
        return contacts
                .page(
                        ContactFilter.all()
                                .withText(query.getFilter()
                                        .filter(f -> !f.isBlank())
                                        .orElse(null)),
                        new Page(query.getOffset(), Math.min(query.getLimit(), Page.MAX_LIMIT), List.of()))
                .stream();
    }

    String label() {
        return detail == null || detail.isBlank() ? name : name + " · " + detail;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContactOption other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
