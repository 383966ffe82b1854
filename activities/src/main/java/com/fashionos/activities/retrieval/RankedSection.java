package com.fashionos.activities.retrieval;

import com.fashionos.crm.playbook.PlaybookKind;
import java.util.UUID;

/**
 * A playbook section with its relevance to a query.
 *
 * @param score the combined score used for ranking
 * @param cosine cosine similarity of the embeddings
 * @param textRank PostgreSQL {@code ts_rank}, 0 when the words do not match
 */
public record RankedSection(
        UUID chunkId,
        UUID playbookId,
        String playbookTitle,
        PlaybookKind kind,
        String heading,
        String content,
        double score,
        double cosine,
        double textRank) {

    /** How a draft cites it: "playbook title › heading". */
    public String citation() {
        return playbookTitle + " › " + heading;
    }
}
