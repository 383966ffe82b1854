package com.fashionos.crm.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.testsupport.Withers;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContactFormTest {

    @Test
    void each_with_method_sets_its_own_field_and_keeps_the_others() throws Exception {
        assertThat(Withers.checkEach(ContactForm.class, Map.of())).isEqualTo(8);
    }
}
