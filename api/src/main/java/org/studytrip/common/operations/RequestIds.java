package org.studytrip.common.operations;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.studytrip.common.problem.RequestId;
import org.studytrip.common.web.RouteOrder;

/**
 * Gives every request an id before anything else handles it: the caller's {@code X-Request-Id} when it is a plain token
 * (a partner's system, or a proxy in front, correlating with its own logs), else a new random one. It is put into the
 * log context and returned in the answer's header.
 */
@Singleton
public class RequestIds {

    /** What a caller's id may look like: no spaces, quotes or control characters ever reach a log line. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    void install(@Observes Router router) {
        router.route().order(RouteOrder.REQUEST_ID).handler(this::assign);
    }

    private void assign(RoutingContext context) {
        String offered = context.request().getHeader(RequestId.HEADER);
        String id = offered != null && ACCEPTED.matcher(offered).matches() ? offered : newId();
        MDC.put(RequestId.LOG_KEY, id);
        context.response().putHeader(RequestId.HEADER, id);
        context.next();
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
