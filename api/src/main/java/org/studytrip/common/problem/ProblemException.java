package org.studytrip.common.problem;

import java.util.List;
import java.util.stream.Collectors;
import org.studytrip.common.problem.Problem.FieldError;

/** Thrown by services and resources for every expected failure; {@link ProblemMapper} turns it into a response. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final List<Referrer> references;
    private long retryAfterSeconds;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        this(type, detail, errors, null);
    }

    private ProblemException(ProblemType type, String detail, List<FieldError> errors, List<Referrer> references) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.references = references == null ? null : List.copyOf(references);
    }

    /** 409 in-use: what still refers to the record, in the detail and as {@code references}. */
    public static ProblemException inUse(String record, List<Referrer> references) {
        String referrers = references.stream().map(Referrer::describe).collect(Collectors.joining(", "));
        return new ProblemException(ProblemType.IN_USE, "The " + record + " cannot be deleted: " + referrers
                + (references.size() == 1 ? " refers" : " refer") + " to it.", List.of(), references);
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what + " with id '" + id + "'.");
    }

    public static ProblemException invalidField(String field, String code, String message) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, "Invalid value for '" + field + "': " + message,
                List.of(new FieldError(field, code, message)));
    }

    /** 429: too many of some request from this client; the answer carries Retry-After. */
    public static ProblemException rateLimited(String detail, long waitSeconds) {
        ProblemException tooMany = new ProblemException(ProblemType.RATE_LIMITED, detail);
        tooMany.retryAfterSeconds = waitSeconds;
        return tooMany;
    }

    /** Seconds to wait before asking again; 0 when the answer says nothing of it. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ProblemType type() {
        return type;
    }

    public Problem toProblem() {
        return new Problem(type.uri(), type.title(), type.status(), getMessage(), type.code(), errors, references,
                RequestId.current());
    }
}
