package com.fashionos.crm.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.testsupport.Withers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DealFormTest {

    @Test
    void each_with_method_sets_its_own_field_and_keeps_the_others() throws Exception {
        int checked =
                Withers.checkEach(DealForm.class, Map.of("withValueForecast", List.of("valueForecast", "currency")));

        assertThat(checked).isEqualTo(6);
    }
}
