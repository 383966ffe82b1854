package com.fashionos.activities.retrieval;

import com.fashionos.crm.playbook.NewChunk;
import com.fashionos.crm.playbook.Playbook;
import com.fashionos.crm.playbook.PlaybookService;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Cuts a playbook into sections, embeds each, and replaces its stored sections. Runs in the caller's tenant. */
@Component
public class PlaybookIndexer {

    private final PlaybookService playbooks;
    private final LocalEmbeddings embeddings;

    PlaybookIndexer(PlaybookService playbooks, LocalEmbeddings embeddings) {
        this.playbooks = playbooks;
        this.embeddings = embeddings;
    }

    /**
     * Re-indexes one playbook and returns the number of sections stored.
     *
     * @throws IllegalArgumentException when the playbook does not exist for the current brand
     */
    public int reindex(UUID playbookId) {
        Playbook playbook =
                playbooks.find(playbookId).orElseThrow(() -> new IllegalArgumentException("No playbook " + playbookId));
        List<NewChunk> chunks = new ArrayList<>();
        for (MarkdownChunker.Section s : MarkdownChunker.chunk(playbook.contentMd())) {
            // The heading carries meaning ("Beauty sponsors"): embed it with the text.
            chunks.add(new NewChunk(s.heading(), s.content(), embeddings.passage(s.heading() + "\n" + s.content())));
        }
        return playbooks.replaceChunks(playbookId, chunks);
    }
}
