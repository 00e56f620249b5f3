package org.studytrip.common.web;

import java.util.UUID;
import org.studytrip.common.problem.ProblemException;

/** Query parameters read as text and checked here, so a bad value is a 400 that names the parameter. */
public final class QueryValues {

    private QueryValues() {
    }

    /** A whole number in [min, max], or null when absent. */
    public static Integer integer(String name, String raw, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return null;
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

    /** {@code true} or {@code false}; absent is false. */
    public static boolean bool(String name, String raw) {
        if (raw == null || raw.isEmpty() || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        throw ProblemException.invalidField(name, "invalid-value", "must be true or false");
    }

    /** A UUID, or null when absent. */
    public static UUID uuid(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            if (raw.length() == 36) {
                return UUID.fromString(raw);
            }
        } catch (IllegalArgumentException notAUuid) {
            // answered below
        }
        throw ProblemException.invalidField(name, "invalid-value", "must be a UUID");
    }
}
