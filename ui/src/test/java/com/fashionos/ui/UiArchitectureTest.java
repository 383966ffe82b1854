package com.fashionos.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The UI talks to feature services and workflow interfaces only: never to the worker or activity internals. */
class UiArchitectureTest {

    static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.fashionos.ui");

    @Test
    void ui_code_never_uses_the_worker_or_activities() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.fashionos.worker..", "com.fashionos.activities..")
                .check(UI);
    }

    @Test
    void views_do_not_reach_into_jdbc_or_repositories() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.fashionos.ui.security..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "org.springframework.data..", "java.sql..")
                .check(UI);
    }
}
