package com.fashionos.activities.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownChunkerTest {

    @Test
    void a_playbook_is_cut_at_its_second_and_third_level_headings() {
        List<MarkdownChunker.Section> sections = MarkdownChunker.chunk("""
                # Sponsor Outreach SOP

                How we approach partners.

                ## Qualify the sponsor
                Only skincare and fragrance.

                ## First message
                Email by name.

                ### Subject line
                Short and specific.

                ```
                ## not a heading inside a fence
                ```
                ## Empty

                ## Follow-up
                After five days.
                """);
        assertThat(sections)
                .extracting(MarkdownChunker.Section::heading)
                .containsExactly(
                        "Sponsor Outreach SOP",
                        "Qualify the sponsor",
                        "First message",
                        "First message › Subject line",
                        "Follow-up");
        assertThat(sections.get(3).content()).contains("Short and specific.", "## not a heading inside a fence");
        assertThat(sections.get(1).content()).isEqualTo("Only skincare and fragrance.");
    }

    @Test
    void text_without_headings_is_one_section() {
        assertThat(MarkdownChunker.chunk("Just a note."))
                .containsExactly(new MarkdownChunker.Section("Introduction", "Just a note."));
    }
}
