package org.studytrip.common.problem;

import org.jboss.logging.MDC;

/**
 * The id of the request being served, as the log context holds it (Quarkus keeps that context per request, across the
 * threads that serve it): every log line written meanwhile carries it, and so does every problem answered.
 */
public final class RequestId {

    /** The log context's key, and the field of JSON log lines. */
    public static final String LOG_KEY = "requestId";
    public static final String HEADER = "X-Request-Id";

    private RequestId() {
    }

    /** The current request's id, or null outside a request (scheduled work, start-up). */
    public static String current() {
        Object id = MDC.get(LOG_KEY);
        return id == null ? null : id.toString();
    }
}
