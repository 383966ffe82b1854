package com.fashionos.workflows.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The workflows module holds deterministic code only (ARCHITECTURE.md): no Spring, JDBC, Vaadin, HTTP, no module of
 * ours that does I/O, no clock, no sleep, no randomness, no slf4j logger of its own. Workflow code uses {@code
 * Workflow.currentTimeMillis}, {@code Workflow.sleep}/{@code await}, {@code Workflow.randomUUID}, {@code
 * Workflow.newRandom} and {@code Workflow.getLogger} instead.
 */
class WorkflowDeterminismTest {

    private static final String WORKFLOWS = "com.fashionos.workflows..";

    static final ArchRule NO_IO_FRAMEWORKS = noClasses()
            .that()
            .resideInAPackage(WORKFLOWS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "java.sql..",
                    "javax.sql..",
                    "com.vaadin..",
                    "java.net.http..",
                    "org.apache.http..",
                    "org.apache.hc..",
                    "okhttp3..",
                    "com.fashionos.crm..",
                    "com.fashionos.activities..")
            .because("workflow code must replay deterministically; I/O belongs in activities");

    static final ArchRule NO_CLOCKS = noClasses()
            .that()
            .resideInAPackage(WORKFLOWS)
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalTime.class, "now")
            .orShould()
            .callMethod(OffsetDateTime.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(Clock.class)
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(System.class, "nanoTime")
            .because("workflow time is Workflow.currentTimeMillis()");

    static final ArchRule NO_SLEEP_OR_RANDOMNESS = noClasses()
            .that()
            .resideInAPackage(WORKFLOWS)
            .should()
            .callMethod(Thread.class, "sleep", long.class)
            .orShould()
            .callMethod(Thread.class, "sleep", java.time.Duration.class)
            .orShould()
            .callMethod(UUID.class, "randomUUID")
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(Random.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(SecureRandom.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(ThreadLocalRandom.class)
            .orShould()
            .callMethod(Math.class, "random")
            .because("workflow code waits with Workflow.sleep/await and draws with Workflow.randomUUID/newRandom");

    static final ArchRule NO_OWN_LOGGERS = noClasses()
            .that()
            .resideInAPackage(WORKFLOWS)
            .should()
            .callMethod(org.slf4j.LoggerFactory.class, "getLogger", Class.class)
            .orShould()
            .callMethod(org.slf4j.LoggerFactory.class, "getLogger", String.class)
            .because("Workflow.getLogger does not log again during replay");

    static final ArchRule DETERMINISM = CompositeArchRule.of(NO_IO_FRAMEWORKS)
            .and(NO_CLOCKS)
            .and(NO_SLEEP_OR_RANDOMNESS)
            .and(NO_OWN_LOGGERS);

    @Test
    void workflow_code_is_deterministic() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.fashionos.workflows");

        DETERMINISM.check(main);
    }

    @Test
    void the_rules_catch_io_clocks_sleep_randomness_and_own_loggers() {
        assertFails(NO_IO_FRAMEWORKS, ForbiddenWorkflowCode.UsesJdbc.class);
        assertFails(NO_IO_FRAMEWORKS, ForbiddenWorkflowCode.UsesHttp.class);
        assertFails(NO_CLOCKS, ForbiddenWorkflowCode.ReadsInstant.class);
        assertFails(NO_CLOCKS, ForbiddenWorkflowCode.ReadsLocalDateTime.class);
        assertFails(NO_CLOCKS, ForbiddenWorkflowCode.ReadsClock.class);
        assertFails(NO_CLOCKS, ForbiddenWorkflowCode.ReadsSystemTime.class);
        assertFails(NO_SLEEP_OR_RANDOMNESS, ForbiddenWorkflowCode.Sleeps.class);
        assertFails(NO_SLEEP_OR_RANDOMNESS, ForbiddenWorkflowCode.RandomUuid.class);
        assertFails(NO_SLEEP_OR_RANDOMNESS, ForbiddenWorkflowCode.NewRandom.class);
        assertFails(NO_OWN_LOGGERS, ForbiddenWorkflowCode.OwnLogger.class);
    }

    private static void assertFails(ArchRule rule, Class<?> offender) {
        JavaClasses offending = new ClassFileImporter().importClasses(offender);
        assertThatThrownBy(() -> rule.check(offending))
                .as("%s should be caught", offender.getSimpleName())
                .isInstanceOf(AssertionError.class);
    }
}
