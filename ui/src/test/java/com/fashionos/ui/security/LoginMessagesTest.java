package com.fashionos.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginMessagesTest {

    @Test
    void lock_message_counts_seconds_rounding_up() {
        assertThat(LoginMessages.locked(Duration.ofMillis(41_200)))
                .isEqualTo("Too many failed attempts. Try again in 42 seconds.");
        assertThat(LoginMessages.locked(Duration.ofMillis(300)))
                .isEqualTo("Too many failed attempts. Try again in 1 second.");
    }

    @Test
    void long_locks_are_counted_in_minutes() {
        assertThat(LoginMessages.locked(Duration.ofMinutes(4).plusSeconds(10)))
                .isEqualTo("Too many failed attempts. Try again in 5 minutes.");
    }
}
