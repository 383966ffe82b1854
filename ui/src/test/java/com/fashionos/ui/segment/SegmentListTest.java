package com.fashionos.ui.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.segment.SegmentService;
import com.fashionos.ui.activity.SeededViewTest;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SegmentListTest extends SeededViewTest {

    @Autowired
    SegmentService segments;

    @Autowired
    ContactService contacts;

    @Test
    void the_sidebar_lists_the_blueprint_segments_with_their_counts_and_links_to_the_filtered_list() {
        navigate("crm", com.vaadin.flow.component.Component.class);
        SegmentList list = $(SegmentList.class).single();

        var names = find(Anchor.class, list).all().stream()
                .map(a -> a.getElement().getTextRecursively())
                .toList();
        assertThat(String.join("|", names)).contains("VIP Buyers", "Milan Media", "Beauty Sponsors", "Luxury Vendors");

        asMaison(() -> {
            for (var segment : segments.list()) {
                long expected = contacts.count(segment.filter()).value();
                assertThat(list.counts.get(segment.id()).getText())
                        .as(segment.name())
                        .isEqualTo(Long.toString(expected));
            }
            return null;
        });
        var vip = asMaison(() -> segments.list().stream()
                .filter(s -> s.name().equals("VIP Buyers"))
                .findFirst()
                .orElseThrow());
        assertThat(find(Anchor.class, list).all())
                .anySatisfy(a -> assertThat(a.getHref()).isEqualTo("crm/contacts?segment=" + vip.id()));
    }
}
