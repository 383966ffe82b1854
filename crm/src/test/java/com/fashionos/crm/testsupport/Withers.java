package com.fashionos.crm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Checks the {@code withX} methods of a filter or form record: each returns a copy in which its own components hold
 * the arguments and every other component is unchanged. The record it starts from has a different value in every
 * component, so a value copied into the wrong place shows.
 */
public final class Withers {

    private Withers() {}

    /**
     * Calls every public {@code withX} method of {@code type} on a record whose components all differ and checks the
     * copy it returns; returns how many methods it checked.
     *
     * @param components for a method with more than one parameter, the components its parameters set, in order; a
     *     method with one parameter sets the component its name ends with ({@code withOwnerId}: {@code ownerId})
     */
    public static <R extends Record> int checkEach(Class<R> type, Map<String, List<String>> components)
            throws ReflectiveOperationException {
        RecordComponent[] all = type.getRecordComponents();
        Object[] before = new Object[all.length];
        for (int i = 0; i < all.length; i++) {
            before[i] = sample(all[i].getType(), 2 * i + 1);
        }
        R original = construct(type, all, before);
        int checked = 0;
        for (Method with : type.getMethods()) {
            if (!with.getName().startsWith("with") || Modifier.isStatic(with.getModifiers())) {
                continue;
            }
            List<String> names = components.getOrDefault(with.getName(), List.of(componentOf(with)));
            assertThat(names).as(with.getName()).hasSize(with.getParameterCount());
            Map<String, Object> expected = new LinkedHashMap<>();
            for (int i = 0; i < all.length; i++) {
                expected.put(all[i].getName(), before[i]);
            }
            Object[] args = new Object[names.size()];
            for (int p = 0; p < args.length; p++) {
                int index = indexOf(all, names.get(p));
                args[p] = sample(all[index].getType(), 2 * index + 2);
                expected.put(names.get(p), args[p]);
            }
            Object copy = with.invoke(original, args);
            assertThat(values(all, copy)).as(with.getName()).isEqualTo(expected);
            checked++;
        }
        return checked;
    }

    private static String componentOf(Method with) {
        String name = with.getName().substring("with".length());
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static int indexOf(RecordComponent[] all, String name) {
        for (int i = 0; i < all.length; i++) {
            if (all[i].getName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("No component " + name + " in " + Arrays.toString(all));
    }

    private static <R extends Record> R construct(Class<R> type, RecordComponent[] all, Object[] values)
            throws ReflectiveOperationException {
        Class<?>[] types = Arrays.stream(all).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return type.getDeclaredConstructor(types).newInstance(values);
    }

    private static Map<String, Object> values(RecordComponent[] all, Object record)
            throws IllegalAccessException, InvocationTargetException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : all) {
            values.put(component.getName(), component.getAccessor().invoke(record));
        }
        return values;
    }

    /** A value of {@code type} that differs for every {@code seed} (enums: for neighbouring seeds). */
    private static Object sample(Class<?> type, int seed) {
        if (type == String.class) {
            return "text " + seed;
        }
        if (type == UUID.class) {
            return new UUID(0, seed);
        }
        if (type == Integer.class) {
            return seed;
        }
        if (type == BigDecimal.class) {
            return BigDecimal.valueOf(seed);
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 1, 1).plusDays(seed);
        }
        if (type == Set.class) {
            return Set.of("tag " + seed);
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[seed % constants.length];
        }
        throw new AssertionError("No sample value for " + type);
    }
}
