package org.studytrip.common.protection;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemMapper;
import org.studytrip.common.problem.ProblemType;

/**
 * Before any write is read: 429 with Retry-After when a client writes faster than allowed, 413 when the body is
 * larger than any valid one. Reads are not limited.
 */
public class WriteLimits {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final RateLimiter limiter;
    private final long maxBodyBytes;

    WriteLimits(LimitsConfig config) {
        this.limiter = new RateLimiter(config.writesPerMinute(), config.writeBurst(), System::nanoTime);
        this.maxBodyBytes = config.maxBodyBytes();
    }

    // First of all: a flood or an oversized body is refused before any token is checked or any body read.
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    public Response limitWrites(ContainerRequestContext request, HttpServerRequest http) {
        if (!WRITES.contains(request.getMethod())) {
            return null;
        }
        long waitSeconds = limiter.acquire(RateLimiter.clientOf(http));
        if (waitSeconds > 0) {
            return RateLimiter.tooManyRequests(
                    "Too many changes in a short time from this client; retry after " + waitSeconds + " s.", waitSeconds);
        }
        if (request.getLength() > maxBodyBytes) {
            return ProblemMapper.respond(new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + maxBodyBytes + " bytes.").toProblem());
        }
        return null;
    }
}
