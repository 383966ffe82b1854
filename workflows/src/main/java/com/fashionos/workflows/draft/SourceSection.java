package com.fashionos.workflows.draft;

import java.util.UUID;

/**
 * A playbook section the Retriever found relevant ({@code playbook_chunks}); shown beside the draft as its source.
 *
 * @param playbookId the playbook
 * @param playbookTitle its title (e.g. "Outreach SOP")
 * @param heading the section heading
 * @param excerpt the section text, possibly shortened
 * @param score relevance, higher is better
 */
public record SourceSection(UUID playbookId, String playbookTitle, String heading, String excerpt, double score) {

    /** How the section is cited in a draft: "playbook title › heading". */
    public String citation() {
        return playbookTitle + " › " + heading;
    }
}
