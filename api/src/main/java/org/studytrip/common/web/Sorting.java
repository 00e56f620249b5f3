package org.studytrip.common.web;

import io.quarkus.panache.common.Sort;
import java.util.LinkedHashMap;
import java.util.Map;
import org.studytrip.common.problem.ProblemException;

/**
 * {@code ?sort=field,-other}: API field names mapped to entity paths per resource; unknown fields are a 400.
 * The id is always the last key, so pages never overlap or skip rows when other keys tie.
 */
public final class Sorting {

    private final String defaultOrder;
    private final Map<String, String> allowed;

    /** Records named in three languages and without a code (venues, experts): by English name, or by when changed. */
    public static final Sorting BY_NAME = by("name", "name:name.en", "createdAt", "updatedAt");

    private Sorting(String defaultOrder, Map<String, String> allowed) {
        this.defaultOrder = defaultOrder;
        this.allowed = allowed;
    }

    /**
     * What a list may be sorted by: each field as the API names it, followed by {@code :path} where the entity
     * keeps it elsewhere ({@code name:name.en}); {@code defaultOrder} when the client asks for none.
     */
    public static Sorting by(String defaultOrder, String... fields) {
        Map<String, String> allowed = new LinkedHashMap<>();
        for (String field : fields) {
            int colon = field.indexOf(':');
            allowed.put(colon < 0 ? field : field.substring(0, colon), colon < 0 ? field : field.substring(colon + 1));
        }
        return new Sorting(defaultOrder, Map.copyOf(allowed));
    }

    public Sort parse(String sort) {
        String spec = sort == null || sort.isBlank() ? defaultOrder : sort;
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
