package org.studytrip.common.protection;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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
    private static final long SWEEP_NANOS = 60 * 1_000_000_000L;

    private record Bucket(double tokens, long updatedNanos) {
    }

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong nextSweepNanos = new AtomicLong();

    RateLimiter(int perMinute, int burst, LongSupplier clock) {
        this.capacity = burst;
        this.tokensPerNano = perMinute / 60e9;
        this.clock = clock;
    }

    /**
     * The client a request counts for: its remote address (behind a proxy, set {@code quarkus.http.proxy.*} so it
     * is the forwarded one); for IPv6 its /64 network, which one subscriber usually holds whole.
     */
    static String clientOf(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : clientOf(http.remoteAddress().hostAddress());
    }

    static String clientOf(String host) {
        if (host.indexOf(':') < 0) {
            return host;
        }
        try {
            byte[] address = InetAddress.getByName(host).getAddress();
            // An IPv4-mapped address (::ffff:1.2.3.4) comes back as the 4-byte IPv4 address it is.
            return address.length == 16 ? HexFormat.of().formatHex(address, 0, 8) + "::/64"
                    : InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException notALiteral) {
            return host;
        }
    }

    /** The 429 problem with Retry-After. */
    static Response tooManyRequests(String detail, long waitSeconds) {
        return Response.fromResponse(ProblemMapper.respond(
                        new ProblemException(ProblemType.RATE_LIMITED, detail).toProblem()))
                .header(HttpHeaders.RETRY_AFTER, waitSeconds).build();
    }

    /** What a request left of its client's budget: 0 to wait when allowed; whole tokens left; seconds until full. */
    record Quota(long waitSeconds, int remaining, long secondsUntilFull) {

        boolean allowed() {
            return waitSeconds == 0;
        }
    }

    /** The burst: how many requests a client may make at once. */
    int capacity() {
        return (int) capacity;
    }

    /** Seconds an empty budget takes to fill up to the burst again. */
    long secondsToFill() {
        return seconds(capacity);
    }

    /** Takes one token when there is one, and says what is left. */
    Quota acquire(String client) {
        long now = clock.getAsLong();
        long sweepDue = nextSweepNanos.get();
        // Idle clients are dropped once the map is large, at most once a minute: not a full scan per request.
        if (buckets.size() > MAX_CLIENTS && now - sweepDue >= 0 && nextSweepNanos.compareAndSet(sweepDue, now + SWEEP_NANOS)) {
            buckets.values().removeIf(bucket -> now - bucket.updatedNanos() > IDLE_NANOS);
        }
        Quota[] quota = new Quota[1];
        buckets.compute(client, (key, bucket) -> {
            double tokens = bucket == null ? capacity
                    : Math.min(capacity, bucket.tokens() + (now - bucket.updatedNanos()) * tokensPerNano);
            long wait = tokens >= 1 ? 0 : Math.max(1, seconds(1 - tokens));
            double left = tokens >= 1 ? tokens - 1 : tokens;
            quota[0] = new Quota(wait, (int) left, seconds(capacity - left));
            return new Bucket(left, now);
        });
        return quota[0];
    }

    private long seconds(double tokens) {
        return (long) Math.ceil(tokens / tokensPerNano / 1e9);
    }
}
