package org.studytrip.common.protection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

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

    /** Takes one token; returns 0 when allowed, else the whole seconds to wait before the next one. */
    long acquire(String client) {
        long now = clock.getAsLong();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.values().removeIf(bucket -> now - bucket.updatedNanos() > IDLE_NANOS);
        }
        long[] waitSeconds = {0};
        buckets.compute(client, (key, bucket) -> {
            double tokens = bucket == null ? capacity
                    : Math.min(capacity, bucket.tokens() + (now - bucket.updatedNanos()) * tokensPerNano);
            if (tokens >= 1) {
                return new Bucket(tokens - 1, now);
            }
            waitSeconds[0] = Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano / 1e9));
            return new Bucket(tokens, now);
        });
        return waitSeconds[0];
    }
}
