package org.studytrip.common.protection;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Set;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;
import org.studytrip.common.problem.RouteProblems;
import org.studytrip.common.web.RouteOrder;

/**
 * Reads and writes per client, before anything else is done for a request to the API: beyond its budget a client
 * gets 429 with Retry-After. Every API answer announces the budget that applies to it, in the IETF RateLimit
 * header fields (draft-ietf-httpapi-ratelimit-headers): {@code RateLimit-Policy: "reads";q=300;w=30} (a burst of q
 * requests, refilled evenly over w seconds) and {@code RateLimit: "reads";r=299;t=1} (r left now, full again in t
 * seconds). Reads are generous, so a phone revalidating its itinerary never meets the limit; writes are tighter.
 */
@Singleton
public class RequestLimits {

    static final String POLICY_HEADER = "RateLimit-Policy";
    static final String LIMIT_HEADER = "RateLimit";

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final Budget reads;
    private final Budget writes;
    private final RouteProblems problems;

    RequestLimits(LimitsConfig config, RouteProblems problems) {
        this.reads = new Budget("reads", new RateLimiter(config.readsPerMinute(), config.readBurst(), System::nanoTime));
        this.writes = new Budget("writes", new RateLimiter(config.writesPerMinute(), config.writeBurst(), System::nanoTime));
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(RouteOrder.RATE_LIMITS).handler(this::limit);
    }

    private void limit(RoutingContext context) {
        boolean write = WRITES.contains(context.request().method());
        Budget budget = write ? writes : reads;
        RateLimiter.Quota quota = budget.limiter().acquire(RateLimiter.clientOf(context.request()));
        HttpServerResponse response = context.response();
        response.putHeader(POLICY_HEADER, budget.policy());
        response.putHeader(LIMIT_HEADER, "\"" + budget.name() + "\";r=" + quota.remaining() + ";t=" + quota.secondsUntilFull());
        if (quota.allowed()) {
            context.next();
            return;
        }
        response.putHeader("Retry-After", Long.toString(quota.waitSeconds()));
        problems.refuse(context, new ProblemException(ProblemType.RATE_LIMITED, (write
                ? "Too many changes in a short time from this client"
                : "Too many requests in a short time from this client") + "; retry after " + quota.waitSeconds() + " s."),
                write);
    }

    private record Budget(String name, RateLimiter limiter) {

        String policy() {
            return "\"" + name + "\";q=" + limiter.capacity() + ";w=" + limiter.secondsToFill();
        }
    }
}
