package org.studytrip.common.web;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import org.studytrip.common.problem.ProblemException;

/**
 * {@code ?sort=field,-other}: API field names mapped to entity paths per resource; unknown fields are a 400.
 * The id is always the last key, so pages never overlap or skip rows when other keys tie.
 */
public final class Sorting {

    private Sorting() {
    }

    public static Sort parse(String sort, String defaultField, Map<String, String> allowed) {
        String spec = sort == null || sort.isBlank() ? defaultField : sort;
        Sort result = null;
        for (String part : spec.split(",")) {
            String trimmed = part.trim();
            boolean descending = trimmed.startsWith("-");
            String field = descending ? trimmed.substring(1) : trimmed;
            String path = allowed.get(field);
            if (path == null) {
                throw ProblemException.invalidField("sort", "unknown-field",
                        "cannot sort by '" + field + "'; allowed: " + String.join(", ", allowed.keySet().stream().sorted().toList()));
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            result = result == null ? Sort.by(path, direction) : result.and(path, direction);
        }
        if (result == null) {
            throw ProblemException.invalidField("sort", "unknown-field", "names no field; allowed: "
                    + String.join(", ", allowed.keySet().stream().sorted().toList()));
        }
        return result.and("id");
    }
}
