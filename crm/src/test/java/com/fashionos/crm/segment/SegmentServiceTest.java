package com.fashionos.crm.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fashionos.crm.common.Page;
import com.fashionos.crm.common.ValidationException;
import com.fashionos.crm.contact.ContactFilter;
import com.fashionos.crm.contact.ContactService;
import com.fashionos.crm.contact.SentimentBand;
import com.fashionos.crm.testsupport.SeededCrmTest;
import java.util.Set;
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

    @Test
    void contacts_added_by_hand_belong_to_the_segment_besides_its_criteria() {
        var criteria = ContactFilter.all().withSentiment(SentimentBand.POSITIVE);
        var segment = asMaison(() -> segments.create("Warm plus picks", null, criteria, true));
        var matching = ids(criteria);
        var outsider = asMaison(
                        () -> contacts.page(ContactFilter.all().withSentiment(SentimentBand.NEGATIVE), Page.first(1)))
                .getFirst();
        try {
            assertThat(count(segment)).isEqualTo(matching.size());

            assertThat(asMaison(() -> segments.addMembers(segment.id(), Set.of(outsider.id()))))
                    .isEqualTo(1);
            assertThat(asMaison(() -> segments.addMembers(segment.id(), Set.of(outsider.id()))))
                    .as("already a member")
                    .isZero();

            assertThat(count(segment)).isEqualTo(matching.size() + 1);
            assertThat(ids(asMaison(() -> segments.filterOf(segment.id()))))
                    .containsAll(matching)
                    .contains(outsider.id())
                    .hasSize(matching.size() + 1);
            assertThat(asMaison(() -> segments.listWithCounts()).stream()
                            .filter(sc -> sc.segment().id().equals(segment.id()))
                            .findFirst()
                            .orElseThrow()
                            .count()
                            .value())
                    .isEqualTo(matching.size() + 1);
            // the free text still narrows the hand-added members too
            assertThat(ids(asMaison(() -> segments.filterOf(segment.id())).withText("zzz-nobody")))
                    .isEmpty();

            assertThat(asMaison(() -> segments.removeMembers(segment.id(), Set.of(outsider.id()))))
                    .isEqualTo(1);
            assertThat(count(segment)).isEqualTo(matching.size());
        } finally {
            asMaison(() -> {
                segments.delete(segment.id());
                return null;
            });
        }
    }

    @Test
    void a_segment_saved_without_criteria_is_a_hand_picked_list() {
        var picked = asMaison(() -> segments.create("Front row", "hand-picked", ContactFilter.all(), true));
        try {
            assertThat(count(picked)).isZero();
            var two = asMaison(() -> contacts.page(ContactFilter.all(), Page.first(2))).stream()
                    .map(r -> r.id())
                    .collect(java.util.stream.Collectors.toSet());
            asMaison(() -> segments.addMembers(picked.id(), two));
            assertThat(ids(asMaison(() -> segments.filterOf(picked.id())))).containsExactlyInAnyOrderElementsOf(two);
            assertThat(asNord(() -> contacts.count(ContactFilter.all().withIncludeMembersOf(picked.id()))
                            .value()))
                    .as("row-level security hides the Maison's members from Atelier Nord")
                    .isZero();
        } finally {
            asMaison(() -> {
                segments.delete(picked.id());
                return null;
            });
        }
    }

    @Test
    void nobody_adds_contacts_to_another_users_private_segment() {
        var mine = asMaison(() -> segments.create("Only mine", null, ContactFilter.all(), false));
        try {
            var someone = asMaison(() -> contacts.page(ContactFilter.all(), Page.first(1)))
                    .getFirst()
                    .id();
            var manager = users.findByEmail("manager@fashionos.demo").orElseThrow();
            assertThatThrownBy(() -> com.fashionos.crm.tenant.TenantContext.callAs(
                            maisonId(), manager.id(), () -> segments.addMembers(mine.id(), Set.of(someone))))
                    .isInstanceOf(java.util.NoSuchElementException.class);
            assertThatThrownBy(() -> com.fashionos.crm.tenant.TenantContext.callAs(
                            maisonId(), manager.id(), () -> segments.get(mine.id())))
                    .as("another user's private segment cannot be opened by id either")
                    .isInstanceOf(java.util.NoSuchElementException.class);
            assertThat(asMaison(() -> segments.get(mine.id())).name()).isEqualTo("Only mine");
        } finally {
            asMaison(() -> {
                segments.delete(mine.id());
                return null;
            });
        }
    }

    private long count(Segment segment) {
        return asMaison(() -> contacts.count(segment.scope())).value();
    }

    private java.util.List<java.util.UUID> ids(ContactFilter filter) {
        return asMaison(() -> contacts.page(filter, Page.first(500))).stream()
                .map(r -> r.id())
                .toList();
    }
}
