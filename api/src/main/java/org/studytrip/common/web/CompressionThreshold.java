package org.studytrip.common.web;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers too small to gain from compression are sent as they are: an answer that fits in one packet costs the same
 * round trip compressed, and gzip would add its own header and trailer (a 42-byte answer became 68). Larger JSON,
 * calendars and feeds are compressed as the client's {@code Accept-Encoding} allows (brotli, gzip or deflate).
 */
@ApplicationScoped
public class CompressionThreshold {

    /** About one TCP segment's payload less the response's headers. */
    public static final int BYTES = 1024;

    void install(@Observes Router router) {
        router.route().order(RouteOrder.COMPRESSION_THRESHOLD).handler(this::leaveSmallAnswersPlain);
    }

    private void leaveSmallAnswersPlain(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            String length = headers.get(HttpHeaders.CONTENT_LENGTH);
            if (length != null && !headers.contains(HttpHeaders.CONTENT_ENCODING) && Long.parseLong(length) < BYTES) {
                headers.set(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
            }
        });
        context.next();
    }
}
