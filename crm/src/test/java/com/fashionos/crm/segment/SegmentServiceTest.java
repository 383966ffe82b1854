package com.fashionos.crm.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fashionos.crm.common.Page;
import com.fashionos.crm.common.ValidationException;
import com.fashionos.crm.contact.ContactFilter;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.contact.SentimentBand;
import com.fashionos.crm.testsupport.SeededCrmTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SegmentServiceTest extends SeededCrmTest {

    @Autowired
    SegmentService segments;

    @Autowired
    ContactService contacts;

    @Test
    void the_four_blueprint_segments_have_counts_that_match_their_contacts() {
        var list = asMaison(() -> segments.listWithCounts());
        assertThat(list)
                .extracting(s -> s.segment().name())
                .startsWith("VIP Buyers", "Milan Media", "Beauty Sponsors", "Luxury Vendors");
        for (var s : list.subList(0, 4)) {
            assertThat(s.segment().system()).isTrue();
            assertThat(s.count().estimated()).isFalse();
            assertThat(s.count().value()).as(s.segment().name()).isPositive();
            var rows =
                    asMaison(() -> contacts.page(segments.filterOf(s.segment().id()), Page.first(500)));
            assertThat(rows).hasSize((int) s.count().value());
        }
    }

    @Test
    void user_segments_can_be_created_renamed_and_deleted_but_system_ones_cannot() {
        var filter = ContactFilter.all().withSentiment(SentimentBand.POSITIVE).withRole("editor");
        var created = asMaison(() -> segments.create("Warm editors", "for the show", filter, false));
        assertThat(created.filter()).isEqualTo(filter);
        assertThat(created.ownerId()).isEqualTo(owner().id());
        assertThatThrownBy(() -> asMaison(() -> segments.create("Warm editors", null, filter, true)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("already exists");
        assertThat(asMaison(() -> segments.rename(created.id(), "Warm press")).name())
                .isEqualTo("Warm press");
        asMaison(() -> {
            segments.delete(created.id());
            return null;
        });
        assertThat(asMaison(() -> segments.list())).extracting(Segment::name).doesNotContain("Warm press");

        var vip = asMaison(() -> segments.list()).getFirst();
        assertThatThrownBy(() -> asMaison(() -> segments.rename(vip.id(), "X")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("built-in");
    }

    @Test
    void atelier_nord_sees_no_maison_segments() {
        assertThat(asNord(() -> segments.list())).isEmpty();
    }
}
