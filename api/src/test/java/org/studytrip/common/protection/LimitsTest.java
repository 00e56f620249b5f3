package org.studytrip.common.protection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Header;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Auth;
import org.studytrip.support.Database;
import org.studytrip.support.RawHttp;

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
            // Reads: a burst of 30, then one a second. Requests through a trusted proxy count for the address it
            // forwards, so each read test is a client of its own.
            return Map.ofEntries(Map.entry("studytrip.limits.writes-per-minute", "2"),
                    Map.entry("studytrip.limits.write-burst", "3"),
                    Map.entry("studytrip.limits.reads-per-minute", "60"), Map.entry("studytrip.limits.read-burst", "30"),
                    Map.entry("studytrip.limits.max-body-bytes", "4096"),
                    Map.entry("studytrip.limits.failed-tokens-per-minute", "60"),
                    Map.entry("studytrip.limits.failed-token-burst", "3"),
                    Map.entry("quarkus.http.proxy.proxy-address-forwarding", "true"),
                    Map.entry("quarkus.http.proxy.allow-x-forwarded", "true"),
                    Map.entry("quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1"));
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
        // Reads have a budget of their own.
        given().get("/api/v1/topics").then().statusCode(200).header("RateLimit-Policy", "\"reads\";q=30;w=30");
    }

    @Test
    void aClientReadingTooFastGets429AndEveryAnswerAnnouncesItsBudget() throws InterruptedException {
        Header client = new Header("X-Forwarded-For", "198.51.100.7");
        int left = Integer.MAX_VALUE;
        int reads = 0;
        long start = System.nanoTime();
        var answer = given().header(client).get("/api/v1/topics").then().extract();
        for (; answer.statusCode() == 200; answer = given().header(client).get("/api/v1/topics").then().extract()) {
            assertEquals("\"reads\";q=30;w=30", answer.header("RateLimit-Policy"));
            int remaining = Integer.parseInt(answer.header("RateLimit").replaceAll(".*;r=([0-9]+);t=.*", "$1"));
            assertTrue(remaining <= left, "the remaining budget never grows while reading: " + answer.header("RateLimit"));
            left = remaining;
            // The burst, and one more for each second the loop has run.
            if (++reads > 31 + (System.nanoTime() - start) / 1_000_000_000L) {
                throw new AssertionError("more reads answered than the budget allows: " + reads);
            }
        }
        assertEquals(429, answer.statusCode(), answer.asString());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals("rate-limited", answer.path("code"));
        assertTrue(answer.header("RateLimit").matches("\"reads\";r=0;t=(29|30)"), answer.header("RateLimit"));
        int retryAfter = Integer.parseInt(answer.header("Retry-After"));
        assertTrue(retryAfter >= 1);
        // Another client, and writes, have budgets of their own; an error answer announces its budget too.
        given().header(new Header("X-Forwarded-For", "198.51.100.8")).get("/api/v1/topics/" + UUID.randomUUID())
                .then().statusCode(404).header("RateLimit-Policy", "\"reads\";q=30;w=30");
        Thread.sleep(retryAfter * 1000L);
        given().header(client).get("/api/v1/topics").then().statusCode(200);
    }

    @Test
    void aBodyDeclaredLargerThanAnyTransportLimitIsAProblemWithTheSecurityHeaders() {
        // A client of its own: the writes of this class's other tests have used up the local address's budget.
        RawHttp.Answer answer = RawHttp.exchange("POST /api/v1/topics HTTP/1.1\r\nContent-Type: application/json"
                + "\r\nX-Forwarded-For: 198.51.100.9\r\nContent-Length: 10485760",
                "{\"code\": \"".getBytes(StandardCharsets.UTF_8));
        assertEquals(413, answer.status(), answer.body());
        assertEquals("payload-too-large", answer.json().path("code").asText());
        assertSecurityHeaders(answer);
        assertEquals("close", answer.header("Connection"));
    }

    @Test
    void requestTargetsAndHeadersBeyondTheLimitsAreProblemsWithTheSecurityHeaders() {
        RawHttp.Answer tooLong = RawHttp.exchange("GET /api/v1/topics?q=" + "a".repeat(9000) + " HTTP/1.1", new byte[0]);
        assertEquals(414, tooLong.status(), tooLong.body());
        assertEquals("uri-too-long", tooLong.json().path("code").asText());
        assertSecurityHeaders(tooLong);
        RawHttp.Answer tooLarge = RawHttp.exchange("GET /api/v1/topics HTTP/1.1\r\nX-Padding: " + "a".repeat(20_000),
                new byte[0]);
        assertEquals(431, tooLarge.status(), tooLarge.body());
        assertEquals("headers-too-large", tooLarge.json().path("code").asText());
        assertSecurityHeaders(tooLarge);
        RawHttp.Answer notAUri = RawHttp.exchange("GET /api/v1/topics?q=%zz|^ HTTP/1.1", new byte[0]);
        assertEquals(400, notAUri.status(), notAUri.body());
        assertEquals("invalid-uri", notAUri.json().path("code").asText());
        assertSecurityHeaders(notAUri);
    }

    private static void assertSecurityHeaders(RawHttp.Answer answer) {
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        assertEquals("DENY", answer.header("X-Frame-Options"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", answer.header("Content-Security-Policy"));
        assertEquals("no-referrer", answer.header("Referrer-Policy"));
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
