package dev.ormlint.analyzer.testing;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Walks the object graph reachable from a root through ormlint's own fields, records, collections,
 * maps, optionals and arrays, and reports the first object that matches a predicate, with the path
 * that leads to it. Other JDK objects are not entered (their internals are closed to reflection).
 */
public final class ReachableObjects {

    private static final String OWN_PACKAGE = "dev.ormlint.";

    private ReachableObjects() {
    }

    /** The path to the first reachable object matching {@code wanted}, e.g. {@code root.findings[0].node}. */
    public static Optional<String> pathTo(Object root, Predicate<Object> wanted) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Queue<Step> queue = new ArrayDeque<>();
        queue.add(new Step("root", root));
        while (!queue.isEmpty()) {
            Step step = queue.remove();
            Object value = step.value();
            if (value == null || !seen.add(value)) {
                continue;
            }
            if (wanted.test(value)) {
                return Optional.of(step.path() + " (" + value.getClass().getName() + ")");
            }
            children(step, queue);
        }
        return Optional.empty();
    }

    private record Step(String path, Object value) {
    }

    private static void children(Step step, Queue<Step> queue) {
        Object value = step.value();
        Class<?> type = value.getClass();
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                queue.add(new Step(step.path() + "[" + i++ + "]", element));
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                queue.add(new Step(step.path() + ".key(" + k + ")", k));
                queue.add(new Step(step.path() + "[" + k + "]", v));
            });
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(v -> queue.add(new Step(step.path() + ".get()", v)));
        } else if (type.isArray() && !type.getComponentType().isPrimitive()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                queue.add(new Step(step.path() + "[" + i + "]", Array.get(value, i)));
            }
        } else if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                queue.add(new Step(step.path() + "." + component.getName(), read(component, value)));
            }
        } else if (type.getName().startsWith(OWN_PACKAGE)) {
            for (Class<?> c = type; c != null && c.getName().startsWith(OWN_PACKAGE); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        queue.add(new Step(step.path() + "." + field.getName(), read(field, value)));
                    }
                }
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
