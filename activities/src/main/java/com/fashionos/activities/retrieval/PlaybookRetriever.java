package com.fashionos.activities.retrieval;

import com.fashionos.crm.playbook.PlaybookService;
import com.fashionos.crm.playbook.StoredChunk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Ranks the current brand's playbook sections for a query: cosine similarity of local embeddings (computed in Java;
 * playbooks are small) combined with PostgreSQL's full-text rank, so that exact terms ("sponsor", "exclusivity")
 * lift a section the embedding alone ranks close to others.
 */
@Component
public class PlaybookRetriever {

    /** Weight of the semantic similarity in the combined score; the rest is the (normalised) full-text rank. */
    static final double SEMANTIC_WEIGHT = 0.7;

    private final PlaybookService playbooks;
    private final LocalEmbeddings embeddings;
    private final PlaybookIndexer indexer;

    PlaybookRetriever(PlaybookService playbooks, LocalEmbeddings embeddings, PlaybookIndexer indexer) {
        this.playbooks = playbooks;
        this.embeddings = embeddings;
        this.indexer = indexer;
    }

    /** The {@code k} most relevant active sections, best first, with their scores. */
    public List<RankedSection> retrieve(String query, int k) {
        // Playbooks written straight to the database (seeding, imports) are indexed on first use.
        playbooks.list().stream()
                .filter(p -> p.active() && p.indexedAt() == null)
                .forEach(p -> indexer.reindex(p.id()));
        List<StoredChunk> chunks = playbooks.activeChunks();
        if (chunks.isEmpty() || query.isBlank()) {
            return List.of();
        }
        float[] q = embeddings.query(query);
        Map<UUID, Double> ranks = playbooks.textRanks(query);
        double maxRank =
                ranks.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<RankedSection> ranked = new ArrayList<>();
        for (StoredChunk c : chunks) {
            double cosine = LocalEmbeddings.cosine(q, c.embedding());
            double textRank = ranks.getOrDefault(c.id(), 0.0);
            double normalisedRank = maxRank == 0 ? 0 : textRank / maxRank;
            double score = SEMANTIC_WEIGHT * cosine + (1 - SEMANTIC_WEIGHT) * normalisedRank;
            ranked.add(new RankedSection(
                    c.id(),
                    c.playbookId(),
                    c.playbookTitle(),
                    c.kind(),
                    c.heading(),
                    c.content(),
                    score,
                    cosine,
                    textRank));
        }
        ranked.sort(Comparator.comparingDouble(RankedSection::score).reversed());
        return List.copyOf(ranked.subList(0, Math.min(k, ranked.size())));
    }
}
