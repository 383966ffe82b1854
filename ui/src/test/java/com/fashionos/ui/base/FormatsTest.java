package com.fashionos.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.common.CountResult;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void counts_read_exact_estimated_or_at_least() {
        assertThat(Formats.count(CountResult.exact(1), "contact", "contacts")).isEqualTo("1 contact");
        assertThat(Formats.count(CountResult.exact(1234), "contact", "contacts"))
                .isEqualTo("1,234 contacts");
        assertThat(Formats.count(CountResult.estimate(1_234_567), "contact", "contacts"))
                .isEqualTo("~1.2M contacts");
        assertThat(Formats.count(CountResult.atLeast(10_000), "contact", "contacts"))
                .isEqualTo("10,000+ contacts");
    }
}
