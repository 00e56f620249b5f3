package org.studytrip.common.protection;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;
import org.studytrip.common.problem.RouteProblems;
import org.studytrip.common.web.RouteOrder;

/**
 * What a request may be before anything of it is read, answered as problems with the security headers: a request
 * target that is too long (414) or not a URI (400), header lines that are too large (431), a declared body larger
 * than the limit (413). A chunked body is counted as it is read ({@link org.studytrip.common.web.JsonBodyGate}).
 *
 * <p>The transport's own limits (quarkus.http.limits.*) sit well above these, so that requests meet these first;
 * only a request the HTTP codec cannot parse at all is answered by the transport, with a bare status and no body.
 */
@Singleton
public class SizeLimits {

    private final LimitsConfig limits;
    private final RouteProblems problems;

    SizeLimits(LimitsConfig limits, RouteProblems problems) {
        this.limits = limits;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(RouteOrder.SIZE_LIMITS).handler(this::check);
    }

    private void check(RoutingContext context) {
        ProblemException refusal = refusal(context.request());
        if (refusal == null) {
            context.next();
        } else {
            problems.refuse(context, refusal, true);
        }
    }

    private ProblemException refusal(HttpServerRequest request) {
        String uri = request.uri();
        if (uri.length() > limits.maxUriBytes()) {
            return new ProblemException(ProblemType.URI_TOO_LONG,
                    "The request target is longer than " + limits.maxUriBytes() + " bytes.");
        }
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            return new ProblemException(ProblemType.INVALID_URI,
                    "The request target is not a valid URI (RFC 3986); percent-encode what it carries.");
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > limits.maxHeaderBytes()) {
            return new ProblemException(ProblemType.HEADERS_TOO_LARGE,
                    "The request's header fields are larger than " + limits.maxHeaderBytes() + " bytes.");
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredLength(length) > limits.maxBodyBytes()) {
            return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + limits.maxBodyBytes() + " bytes.");
        }
        return null;
    }

    /** The codec has checked that Content-Length is a number; one beyond a long is larger than any limit. */
    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException tooLarge) {
            return Long.MAX_VALUE;
        }
    }
}
