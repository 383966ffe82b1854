package com.fashionos.crm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueRulesTest {

    @Test
    void phone_numbers_are_normalised_to_e164_with_the_default_region() {
        assertThat(PhoneNumbers.toE164("06 12 34 56 78", "FR")).contains("+33612345678");
        assertThat(PhoneNumbers.toE164("+39 312 345 6789", "FR")).contains("+393123456789");
        assertThat(PhoneNumbers.toE164("  ", "FR")).isEmpty();
    }

    @Test
    void a_bad_phone_number_gets_a_clear_message() {
        assertThatThrownBy(() -> PhoneNumbers.toE164("12ab", "FR"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("\"12ab\" is not a valid phone number");
    }

    @Test
    void emails_are_trimmed_and_lower_cased_and_bad_ones_rejected() {
        assertThat(Emails.normalize("  Ines.Marchetti@Lumiere-Skin.EXAMPLE "))
                .contains("ines.marchetti@lumiere-skin.example");
        assertThat(Emails.normalize(null)).isEmpty();
        assertThatThrownBy(() -> Emails.normalize("ines@@lumiere"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("is not a valid email address")
                .extracting(e -> ((ValidationException) e).field())
                .isEqualTo("email");
        assertThat(Emails.isValid("a..b@x.com")).isFalse();
    }

    @Test
    void sort_properties_outside_the_whitelist_are_rejected_and_known_ones_get_a_tie_breaker() {
        var columns = Map.of("name", SqlSort.Direction.of("lower(c.name)"));
        assertThat(SqlSort.orderBy(Page.of(0, 10, SortOrder.desc("name")), columns, "x", "c.id ASC"))
                .isEqualTo("lower(c.name) DESC, c.id ASC");
        assertThatThrownBy(() -> SqlSort.orderBy(
                        Page.of(0, 10, SortOrder.asc("name; drop table contacts")), columns, "x", "c.id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot sort by");
    }

    @Test
    void pages_have_sane_bounds() {
        assertThatThrownBy(() -> Page.of(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Page.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Page.first(50).next().offset()).isEqualTo(50);
    }
}
