package org.studytrip.common.protection;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * Slows down a client that keeps sending tokens the service rejects (guessing, replaying expired ones): past the
 * burst, its requests that carry a token get 429 with Retry-After before the token is even checked. Requests
 * without a token are not counted; they are anonymous, not failed.
 */
@ApplicationScoped
public class FailedTokenLimits {

    private final RateLimiter limiter;

    FailedTokenLimits(LimitsConfig config) {
        this.limiter = new RateLimiter(config.failedTokensPerMinute(), config.failedTokenBurst(), System::nanoTime);
    }

    /** The 429 for a client that sent too many rejected tokens lately; null when its token may be checked. */
    public Response refusalFor(HttpServerRequest http) {
        long waitSeconds = limiter.waitSeconds(RateLimiter.clientOf(http));
        return waitSeconds == 0 ? null : RateLimiter.tooManyRequests(
                "Too many rejected sign-in tokens from this client; retry after " + waitSeconds + " s.", waitSeconds);
    }

    public void recordRejectedToken(HttpServerRequest http) {
        limiter.acquire(RateLimiter.clientOf(http));
    }
}
