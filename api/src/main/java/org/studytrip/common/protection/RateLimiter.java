package org.studytrip.common.protection;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemMapper;
import org.studytrip.common.problem.ProblemType;

/**
 * Token buckets per client: {@code burst} at once, then {@code perMinute} refilled evenly. In memory, so each
 * replica counts for itself (a documented approximation: N replicas allow up to N times the rate).
 */
final class RateLimiter {

    private static final int MAX_CLIENTS = 10_000;
    private static final long IDLE_NANOS = 10L * 60 * 1_000_000_000L;

    private record Bucket(double tokens, long updatedNanos) {
    }

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, int burst, LongSupplier clock) {
        this.capacity = burst;
        this.tokensPerNano = perMinute / 60e9;
        this.clock = clock;
    }

    /**
     * The client a request counts for: its remote address (behind a proxy, set {@code quarkus.http.proxy.*} so it
     * is the forwarded one).
     */
    static String clientOf(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }

    /** The 429 problem with Retry-After. */
    static Response tooManyRequests(String detail, long waitSeconds) {
        return Response.fromResponse(ProblemMapper.respond(
                        new ProblemException(ProblemType.RATE_LIMITED, detail).toProblem()))
                .header(HttpHeaders.RETRY_AFTER, waitSeconds).build();
    }

    /** Takes one token; returns 0 when allowed, else the whole seconds to wait before the next one. */
    long acquire(String client) {
        return update(client, true);
    }

    /** Like {@link #acquire} without taking the token: would the client be allowed one now? */
    long waitSeconds(String client) {
        return update(client, false);
    }

    private long update(String client, boolean take) {
        long now = clock.getAsLong();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(bucket -> now - bucket.updatedNanos() > IDLE_NANOS);
        }
        long[] waitSeconds = {0};
        buckets.compute(client, (key, bucket) -> {
            double tokens = bucket == null ? capacity
                    : Math.min(capacity, bucket.tokens() + (now - bucket.updatedNanos()) * tokensPerNano);
            if (tokens >= 1) {
                return new Bucket(take ? tokens - 1 : tokens, now);
            }
            waitSeconds[0] = Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano / 1e9));
            return new Bucket(tokens, now);
        });
        return waitSeconds[0];
    }
}
