package com.fashionos.activities.retrieval;

import com.fashionos.crm.tenant.TenantContext;
import com.fashionos.workflows.playbook.PlaybookActivities;
import io.temporal.failure.ApplicationFailure;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@link PlaybookActivities} over the {@link PlaybookIndexer}, in the brand's tenant context. The only way a saved playbook
 * is re-indexed: the ui starts {@code PlaybookIndexWorkflow} after every save, which runs this activity.
 */
@Component
public class PlaybookActivitiesImpl implements PlaybookActivities {

    private final PlaybookIndexer indexer;

    PlaybookActivitiesImpl(PlaybookIndexer indexer) {
        this.indexer = indexer;
    }

    @Override
    public int reindex(UUID brandId, UUID playbookId) {
        try {
            return TenantContext.callAs(brandId, () -> indexer.reindex(playbookId));
        } catch (IllegalArgumentException e) {
            throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), "PlaybookNotFound");
        }
    }
}
