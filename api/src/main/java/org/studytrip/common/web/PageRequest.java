package org.studytrip.common.web;

import java.util.Objects;

/**
 * {@code ?page=&size=} as the client sent them, checked: size 1–100 and page 0–10 000 000, a 400 otherwise (never a
 * silent cap). The page limit keeps the row offset (page × size) within what the database query can express.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000_000;

    public static PageRequest of(String page, String size) {
        return new PageRequest(
                Objects.requireNonNullElse(QueryValues.integer("page", page, 0, MAX_PAGE), 0),
                Objects.requireNonNullElse(QueryValues.integer("size", size, 1, MAX_SIZE), DEFAULT_SIZE));
    }
}
