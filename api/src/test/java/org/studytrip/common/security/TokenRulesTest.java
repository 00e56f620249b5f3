package org.studytrip.common.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.studytrip.embedded.LocalIssuer;
import org.studytrip.support.Auth;

/**
 * A token whose signature verifies is still refused (401) when it is not one this service should accept: issued in
 * the future, living longer than the service allows, meant for another audience or for none, carrying its roles
 * as a plain string. An Authorization header without a bearer token is a failed sign-in, not an anonymous request.
 */
@QuarkusTest
class TokenRulesTest {

    private static String claims(String audience, String groups, long issuedAt, long expires) {
        return "{\"iss\": \"" + LocalIssuer.ISSUER + "\", \"sub\": \"local-organiser\", \"upn\": \"local-organiser\""
                + (audience == null ? "" : ", \"aud\": " + audience) + ", \"groups\": " + groups
                + ", \"iat\": " + issuedAt + ", \"exp\": " + expires + "}";
    }

    private static void refused(String why, String authorization) {
        for (String path : new String[] {"/api/v1/people", "/api/v1/topics"}) {
            var answer = given().header("Authorization", authorization).get(path).then().extract();
            assertEquals(401, answer.statusCode(), why + " on " + path + ": " + answer.asString());
            assertEquals("unauthenticated", answer.path("code"), why);
            assertEquals("Bearer", answer.header("WWW-Authenticate"), why);
        }
    }

    @Test
    void aTokenThatVerifiesButBreaksARuleIsRefused() {
        long now = Instant.now().getEpochSecond();
        String audience = "\"" + LocalIssuer.AUDIENCE + "\"";
        String roles = "[\"organiser\"]";
        // The same claims within the rules pass: each refusal below is for the one rule it breaks.
        given().header(Auth.bearer(Auth.signed(claims(audience, roles, now, now + 600)))).get("/api/v1/people")
                .then().statusCode(200);
        Map.of(
                "issued an hour from now", claims(audience, roles, now + 3600, now + 4200),
                "valid for twenty years", claims(audience, roles, now, now + Duration.ofDays(20 * 365).toSeconds()),
                "for another service", claims("\"another-service\"", roles, now, now + 600),
                "for no audience", claims(null, roles, now, now + 600),
                "roles as a plain string", claims(audience, "\"organiser\"", now, now + 600))
                .forEach((why, token) -> refused(why, "Bearer " + Auth.signed(token)));
    }

    @Test
    void anAuthorizationHeaderWithoutABearerTokenIsRefusedNotAnonymous() {
        for (String header : new String[] {"Bearer", "Bearer ", "Bearer  ", "Basic b3JnYW5pc2VyOnNlY3JldA==", "bearer"}) {
            refused("'" + header + "'", header);
        }
        // The scheme's name is case-insensitive (RFC 9110): a valid token after "bearer" is a valid token.
        given().header("Authorization", "bearer " + Auth.token("organiser", null)).get("/api/v1/people").then()
                .statusCode(200);
    }
}
