package org.studytrip.common.exchange;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/** The type arguments a resource class gives the generic base it extends, read once when it is made. */
final class Generics {

    private Generics() {
    }

    /** The {@code index}-th type argument {@code type} (or a subclass the framework makes of it) gives {@code base}. */
    static Class<?> argument(Class<?> type, Class<?> base, int index) {
        for (Type current = type; current instanceof Class<?> step; current = step.getGenericSuperclass()) {
            if (step.getGenericSuperclass() instanceof ParameterizedType parameterized && parameterized.getRawType() == base) {
                return (Class<?>) parameterized.getActualTypeArguments()[index];
            }
        }
        throw new IllegalStateException(type.getName() + " does not extend " + base.getSimpleName());
    }
}
