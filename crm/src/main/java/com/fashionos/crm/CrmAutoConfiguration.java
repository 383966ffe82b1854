package com.fashionos.crm;

import com.fashionos.crm.database.DatabaseConfiguration;
import com.fashionos.crm.tenant.AmbientTenant;
import com.fashionos.crm.tenant.TenantTransactionManager;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * Brings the CRM into any Spring Boot application that has this module on its class path: its services, its
 * repositories (through Boot's Spring Data JDBC support), its configuration properties and the tenant-aware
 * transaction manager.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.data.jdbc.autoconfigure.DataJdbcRepositoriesAutoConfiguration"
        })
@AutoConfigurationPackage(basePackages = "com.fashionos.crm")
// the same filters as @SpringBootApplication: test-only configurations (nested in tests, @TestConfiguration) stay out
@ComponentScan(
        basePackages = "com.fashionos.crm",
        excludeFilters = {
            @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)
        })
@Import(DatabaseConfiguration.class)
@ConfigurationPropertiesScan("com.fashionos.crm")
public class CrmAutoConfiguration {

    @Bean
    TenantTransactionManager transactionManager(DataSource dataSource, ObjectProvider<AmbientTenant> ambient) {
        return new TenantTransactionManager(dataSource, ambient);
    }
}
