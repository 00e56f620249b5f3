package org.studytrip.common.web;

/**
 * Where the service's own HTTP-layer handlers sit among Quarkus's routes (lower runs first). All of them run after
 * the security headers (Integer.MIN_VALUE) and CORS (-300), so their refusals carry both, and before Quarkus's own
 * body-size check (-2) and the REST layer, so that a request they refuse is never read.
 */
public final class RouteOrder {

    /** Every request gets its id first, so that every answer and log line of it, refusals included, carries it. */
    public static final int REQUEST_ID = -50;
    /** During shutdown, after the delay: new requests are refused. */
    public static final int SHUTDOWN_DRAIN = -40;
    /** Reads and writes per client. */
    public static final int RATE_LIMITS = -30;
    /** Request target, header and declared body sizes. */
    public static final int SIZE_LIMITS = -20;
    /** Small answers are left uncompressed. */
    public static final int COMPRESSION_THRESHOLD = -10;
    /** Public programme views answered from memory, ahead of the REST layer. */
    public static final int FROM_MEMORY = -5;

    private RouteOrder() {
    }
}
