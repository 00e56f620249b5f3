package org.studytrip.common.protection;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * Slows down a client that keeps sending tokens the service rejects (forged, guessed, expired, from elsewhere):
 * past the burst, each further rejection is a 429 with Retry-After instead of a 401. Tokens that verify always
 * pass, so people behind the same address as a misbehaving client are not locked out; requests without a token
 * are anonymous, not failed, and not counted.
 */
@ApplicationScoped
public class FailedTokenLimits {

    private final RateLimiter limiter;

    FailedTokenLimits(LimitsConfig config) {
        this.limiter = new RateLimiter(config.failedTokensPerMinute(), config.failedTokenBurst(), System::nanoTime);
    }

    /** Counts a rejected token; the 429 to answer instead of 401 when the client is over its limit, else null. */
    public Response refusalAfterRejecting(HttpServerRequest http) {
        long waitSeconds = limiter.acquire(RateLimiter.clientOf(http)).waitSeconds();
        return waitSeconds == 0 ? null : RateLimiter.tooManyRequests(
                "Too many rejected sign-in tokens from this client; retry after " + waitSeconds + " s.", waitSeconds);
    }
}
