package com.fashionos.workflows.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageHashTest {

    // Expected values computed by PostgreSQL with the expression of message_body_hash (V003).
    @Test
    void hash_matches_the_database_function_for_an_email() {
        assertThat(MessageHash.of("Desert Noir × Lumière", "Chère Amélie,\nÀ bientôt — Maison"))
                .isEqualTo("b3a58da032a68e030c495022b7eda1a1a5da30b44beac9f1bb7e3512db0a767a");
    }

    @Test
    void a_missing_subject_hashes_as_empty_like_the_database() {
        assertThat(MessageHash.of(null, "Ciao!"))
                .isEqualTo("ed11f360ac314b72680273d62ab709caa9e136d086c925dc68f3fffc9f043b52")
                .isEqualTo(MessageHash.of("", "Ciao!"));
    }

    @Test
    void any_change_to_the_text_changes_the_hash() {
        assertThat(MessageHash.of("Subject", "Body")).isNotEqualTo(MessageHash.of("Subject", "Body "));
        assertThat(MessageHash.of("Subject", "Body")).isNotEqualTo(MessageHash.of("Subjec", "tBody"));
    }
}
