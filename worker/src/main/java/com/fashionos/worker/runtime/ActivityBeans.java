package com.fashionos.worker.runtime;

import io.temporal.activity.ActivityInterface;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;

/** Finds the Spring beans that implement a Temporal activity interface (one annotated {@link ActivityInterface}). */
public final class ActivityBeans {

    private ActivityBeans() {}

    /**
     * The singleton beans whose type implements an {@code @ActivityInterface}, by bean name, in registration order.
     * Types are read from bean definitions, so nothing is created that would not be created anyway.
     */
    public static Map<String, Object> find(ListableBeanFactory beans) {
        Map<String, Object> found = new LinkedHashMap<>();
        for (String name : beans.getBeanNamesForType(Object.class, false, false)) {
            Class<?> type = beans.getType(name, false);
            if (type != null && isActivityImplementation(type)) {
                found.put(name, beans.getBean(name));
            }
        }
        return found;
    }

    static boolean isActivityImplementation(Class<?> type) {
        if (type.isInterface()) {
            return false;
        }
        for (Class<?> iface : ClassUtils.getAllInterfacesForClassAsSet(type)) {
            if (AnnotationUtils.findAnnotation(iface, ActivityInterface.class) != null) {
                return true;
            }
        }
        return false;
    }
}
