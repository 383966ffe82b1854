package com.fashionos.crm.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fashionos.crm.brand.Brand;
import com.fashionos.crm.brand.BrandService;
import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.crm.testsupport.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Whole-application start-up: the embedded database keeps its data, a bad database fails in one clear line. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartupTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {}

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(App.class)
                .web(WebApplicationType.NONE)
                .properties(properties)
                .run();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void embedded_database_keeps_its_data_across_restarts(@TempDir Path dataDir) throws IOException {
        String[] properties = {
            "fashionos.db.url=", "fashionos.db.data-dir=" + dataDir, "fashionos.db.embedded-port=" + freePort()
        };
        Brand created;
        try (var context = start(properties)) {
            assertThat(context.getBean(DatabaseStatus.class).embedded()).isTrue();
            assertThat(context.getBean(DatabaseStatus.class).appUsername()).isEqualTo("fashionos_app");
            // Every pooled connection plans with the statement's values (see DatabaseConfiguration).
            assertThat(org.springframework.jdbc.core.simple.JdbcClient.create(
                                    context.getBean(javax.sql.DataSource.class))
                            .sql("SHOW plan_cache_mode")
                            .query(String.class)
                            .single())
                    .isEqualTo("force_custom_plan");
            created = context.getBean(BrandService.class).create("persisted", "Persisted Maison", null);
        }
        assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();

        try (var context = start(properties)) {
            BrandService brands = context.getBean(BrandService.class);
            assertThat(brands.anyBrandExists()).isTrue();
            assertThat(TenantContext.callAs(created.id(), brands::current)).contains(created);
            assertThat(context.getBean(DatabaseStatus.class).schemaVersion())
                    .isEqualTo(TestDatabase.latestMigrationVersion());
        }
    }

    @Test
    void unreachable_database_fails_start_up_with_one_line_and_no_stack_trace(CapturedOutput output) {
        assertThatThrownBy(() -> start("fashionos.db.url=jdbc:postgresql://127.0.0.1:5999/fashionos"))
                .hasRootCauseInstanceOf(java.net.ConnectException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("Cannot reach PostgreSQL at 127.0.0.1:5999 (FASHIONOS_DB_URL): connection refused.")
                .contains("Start PostgreSQL. Or unset FASHIONOS_DB_URL to use the embedded database.")
                .doesNotContain("\tat org.postgresql");
    }
}
