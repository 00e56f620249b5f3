package org.studytrip.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
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

    /** How long a refused body is read on before the connection is closed anyway. */
    static final long LINGER_MILLIS = 2_000;

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
            context.addEndHandler(ended -> lingerThenClose(context));
        }
    }

    /**
     * Closing a connection with unread request bytes makes the kernel reset it, and a reset can discard the answer
     * before the client has read it (a client still sending a large body then sees no answer at all). So the rest of
     * the body is read and thrown away until the client stops sending, for {@link #LINGER_MILLIS} at most, and only
     * then is the connection closed: a lingering close, as web servers do.
     */
    private static void lingerThenClose(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpConnection connection = request.connection();
        if (request.isEnded()) {
            connection.close();
            return;
        }
        long timer = context.vertx().setTimer(LINGER_MILLIS, expired -> connection.close());
        try {
            request.handler(discarded -> {
            });
            request.endHandler(end -> {
                context.vertx().cancelTimer(timer);
                connection.close();
            });
            request.resume();
        } catch (IllegalStateException alreadyRead) {
            context.vertx().cancelTimer(timer);
            connection.close();
        }
    }
}
