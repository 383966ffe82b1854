package com.fashionos.ui.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.ui.activity.SeededViewTest;
import org.junit.jupiter.api.Test;

class ConversationsViewTest extends SeededViewTest {

    @Test
    void without_threads_the_hub_shows_an_empty_state_and_the_pulse_counts_nothing_unread() {
        ConversationsView view = navigate(ConversationsView.class);
        assertThat(view.count.getText()).isEqualTo("0 threads");
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.getElement().getTextRecursively()).contains("No conversations yet");

        CommsPulse pulse = $(CommsPulse.class).single();
        assertThat(pulse.email.getText()).isEqualTo("0");
        assertThat(pulse.whatsapp.getText()).isEqualTo("0");
    }
}
