package org.studytrip.common.web;

import java.util.Objects;

/** {@code ?page=&size=} as the client sent them, checked: size 1–100 and page ≥ 0, a 400 otherwise (never a silent cap). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(String page, String size) {
        return new PageRequest(
                Objects.requireNonNullElse(QueryValues.integer("page", page, 0, Integer.MAX_VALUE), 0),
                Objects.requireNonNullElse(QueryValues.integer("size", size, 1, MAX_SIZE), DEFAULT_SIZE));
    }
}
