package com.fashionos.worker;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The two start-up decisions, read with relaxed binding (so environment variables count). */
final class TemporalConditions {

    private TemporalConditions() {}

    static boolean targetBlank(Environment environment) {
        return TemporalProperties.isBlank(Binder.get(environment)
                .bind(TemporalProperties.TARGET_PROPERTY, String.class)
                .orElse(null));
    }

    static boolean inProcessWorker(Environment environment) {
        return Binder.get(environment)
                .bind(WorkerProperties.IN_PROCESS_PROPERTY, Boolean.class)
                .orElseGet(() -> targetBlank(environment));
    }

    /** Matches when no {@code fashionos.temporal.target} is set: the embedded server runs. */
    static final class OnEmbeddedServer extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return targetBlank(context.getEnvironment())
                    ? ConditionOutcome.match("no " + TemporalProperties.TARGET_PROPERTY + ": embedded server")
                    : ConditionOutcome.noMatch(TemporalProperties.TARGET_PROPERTY + " is set");
        }
    }

    /** Matches when {@code fashionos.temporal.target} is set: connect there. */
    static final class OnExternalTarget extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return targetBlank(context.getEnvironment())
                    ? ConditionOutcome.noMatch("no " + TemporalProperties.TARGET_PROPERTY)
                    : ConditionOutcome.match(TemporalProperties.TARGET_PROPERTY + " is set");
        }
    }

    /** Matches when this JVM runs a worker: {@code fashionos.worker.in-process}, else when the target is blank. */
    static final class OnInProcessWorker extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return inProcessWorker(context.getEnvironment())
                    ? ConditionOutcome.match("in-process worker on")
                    : ConditionOutcome.noMatch("in-process worker off");
        }
    }
}
