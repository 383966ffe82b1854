package com.fashionos.ui.base;

import com.fashionos.crm.common.ValidationException;
import com.vaadin.flow.component.HasValidation;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** What the edit dialogs share between reading their fields and saving through a crm service. */
public final class Forms {

    private Forms() {}

    /** Tags typed comma separated: stripped, blanks dropped, each once, in the order typed. */
    public static Set<String> tags(String commaSeparated) {
        var tags = new LinkedHashSet<String>();
        Arrays.stream(commaSeparated.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(tags::add);
        return tags;
    }

    /** Shows the service's refusal in place, on the field it concerns. */
    public static void showError(HasValidation field, ValidationException refusal) {
        field.setErrorMessage(refusal.getMessage());
        field.setInvalid(true);
    }
}
