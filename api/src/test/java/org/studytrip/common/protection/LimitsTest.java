package org.studytrip.common.protection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Auth;
import org.studytrip.support.Database;

/**
 * Limits that protect the service: write rate and rejected tokens per client, body size, security headers. Small
 * limits here.
 */
@QuarkusTest
@TestProfile(LimitsTest.SmallLimits.class)
class LimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Rejected tokens: a burst of 3, then one a second, so a blocked client is let in again quickly.
            return Map.of("studytrip.limits.writes-per-minute", "2", "studytrip.limits.write-burst", "3",
                    "studytrip.limits.max-body-bytes", "4096",
                    "studytrip.limits.failed-tokens-per-minute", "60", "studytrip.limits.failed-token-burst", "3");
        }
    }

    @Inject
    Database database;

    private long topics() {
        return ((Number) database.query("SELECT COUNT(*) AS n FROM topic").get(0).get("n")).longValue();
    }

    private static String topic() {
        String code = "limit-" + UUID.randomUUID().toString().substring(0, 8);
        return "{\"code\": \"" + code + "\", \"name\": {\"en\": \"Limit test\"}}";
    }

    @Test
    void aClientWritingTooFastGets429WithRetryAfterAndNothingIsWritten() {
        // The burst of 3 may be partly used by other tests of this class: write until refused.
        int accepted = 0;
        while (given().contentType("application/json").body(topic()).post("/api/v1/topics").statusCode() == 201) {
            accepted++;
            if (accepted > 3) {
                throw new AssertionError("more writes accepted than the burst allows");
            }
        }
        long before = topics();
        given().contentType("application/json").body(topic()).post("/api/v1/topics")
                .then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("rate-limited"))
                .header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(1));
        assertEquals(before, topics());
        // Reads are not limited.
        given().get("/api/v1/topics").then().statusCode(200);
    }

    @Test
    void aBodyLargerThanTheLimitGets413BeforeItIsRead() {
        long before = topics();
        String huge = "{\"code\": \"too-large\", \"name\": {\"en\": \"" + "x".repeat(5000) + "\"}}";
        given().contentType("application/json").body(huge).post("/api/v1/topics")
                .then().statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("payload-too-large"));
        assertEquals(before, topics());
    }

    @Test
    void answersCarrySecurityHeaders() {
        given().get("/api/v1/topics").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        given().get("/api/v1/topics/" + UUID.randomUUID()).then().statusCode(404)
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void aClientSendingRejectedTokensGets429WithRetryAfterWhileValidTokensStillPass() throws InterruptedException {
        String valid = Auth.token("organiser", null);
        String forged = Auth.forged(valid);
        // Rejected tokens count wherever they are sent: on open operations and on those that need a role.
        int rejected = 0;
        while (given().header(Auth.bearer(forged)).get(rejected % 2 == 0 ? "/api/v1/topics" : "/api/v1/people")
                .statusCode() == 401) {
            rejected++;
            if (rejected > 3) {
                throw new AssertionError("more rejected tokens answered 401 than the burst allows");
            }
        }
        int retryAfter = given().header(Auth.bearer(forged)).get("/api/v1/people")
                .then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("rate-limited"))
                .header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(1))
                .extract().header("Retry-After").transform(Integer::parseInt);
        given().header(Auth.bearer(forged)).delete("/api/v1/topics/" + UUID.randomUUID()).then().statusCode(429);
        // Someone else behind the same address with a valid token, or with none, is not locked out.
        given().header(Auth.bearer(valid)).get("/api/v1/people").then().statusCode(200);
        given().header(Auth.ANONYMOUS).get("/api/v1/topics").then().statusCode(200);

        Thread.sleep(retryAfter * 1000L);
        given().header(Auth.bearer(forged)).get("/api/v1/topics").then().statusCode(401);
    }
}
