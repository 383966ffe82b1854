package com.fashionos.worker;

import io.temporal.activity.ActivityInterface;

/** Test-only activities, implemented by a Spring bean that the worker must discover. */
@ActivityInterface
public interface GreetingActivities {

    String compose(String name);
}
