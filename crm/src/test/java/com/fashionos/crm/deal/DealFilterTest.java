package com.fashionos.crm.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.testsupport.Withers;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DealFilterTest {

    @Test
    void each_with_method_sets_its_own_criterion_and_keeps_the_others() throws Exception {
        assertThat(Withers.checkEach(DealFilter.class, Map.of())).isEqualTo(8);
    }
}
