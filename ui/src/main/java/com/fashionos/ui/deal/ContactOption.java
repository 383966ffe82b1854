package com.fashionos.ui.deal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A contact as a combo box item: equal by id, shown with role and account. */
record ContactOption(UUID id, String name, @Nullable String detail) {

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
