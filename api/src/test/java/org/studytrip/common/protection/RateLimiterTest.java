package org.studytrip.common.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsTheBurstThenTheRateAndSaysHowLongToWait() {
        AtomicLong now = new AtomicLong(0);
        RateLimiter limiter = new RateLimiter(60, 3, now::get);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(1, limiter.acquire("a"), "one write per second after the burst");
        assertEquals(0, limiter.acquire("b"), "another client has its own budget");

        now.addAndGet(SECOND);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(1, limiter.acquire("a"));

        now.addAndGet(10 * SECOND);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("a"), "refilled up to the burst, not beyond");
        }
        assertEquals(1, limiter.acquire("a"));
    }

    @Test
    void aSlowRateAsksForALongerWait() {
        RateLimiter limiter = new RateLimiter(2, 1, () -> 0L);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(30, limiter.acquire("a"));
    }
}
