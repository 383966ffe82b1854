package com.fashionos.bench.support;

import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The CRM as the UI uses it (its services, the tenant-aware transaction manager, the application role's pool), with
 * no web server and no demo data, and the pool wrapped by {@link SqlCapture}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BenchApplication {

    @Bean
    static BeanPostProcessor sqlCaptureDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds && name.equals("dataSource") ? SqlCapture.wrap(ds) : bean;
            }
        };
    }

    /**
     * Starts the context on the database given by {@code db} (keys {@code url}, {@code username},
     * {@code password}, {@code app-username}, {@code app-password}, {@code pool-size}; absent keys fall back to
     * the usual {@code fashionos.db.*} configuration and {@code FASHIONOS_DB_*} environment variables).
     */
    public static ConfigurableApplicationContext start(Map<String, String> db) {
        var props = new HashMap<String, Object>();
        props.put("spring.main.banner-mode", "off");
        props.put("logging.level.root", "WARN");
        props.put("logging.level.com.fashionos", "WARN");
        props.put("fashionos.db.pool-size", "4");
        var args = new java.util.ArrayList<String>();
        args.add("--fashionos.demo.enabled=false");
        db.forEach((k, v) -> args.add("--fashionos.db." + k + "=" + v));
        var app = new SpringApplication(BenchApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(props);
        app.setLogStartupInfo(false);
        return app.run(args.toArray(String[]::new));
    }
}
