package com.fashionos.workflows.draft;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Input of {@link DraftActivities#compose}: everything the Content agent drafts from.
 *
 * @param context recipient, account, deal, history, Maison DNA
 * @param sources retrieved playbook sections to follow and cite
 * @param previousDraft the current version when improving, else null
 * @param instructions the human's guidance ("shorter, mention the Milan show"), else null
 * @param channel the channel to write for
 */
public record ComposeRequest(
        DraftContext context,
        List<SourceSection> sources,
        @Nullable DraftProposal previousDraft,
        @Nullable String instructions,
        Channel channel) {

    public ComposeRequest {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
