package com.fashionos.activities.retrieval;

import com.fashionos.crm.playbook.PlaybookService;
import com.fashionos.crm.playbook.PlaybookStamp;
import com.fashionos.crm.playbook.StoredChunk;
import com.fashionos.crm.tenant.TenantContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Ranks the current brand's playbook sections for a query: cosine similarity of local embeddings (computed in Java;
 * playbooks are small) combined with PostgreSQL's full-text rank, so that exact terms ("sponsor", "exclusivity")
 * lift a section the embedding alone ranks close to others.
 *
 * <p>The sections with their embeddings are kept in memory per brand and reloaded only when a playbook's
 * {@link PlaybookStamp} changes (re-indexed, edited, switched on or off, added or deleted): a retrieval then reads
 * the small stamps and the full-text ranks, not every section's text and vector.
 */
@Component
public class PlaybookRetriever {

    /** Weight of the semantic similarity in the combined score; the rest is the (normalised) full-text rank. */
    static final double SEMANTIC_WEIGHT = 0.7;
    /** Brands whose sections are kept in memory (least recently used dropped first). */
    static final int CACHED_BRANDS = 64;

    private record CachedChunks(List<PlaybookStamp> stamps, List<StoredChunk> chunks) {}

    private final Map<UUID, CachedChunks> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, CachedChunks> eldest) {
            return size() > CACHED_BRANDS;
        }
    };

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
        List<StoredChunk> chunks = activeChunks();
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

    /** The active sections of the current brand, from memory while no playbook's stamp changed. */
    private List<StoredChunk> activeChunks() {
        List<PlaybookStamp> stamps = playbooks.stamps();
        // Playbooks written straight to the database (seeding, imports) are indexed on first use.
        List<PlaybookStamp> unindexed =
                stamps.stream().filter(p -> p.active() && p.indexedAt() == null).toList();
        if (!unindexed.isEmpty()) {
            unindexed.forEach(p -> indexer.reindex(p.id()));
            stamps = playbooks.stamps();
        }
        Optional<UUID> brand = TenantContext.boundBrandId();
        if (brand.isEmpty()) {
            return playbooks.activeChunks();
        }
        CachedChunks cached;
        synchronized (cache) {
            cached = cache.get(brand.get());
        }
        if (cached != null && cached.stamps().equals(stamps)) {
            return cached.chunks();
        }
        List<StoredChunk> chunks = List.copyOf(playbooks.activeChunks());
        // Stamps read before the sections: a re-index in between leaves newer sections under older stamps, so the
        // next call reloads them again; never older sections under newer stamps.
        synchronized (cache) {
            cache.put(brand.get(), new CachedChunks(List.copyOf(stamps), chunks));
        }
        return chunks;
    }
}
