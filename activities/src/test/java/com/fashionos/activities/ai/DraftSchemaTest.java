package com.fashionos.activities.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DraftSchemaTest {

    @Test
    void a_complete_email_draft_parses() {
        DraftJson d = DraftSchema.parse("""
                {"channel":"EMAIL","subject":"Hello","body":"Dear Ana","language":"en","rationale":"r",
                 "sources":["SOP › First message"]}""");
        assertThat(d.subject()).isEqualTo("Hello");
        assertThat(d.sources()).containsExactly("SOP › First message");
    }

    @Test
    void json_in_a_markdown_fence_is_accepted() {
        DraftJson d = DraftSchema.parse("```json\n{\"channel\":\"WHATSAPP\",\"body\":\"Hi\",\"language\":\"en\","
                + "\"rationale\":\"r\",\"sources\":[]}\n```");
        assertThat(d.channel()).isEqualTo("WHATSAPP");
        assertThat(d.subject()).isNull();
    }

    @Test
    void malformed_output_is_refused_with_what_is_wrong() {
        assertThatThrownBy(() -> DraftSchema.parse("{\"channel\": \"EMAIL\", \"body\": "))
                .isInstanceOf(MalformedModelOutputException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> DraftSchema.parse("[1,2]")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> DraftSchema.parse("""
                        {"channel":"FAX","body":" ","language":"en","rationale":"r","sources":[1]}"""))
                .hasMessageContaining("'channel' must be EMAIL or WHATSAPP")
                .hasMessageContaining("'body' is blank")
                .hasMessageContaining("'sources' must hold strings");
        assertThatThrownBy(() -> DraftSchema.parse("""
                        {"channel":"EMAIL","body":"Hi","language":"en","rationale":"r","sources":[]}""")).hasMessageContaining("'subject' is required for EMAIL");
        assertThatThrownBy(() -> DraftSchema.parse("{\"channel\":\"EMAIL\"}"))
                .hasMessageContaining("missing 'body'")
                .hasMessageContaining("missing 'rationale'");
    }

    @Test
    void serialised_drafts_parse_back_to_the_same_draft() {
        DraftJson d = new DraftJson("EMAIL", "S", "B", "fr", "R", List.of("a", "b"));
        assertThat(DraftSchema.parse(DraftSchema.toJson(d))).isEqualTo(d);
    }
}
