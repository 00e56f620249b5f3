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
        assertEquals(0, limiter.acquire("a").waitSeconds());
        assertEquals(0, limiter.acquire("a").waitSeconds());
        assertEquals(0, limiter.acquire("a").waitSeconds());
        assertEquals(1, limiter.acquire("a").waitSeconds(), "one write per second after the burst");
        assertEquals(0, limiter.acquire("b").waitSeconds(), "another client has its own budget");

        now.addAndGet(SECOND);
        assertEquals(0, limiter.acquire("a").waitSeconds());
        assertEquals(1, limiter.acquire("a").waitSeconds());

        now.addAndGet(10 * SECOND);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("a").waitSeconds(), "refilled up to the burst, not beyond");
        }
        assertEquals(1, limiter.acquire("a").waitSeconds());
    }

    @Test
    void saysWhatIsLeftAndWhenTheBudgetIsFullAgain() {
        AtomicLong now = new AtomicLong(0);
        RateLimiter limiter = new RateLimiter(60, 3, now::get);
        assertEquals(3, limiter.capacity());
        assertEquals(3, limiter.secondsToFill(), "a burst of 3 at one a second refills in 3 s");
        RateLimiter.Quota first = limiter.acquire("a");
        assertEquals(2, first.remaining());
        assertEquals(1, first.secondsUntilFull());
        limiter.acquire("a");
        RateLimiter.Quota last = limiter.acquire("a");
        assertEquals(0, last.remaining());
        assertEquals(3, last.secondsUntilFull());
        RateLimiter.Quota refused = limiter.acquire("a");
        assertEquals(1, refused.waitSeconds());
        assertEquals(0, refused.remaining());
    }

    @Test
    void aSlowRateAsksForALongerWait() {
        RateLimiter limiter = new RateLimiter(2, 1, () -> 0L);
        assertEquals(0, limiter.acquire("a").waitSeconds());
        assertEquals(30, limiter.acquire("a").waitSeconds());
    }

    @Test
    void clientsAreCountedByAddressAndIpv6ByItsSlash64() {
        assertEquals("203.0.113.7", RateLimiter.clientOf("203.0.113.7"));
        assertEquals("20010db8000000aa::/64", RateLimiter.clientOf("2001:db8:0:aa:1:2:3:4"));
        assertEquals(RateLimiter.clientOf("2001:db8:0:aa:ffff::9"), RateLimiter.clientOf("2001:db8:0:aa::1"));
        // What a dual-stack proxy reports for an IPv4 client.
        assertEquals("1.2.3.4", RateLimiter.clientOf("0:0:0:0:0:ffff:102:304"));
        assertEquals("1.2.3.4", RateLimiter.clientOf("::ffff:1.2.3.4"));
    }
}
