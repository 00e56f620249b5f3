package org.studytrip.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
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
     * Ends the exchange with the problem. With {@code closeConnection} the connection is closed afterwards (see
     * {@link #closeAfterAnswer}).
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
            closeAfterAnswer(context);
        }
        response.end(body);
    }

    /**
     * For a request whose body is not read: on HTTP/1.x the connection is closed once the answer is sent, so that the
     * rest of the body is never taken for the next request. HTTP/2 carries each request in a stream of its own, which
     * the answer ends; closing the connection there would cut every other request on it.
     */
    public static void closeAfterAnswer(RoutingContext context) {
        if (context.request().version() != HttpVersion.HTTP_2) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            context.addEndHandler(ended -> context.request().connection().close());
        }
    }
}
