package com.fashionos.crm.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.testsupport.Withers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactFilterTest {

    @Test
    void each_with_method_sets_its_own_criterion_and_keeps_the_others() throws Exception {
        int checked = Withers.checkEach(ContactFilter.class, Map.of("withTags", List.of("tags", "tagMatch")));

        assertThat(checked).isEqualTo(11);
    }
}
