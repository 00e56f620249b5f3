package org.studytrip.common.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import org.studytrip.common.problem.ProblemException;

/** Enum values as the API spells them ({@code @JsonProperty} on each constant), for query parameters. */
public final class ApiEnums {

    private ApiEnums() {
    }

    /** The constant whose API value is {@code raw}; null when absent; a 400 naming the allowed values otherwise. */
    public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (apiValue(constant).equals(raw)) {
                return constant;
            }
        }
        throw ProblemException.invalidField(parameter, "invalid-value",
                "must be one of " + String.join(", ", values(type)));
    }

    public static <E extends Enum<E>> List<String> values(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(ApiEnums::apiValue).toList();
    }

    public static String apiValue(Enum<?> constant) {
        try {
            JsonProperty property = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
            return property == null ? constant.name() : property.value();
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
