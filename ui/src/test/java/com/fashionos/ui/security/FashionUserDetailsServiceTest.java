package com.fashionos.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.crm.user.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FashionUserDetailsServiceTest {

    @Test
    void user_starts_in_the_brand_where_their_role_is_highest() {
        var nord = new BrandRef(UUID.randomUUID(), "atelier-nord", "Atelier Nord", Role.MANAGER);
        var maison = new BrandRef(UUID.randomUUID(), "maison", "Maison Sable", Role.OWNER);

        assertThat(FashionUserDetailsService.initialBrand(List.of(nord, maison)))
                .isEqualTo(maison);
    }

    @Test
    void among_equal_roles_the_first_by_name_wins() {
        var b = new BrandRef(UUID.randomUUID(), "b", "Beta", Role.AGENT);
        var a = new BrandRef(UUID.randomUUID(), "a", "Alpha", Role.AGENT);

        assertThat(FashionUserDetailsService.initialBrand(List.of(b, a))).isEqualTo(a);
    }

    @Test
    void user_without_brands_has_no_initial_brand() {
        assertThat(FashionUserDetailsService.initialBrand(List.of())).isNull();
    }
}
