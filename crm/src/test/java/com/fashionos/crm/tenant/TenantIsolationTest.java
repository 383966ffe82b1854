package com.fashionos.crm.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.testsupport.FreshDatabaseInitializer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Invariant 2: forced row-level security isolates brands even from queries that forget the brand filter. */
@SpringBootTest(classes = TenantIsolationTest.App.class, properties = "fashionos.db.pool-size=2")
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class TenantIsolationTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {}

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    BrandService brands;

    JdbcClient jdbc;
    TransactionTemplate tx;
    UUID zephyr;
    UUID atelier;

    @BeforeEach
    void seedTwoBrands() {
        jdbc = JdbcClient.create(dataSource);
        tx = new TransactionTemplate(transactionManager);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        zephyr = brands.create("zephyr-" + suffix, "Zephyr", null).id();
        atelier = brands.create("atelier-" + suffix, "Atelier", null).id();
        insertAccounts(zephyr, 3);
        insertAccounts(atelier, 2);
    }

    private void insertAccounts(UUID brand, int count) {
        TenantContext.runAs(
                brand,
                () -> tx.executeWithoutResult(status -> {
                    for (int i = 0; i < count; i++) {
                        jdbc.sql("insert into accounts (name, type) values (?, 'SPONSOR')")
                                .param("Account " + i)
                                .update();
                    }
                }));
    }

    private long countAccounts() {
        return tx.execute(status ->
                jdbc.sql("select count(*) from accounts").query(Long.class).single());
    }

    @Test
    void query_without_brand_filter_sees_only_current_brand() {
        assertThat(TenantContext.callAs(zephyr, this::countAccounts)).isEqualTo(3);
        assertThat(TenantContext.callAs(atelier, this::countAccounts)).isEqualTo(2);
        List<UUID> seen = TenantContext.callAs(
                zephyr,
                () -> tx.execute(status -> jdbc.sql("select distinct brand_id from accounts")
                        .query(UUID.class)
                        .list()));
        assertThat(seen).containsExactly(zephyr);
    }

    @Test
    void writing_a_row_of_another_brand_is_refused() {
        assertThatThrownBy(() -> TenantContext.runAs(
                        zephyr,
                        () -> tx.executeWithoutResult(status -> jdbc.sql(
                                        "insert into accounts (brand_id, name, type) values (?, 'Intruder', 'BUYER')")
                                .param(atelier)
                                .update())))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("violates row-level security policy");

        assertThatThrownBy(() -> TenantContext.runAs(
                        zephyr,
                        () -> tx.executeWithoutResult(status -> jdbc.sql("update accounts set brand_id = ?")
                                .param(atelier)
                                .update())))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("violates row-level security policy");

        int touched = TenantContext.callAs(
                zephyr,
                () -> tx.execute(status -> jdbc.sql("update accounts set name = 'Hijacked' where brand_id = ?")
                        .param(atelier)
                        .update()));
        assertThat(touched).isZero();
        assertThat(TenantContext.callAs(atelier, this::countAccounts)).isEqualTo(2);
        assertThat(TenantContext.callAs(zephyr, this::countAccounts)).isEqualTo(3);
    }

    @Test
    void without_a_brand_nothing_is_visible() {
        assertThat(countAccounts()).isZero();
        assertThat(jdbc.sql("select count(*) from accounts").query(Long.class).single())
                .as("outside any transaction")
                .isZero();
        Long brandsVisible = tx.execute(status ->
                jdbc.sql("select count(*) from brands").query(Long.class).single());
        assertThat(brandsVisible).isZero();
    }

    @Test
    void two_brands_in_parallel_never_see_each_others_rows() throws Exception {
        int iterations = 200;
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<List<String>>> results = new ArrayList<>();
            for (UUID brand : List.of(zephyr, atelier)) {
                long expected = brand.equals(zephyr) ? 3 : 2;
                Callable<List<String>> work = () -> {
                    List<String> violations = new ArrayList<>();
                    for (int i = 0; i < iterations; i++) {
                        List<UUID> seen = TenantContext.callAs(
                                brand,
                                () -> tx.execute(status -> jdbc.sql("select brand_id from accounts")
                                        .query(UUID.class)
                                        .list()));
                        if (seen.size() != expected || seen.stream().anyMatch(id -> !id.equals(brand))) {
                            violations.add("iteration " + i + " of " + brand + " saw " + seen);
                        }
                    }
                    return violations;
                };
                results.add(pool.submit(work));
            }
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isEmpty();
            }
        }
    }

    @Test
    void brand_setting_does_not_leak_to_the_next_transaction_on_the_same_connection() {
        record Seen(int pid, String setting, long accounts) {}
        String query = "select pg_backend_pid(), coalesce(current_setting('app.brand_id', true), ''),"
                + " (select count(*) from accounts)";
        var small = new TransactionTemplate(transactionManager);
        // a pool of two: repeat until both transactions ran on the same backend
        for (int attempt = 0; attempt < 20; attempt++) {
            Seen first = TenantContext.callAs(
                    zephyr,
                    () -> small.execute(status -> jdbc.sql(query)
                            .query((rs, row) -> new Seen(rs.getInt(1), rs.getString(2), rs.getLong(3)))
                            .single()));
            Seen next = small.execute(status -> jdbc.sql(query)
                    .query((rs, row) -> new Seen(rs.getInt(1), rs.getString(2), rs.getLong(3)))
                    .single());
            assertThat(first.setting()).isEqualTo(zephyr.toString());
            assertThat(first.accounts()).isEqualTo(3);
            assertThat(next.setting()).isEmpty();
            assertThat(next.accounts()).isZero();
            if (first.pid() == next.pid()) {
                return;
            }
        }
        throw new AssertionError("never got the same pooled connection twice");
    }
}
