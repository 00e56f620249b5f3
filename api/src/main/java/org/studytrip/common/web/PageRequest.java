package org.studytrip.common.web;

import org.studytrip.common.problem.ProblemException;

/** {@code ?page=&size=} as the client sent them, checked: size 1–100 and page ≥ 0, a 400 otherwise (never a silent cap). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(String page, String size) {
        int pageIndex = parse("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        return new PageRequest(pageIndex, pageSize);
    }

    private static int parse(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below like an out-of-range number
        }
        String range = max == Integer.MAX_VALUE ? "a whole number ≥ " + min : "a whole number from " + min + " to " + max;
        throw ProblemException.invalidField(name, "out-of-range", "must be " + range);
    }
}
