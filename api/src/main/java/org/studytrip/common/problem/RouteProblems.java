package org.studytrip.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/**
 * Problems answered by the HTTP layer's own handlers, which refuse a request before the REST layer reads it
 * (limits, shutdown): the same problem+json as {@link ProblemMapper}'s, with the security headers the earlier
 * routes have already set.
 */
@Singleton
public class RouteProblems {

    private final ObjectMapper mapper;

    RouteProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Ends the exchange with the problem. With {@code closeConnection} the connection is closed afterwards, so that a
     * body the client is still sending is never read as the next request.
     */
    public void refuse(RoutingContext context, ProblemException problem, boolean closeConnection) {
        HttpServerResponse response = context.response();
        String body;
        try {
            body = mapper.writeValueAsString(problem.toProblem());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written as JSON", e);
        }
        response.setStatusCode(problem.type().status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (closeConnection) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(ended -> context.request().connection().close());
        }
        response.end(body);
    }
}
