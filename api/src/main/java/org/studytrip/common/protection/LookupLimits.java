package org.studytrip.common.protection;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.studytrip.common.problem.ProblemException;

/**
 * Lookups of public records by a key that only their holder should know (a certificate's serial): each one counts,
 * found or not, so that a client guessing keys meets 429 with Retry-After long before it could find one, and learns
 * nothing from answers past its limit.
 */
@ApplicationScoped
public class LookupLimits {

    private final RateLimiter limiter;

    LookupLimits(LimitsConfig config) {
        this.limiter = new RateLimiter(config.lookupsPerMinute(), config.lookupBurst(), System::nanoTime);
    }

    /** Counts a lookup; 429 when the client has made too many. */
    public void count(HttpServerRequest http) {
        long waitSeconds = limiter.acquire(RateLimiter.clientOf(http)).waitSeconds();
        if (waitSeconds > 0) {
            throw ProblemException.rateLimited("Too many lookups in a short time from this client; retry after "
                    + waitSeconds + " s.", waitSeconds);
        }
    }
}
