package com.fashionos.workflows;

/** Names of the Temporal task queues that workers poll and clients start workflows on. */
public final class TaskQueues {

    /** Workflows and the CRM/channel activities. */
    public static final String CRM = "fashionos-crm";

    private TaskQueues() {}
}
