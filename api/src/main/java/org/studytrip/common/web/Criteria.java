package org.studytrip.common.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects the optional filters of a list request into one HQL condition with named parameters. */
public final class Criteria {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** {@code path = value}, when a value was given. */
    public Criteria equal(String path, Object value) {
        if (value != null) {
            String name = parameterName();
            clauses.add(path + " = :" + name);
            parameters.put(name, value);
        }
        return this;
    }

    /** Any of the paths contains {@code text} (case follows the column collation, which ignores case). */
    public Criteria contains(String text, String... paths) {
        if (text != null && !text.isBlank()) {
            String name = parameterName();
            List<String> alternatives = new ArrayList<>();
            for (String path : paths) {
                alternatives.add(path + " like :" + name + " escape '!'");
            }
            clauses.add("(" + String.join(" or ", alternatives) + ")");
            parameters.put(name, "%" + text.trim().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return this;
    }

    /** A condition written by the caller, for filters that need a join or a subquery. */
    public Criteria where(String clause, Object value) {
        if (value != null) {
            String name = parameterName();
            clauses.add(clause.replace(":value", ":" + name));
            parameters.put(name, value);
        }
        return this;
    }

    public String query() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    private String parameterName() {
        return "p" + parameters.size();
    }
}
