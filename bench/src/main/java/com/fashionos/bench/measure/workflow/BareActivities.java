package com.fashionos.bench.measure.workflow;

import io.temporal.activity.ActivityInterface;

/** The one activity of {@link BareWorkflow}: returns its input, so the cost measured is Temporal's own. */
@ActivityInterface
public interface BareActivities {

    String echo(String input);
}
