package com.fashionos.activities.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.activities.ActivitiesTestBase;
import com.fashionos.crm.playbook.PlaybookService;
import com.fashionos.crm.playbook.StoredChunk;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RetrievalTest extends ActivitiesTestBase {

    @Autowired
    PlaybookRetriever retriever;

    @Autowired
    PlaybookActivitiesImpl playbookActivities;

    @Autowired
    PlaybookService playbooks;

    @Test
    void a_sponsor_query_ranks_the_sponsor_sop_first_with_real_embeddings() {
        List<RankedSection> found =
                asMaison(() -> retriever.retrieve("first message to a skincare sponsor partnerships lead", 3));

        assertThat(found).hasSize(3);
        assertThat(found.getFirst().playbookTitle()).isEqualTo("Sponsor Outreach SOP");
        assertThat(found.getFirst().heading()).isEqualTo("First message");
        assertThat(found.getFirst().cosine()).isGreaterThan(0.5);
        assertThat(found).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void reindexing_a_playbook_stores_one_embedded_section_per_heading() {
        UUID sop = asMaison(() -> playbooks.list().stream()
                .filter(p -> p.title().equals("Sponsor Outreach SOP"))
                .findFirst()
                .orElseThrow()
                .id());

        int sections = playbookActivities.reindex(maisonId(), sop);

        List<StoredChunk> chunks = asMaison(() -> playbooks.chunks(sop));
        assertThat(sections).isEqualTo(6);
        assertThat(chunks)
                .extracting(StoredChunk::heading)
                .containsExactly(
                        "Sponsor Outreach SOP",
                        "Qualify the sponsor",
                        "First message",
                        "Follow-up cadence",
                        "Proposal and pricing",
                        "After the show");
        assertThat(chunks).allSatisfy(c -> assertThat(c.embedding()).hasSize(384));
        assertThat(asMaison(() -> playbooks.find(sop).orElseThrow().indexedAt()))
                .isNotNull();
    }

    @Test
    void another_brand_retrieves_none_of_maison_aurelles_sections() {
        List<RankedSection> found = asNord(() -> retriever.retrieve("sponsor first message", 5));
        assertThat(found).noneMatch(s -> s.playbookTitle().equals("Sponsor Outreach SOP"));
    }
}
