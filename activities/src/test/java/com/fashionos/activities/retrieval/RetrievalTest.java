package com.fashionos.activities.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fashionos.activities.ActivitiesTestBase;
import com.fashionos.crm.playbook.NewPlaybook;
import com.fashionos.crm.playbook.PlaybookKind;
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

    @Autowired
    LocalEmbeddings embeddings;

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

    @Test
    void remembered_sections_give_way_to_an_edited_reindexed_or_switched_off_playbook() {
        String query = "velvet rope etiquette for the Milan runway";
        UUID id = asMaison(() -> playbooks
                .create(new NewPlaybook(
                        PlaybookKind.SOP,
                        "Runway Guest SOP",
                        "1.0",
                        "# Runway Guest SOP\n\n## Seating\nFront row for buyers.\n",
                        "{}",
                        null))
                .id());
        try {
            // indexed on first use, then remembered; k = 100 returns every active section
            assertThat(asMaison(() -> retriever.retrieve(query, 100)))
                    .extracting(RankedSection::heading)
                    .contains("Seating")
                    .doesNotContain("Velvet rope etiquette");

            asMaison(() -> playbooks.update(
                    id,
                    "Runway Guest SOP",
                    "1.1",
                    "# Runway Guest SOP\n\n## Velvet rope etiquette\nGreet every guest at the Milan runway by name.\n",
                    "{}"));
            List<RankedSection> edited = asMaison(() -> retriever.retrieve(query, 100));
            assertThat(edited.getFirst().heading()).isEqualTo("Velvet rope etiquette");
            assertThat(edited).extracting(RankedSection::heading).doesNotContain("Seating");

            asMaison(() -> {
                playbooks.setActive(id, false);
                return null;
            });
            assertThat(asMaison(() -> retriever.retrieve(query, 100)))
                    .noneMatch(s -> s.playbookTitle().equals("Runway Guest SOP"));
        } finally {
            asMaison(() -> {
                playbooks.delete(id);
                return null;
            });
        }
        assertThat(asMaison(() -> retriever.retrieve(query, 100)))
                .noneMatch(s -> s.playbookTitle().equals("Runway Guest SOP"));
    }

    @Test
    void a_remembered_query_embedding_is_the_one_the_model_computes() {
        LocalEmbeddings fresh = new LocalEmbeddings();
        float[] first = embeddings.query("outreach sponsor pitch Head of Partnerships");
        float[] again = embeddings.query("outreach sponsor pitch Head of Partnerships");
        float[] computed = fresh.query("outreach sponsor pitch Head of Partnerships");

        assertThat(again).containsExactly(first).containsExactly(computed);
        again[0] = 42;
        assertThat(embeddings.query("outreach sponsor pitch Head of Partnerships"))
                .containsExactly(first);
    }
}
