package org.studytrip.common.crud;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;

/**
 * The classes a class gives the type parameters of a generic base it extends, through the generic classes between
 * them and the subclasses the container makes of it: what a resource's filter or a service's entity is.
 */
public final class TypeArguments {

    private TypeArguments() {
    }

    /** The class {@code type} gives the {@code index}-th type parameter of {@code base}. */
    public static Class<?> of(Class<?> type, Class<?> base, int index) {
        Map<TypeVariable<?>, Type> given = new HashMap<>();
        for (Class<?> step = type; step != null; step = step.getSuperclass()) {
            if (step.getGenericSuperclass() instanceof ParameterizedType parameterized) {
                Class<?> raw = (Class<?>) parameterized.getRawType();
                TypeVariable<?>[] variables = raw.getTypeParameters();
                Type[] arguments = parameterized.getActualTypeArguments();
                for (int i = 0; i < variables.length; i++) {
                    given.put(variables[i], arguments[i] instanceof TypeVariable<?> variable && given.containsKey(variable)
                            ? given.get(variable) : arguments[i]);
                }
                if (raw == base && given.get(variables[index]) instanceof Class<?> argument) {
                    return argument;
                }
            }
        }
        throw new IllegalStateException(type.getName() + " does not give " + base.getSimpleName() + " a class for its "
                + "type parameter " + index);
    }
}
