package org.studytrip.common.problem;

/** Every kind of problem the API answers with; the slug is both the {@code code} and the end of the {@code type} URI. */
public enum ProblemType {
    VALIDATION_FAILED(400, "validation-failed", "Validation failed"),
    MALFORMED_REQUEST(400, "malformed-request", "Malformed request body"),
    INVALID_HEADER(400, "invalid-header", "Invalid header"),
    INVALID_URI(400, "invalid-uri", "Invalid request target"),
    UNAUTHENTICATED(401, "unauthenticated", "Sign-in required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    DUPLICATE_CODE(409, "duplicate-code", "Code already in use"),
    IN_USE(409, "in-use", "Still referenced"),
    ERASED(409, "erased", "Personal data erased"),
    WEBHOOK_DISABLED(409, "webhook-disabled", "Webhook disabled"),
    SESSION_CANCELLED(409, "session-cancelled", "Session cancelled"),
    CHECK_IN_CLOSED(409, "check-in-closed", "Check-in closed"),
    NOT_ELIGIBLE(409, "not-eligible", "Not eligible"),
    EVALUATION_NOT_OPEN(409, "evaluation-not-open", "Evaluation not open"),
    CERTIFICATE_EXISTS(409, "certificate-exists", "Certificate exists"),
    CERTIFICATE_NOT_VALID(409, "certificate-not-valid", "Certificate not valid"),
    IDEMPOTENCY_KEY_IN_USE(409, "idempotency-key-in-use", "Request with this key still running"),
    CURSOR_EXPIRED(410, "cursor-expired", "Cursor expired"),
    VERSION_CONFLICT(412, "version-conflict", "Version conflict"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    URI_TOO_LONG(414, "uri-too-long", "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency key used for another request"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Precondition required"),
    RATE_LIMITED(429, "rate-limited", "Too many requests"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Request header fields too large"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    DATABASE_UNAVAILABLE(503, "database-unavailable", "Database unavailable"),
    DATABASE_BUSY(503, "database-busy", "Database busy"),
    SHUTTING_DOWN(503, "shutting-down", "Shutting down"),
    EXPORT_UNAVAILABLE(503, "export-unavailable", "Export unavailable");

    private final int status;
    private final String code;
    private final String title;

    ProblemType(int status, String code, String title) {
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "/problems/" + code;
    }
}
