package com.fashionos.ui;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module map of ARCHITECTURE.md as executable rules, checked over the production classes of every module (the ui
 * test class path holds them all). The workflows module keeps its own, finer determinism test; these rules are about
 * which module may see which.
 */
class ArchitectureTest {

    private static final String OURS = "com.fashionos..";
    private static final String CRM = "com.fashionos.crm..";
    private static final String WORKFLOWS = "com.fashionos.workflows..";
    private static final String ACTIVITIES = "com.fashionos.activities..";
    private static final String WORKER = "com.fashionos.worker..";
    private static final String UI = "com.fashionos.ui..";

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // other modules' test jars (crm's test support) are test code too
                .withImportOption(location -> !location.matches(Pattern.compile(".*-tests\\.jar.*")))
                .importPackages("com.fashionos");
    }

    @Test
    void the_rules_see_the_modules_they_guard() {
        // Guards against a vacuous pass: an empty import satisfies every "no classes should" rule.
        assertThat(classes.stream().map(c -> c.getPackageName()))
                .anyMatch(p -> p.startsWith("com.fashionos.crm"))
                .anyMatch(p -> p.startsWith("com.fashionos.workflows"));
        assertThat(classes.stream()).noneMatch(c -> c.getName().endsWith("ArchitectureTest"));
    }

    @Test
    void crm_depends_on_no_other_module_of_ours() {
        noClasses()
                .that()
                .resideInAPackage(CRM)
                .should()
                .dependOnClassesThat(resideInAPackage(OURS).and(resideOutsideOfPackage(CRM)))
                .because("crm is the foundation every other module builds on")
                .check(classes);
    }

    @Test
    void workflows_depend_on_no_other_module_of_ours() {
        noClasses()
                .that()
                .resideInAPackage(WORKFLOWS)
                .should()
                .dependOnClassesThat(resideInAPackage(OURS).and(resideOutsideOfPackage(WORKFLOWS)))
                .because("workflow code is replayed by Temporal and must stay free of the I/O modules")
                .check(classes);
    }

    @Test
    void workflows_use_no_spring_jdbc_vaadin_or_http_client() {
        noClasses()
                .that()
                .resideInAPackage(WORKFLOWS)
                .should()
                .dependOnClassesThat(resideInAnyPackage(
                        "org.springframework..",
                        "java.sql..",
                        "javax.sql..",
                        "org.postgresql..",
                        "org.flywaydb..",
                        "com.vaadin..",
                        "jakarta.servlet..",
                        "java.net.http..",
                        "org.apache.http..",
                        "org.apache.hc..",
                        "okhttp3..",
                        "com.google.genai..",
                        "com.sendgrid..",
                        "com.twilio.."))
                .because("I/O belongs in activities; workflows only orchestrate them deterministically")
                .check(classes);
    }

    @Test
    void activities_use_only_crm_and_workflows() {
        noClasses()
                .that()
                .resideInAPackage(ACTIVITIES)
                .should()
                .dependOnClassesThat(resideInAPackage(OURS).and(resideOutsideOfPackages(ACTIVITIES, CRM, WORKFLOWS)))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void ui_never_reaches_into_activities_or_the_worker() {
        noClasses()
                .that()
                .resideInAPackage(UI)
                .should()
                .dependOnClassesThat(resideInAnyPackage(ACTIVITIES, WORKER))
                .because("the ui starts workflows and sends decisions; the worker runs them, in-process or not")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void worker_never_depends_on_the_ui() {
        noClasses()
                .that()
                .resideInAPackage(WORKER)
                .should()
                .dependOnClassesThat(resideInAPackage(UI))
                .because("the worker runs as its own process without the web app")
                .allowEmptyShould(true)
                .check(classes);
    }
}
