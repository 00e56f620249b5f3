package org.studytrip.support;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.time.Duration;
import org.studytrip.common.database.DatabaseTestResource;
import org.studytrip.embedded.LocalIssuer;

/**
 * Tokens for tests, signed by the local issuer the test service trusts. Requests act as an organiser unless they
 * say otherwise: {@code given().header(Auth.as("partner"))}, or {@link #ANONYMOUS} for no token at all.
 */
public final class Auth {

    /** A marker header: send the request without any token. */
    public static final io.restassured.http.Header ANONYMOUS = new io.restassured.http.Header("X-Test-Anonymous", "true");

    private static LocalIssuer issuer;
    private static String organiser;

    private Auth() {
    }

    static synchronized LocalIssuer issuer() {
        if (issuer == null) {
            issuer = LocalIssuer.open(DatabaseTestResource.TEST_ISSUER_DIRECTORY.resolve("issuer"));
        }
        return issuer;
    }

    public static String token(String role, String personId) {
        return issuer().token(role, personId, Duration.ofHours(4));
    }

    /** A token with exactly these claims, signed by the trusted issuer: for what the service refuses in a valid signature. */
    public static String signed(String claims) {
        return issuer().sign(claims);
    }

    public static io.restassured.http.Header as(String role) {
        return bearer(token(role, null));
    }

    public static io.restassured.http.Header asParticipant(String personId) {
        return bearer(token("participant", personId));
    }

    /** A token whose signature does not verify: refused like an expired or foreign one. */
    public static String forged(String validToken) {
        return validToken.substring(0, validToken.lastIndexOf('.') + 1) + "AAAA";
    }

    public static io.restassured.http.Header bearer(String token) {
        return new io.restassured.http.Header("Authorization", "Bearer " + token);
    }

    /** Adds an organiser's token to requests that carry none (and none to those marked anonymous). */
    static final class DefaultOrganiser implements Filter {

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            if (request.getHeaders().hasHeaderWithName(ANONYMOUS.getName())) {
                request.removeHeader(ANONYMOUS.getName());
            } else if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                synchronized (Auth.class) {
                    if (organiser == null) {
                        organiser = token("organiser", null);
                    }
                }
                request.header("Authorization", "Bearer " + organiser);
            }
            return context.next(request, response);
        }
    }
}
