package com.fashionos.ui.contact;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Locale;
import java.util.function.Consumer;

/** Asks for one tag to add to the selected contacts; the tag is validated in place before anything is written. */
class TagDialog extends Dialog {

    static final int MAX_LENGTH = 40;

    final TextField tag = new TextField("Tag");
    final Button apply = new Button("Add tag");

    private static final class Bean {
        String tag = "";
    }

    TagDialog(int selected, Consumer<String> onApply) {
        setHeaderTitle("Tag " + ContactBulkActions.contacts(selected));
        tag.setPlaceholder("e.g. trunk-show");
        tag.setHelperText("Letters, digits, spaces, - and _; stored in lower case");
        tag.setMaxLength(MAX_LENGTH);
        tag.setWidthFull();
        var binder = new Binder<Bean>();
        binder.forField(tag)
                .asRequired("Enter a tag")
                .withValidator(v -> v.strip().length() <= MAX_LENGTH, "At most " + MAX_LENGTH + " characters")
                .withValidator(
                        v -> v.strip().matches("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]*"),
                        "Use letters, digits, spaces, - or _ (starting with a letter or digit)")
                .bind(b -> b.tag, (b, v) -> b.tag = v);
        binder.readBean(new Bean());
        add(tag);
        apply.addThemeVariants(ButtonVariant.PRIMARY);
        apply.addClickShortcut(Key.ENTER);
        apply.addClickListener(event -> {
            var bean = new Bean();
            if (binder.writeBeanIfValid(bean)) {
                close();
                onApply.accept(bean.tag.strip().toLowerCase(Locale.ROOT));
            }
        });
        getFooter().add(new Button("Cancel", event -> close()), apply);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                tag.focus();
            }
        });
    }
}
