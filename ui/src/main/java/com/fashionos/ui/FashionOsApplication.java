package com.fashionos.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The FashionOS CRM web application: the Vaadin triptych UI, sign-in and health endpoints. The CRM module and (at
 * run time) the worker module bring their own auto-configuration; this class scans only {@code com.fashionos.ui}.
 */
@SpringBootApplication
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class FashionOsApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(FashionOsApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("theme-color", "#111111");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
