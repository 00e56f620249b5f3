package org.studytrip.common.validation;

/** Human-readable codes people type and partners filter by: {@code korea-2025}, {@code nature-based-solutions}. */
public final class Codes {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String MESSAGE = "must be lower-case letters and digits separated by single hyphens, such as korea-2025";

    private Codes() {
    }
}
