package org.studytrip.common.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Binds a filter's query parameters (its public text fields marked {@link RestQuery}) from a request, as a
 * {@code @BeanParam} would. A list written once for every catalogue names its filter by a type variable, and
 * RESTEasy Reactive in Quarkus 3 binds such a {@code @BeanParam} as the variable's bound (quarkus#42807, resolved
 * only for Quarkus 4), so the binding is done here. The values stay text: each filter parses its own, so that a
 * bad one is a 400 naming the parameter.
 */
public final class QueryBinding {

    /** The query fields of each filter class, found once: binding happens on every list request. */
    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            return List.copyOf(queryFields(type));
        }
    };

    private QueryBinding() {
    }

    public static <F> F bind(Class<F> type, MultivaluedMap<String, String> query) {
        try {
            F filter = type.getDeclaredConstructor().newInstance();
            for (Field field : fields(type)) {
                field.set(filter, query.getFirst(name(field)));
            }
            return filter;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " cannot be bound from a query", e instanceof
                    InvocationTargetException invocation ? invocation.getCause() : e);
        }
    }

    /** The query fields of a filter, those it inherits (paging, sorting, text) first. */
    public static List<Field> fields(Class<?> type) {
        return FIELDS.get(type);
    }

    private static List<Field> queryFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        if (type.getSuperclass() != null) {
            fields.addAll(queryFields(type.getSuperclass()));
        }
        for (Field field : type.getDeclaredFields()) {
            if (field.isAnnotationPresent(RestQuery.class)) {
                if (field.getType() != String.class || !Modifier.isPublic(field.getModifiers())) {
                    throw new IllegalStateException(field + ": a query field is public text, parsed by its filter");
                }
                fields.add(field);
            }
        }
        return fields;
    }

    public static String name(Field field) {
        String name = field.getAnnotation(RestQuery.class).value();
        return name.isEmpty() ? field.getName() : name;
    }
}
