package org.studytrip;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Auth;
import org.studytrip.support.RawHttp;

@QuarkusTest
class OperationsTest {

    private static final Pattern URI_LABEL = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"");

    private static final HttpResponse.BodyHandler<Void> DISCARD = HttpResponse.BodyHandlers.discarding();

    /** The management interface's root path (/q) is part of its URL already. */
    @TestHTTPResource(value = "/metrics", management = true)
    URI metrics;

    @TestHTTPResource("/")
    URI api;

    private String metrics() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metrics).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    @Test
    void readinessChecksTheDatabaseAndSaysNothingMore() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }", not(hasKey("data")));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreOnTheManagementInterfaceOnlyAndDoNotNameTheRuntime() throws Exception {
        given().get("/api/v1/topics").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(404);
        String published = metrics();
        assertTrue(published.contains("http_server_requests_seconds_count"), published);
        assertFalse(published.contains("jvm_info"), "the JVM's version is published");
    }

    /**
     * Paths that name no route, methods outside HTTP's own and requests refused before routing are counted, but never
     * as labels of their own: more of them than the label budget (100) leaves later routes still recorded.
     */
    @Test
    void junkRequestsNeverBecomeMetricLabels() throws Exception {
        // Sent without the contract's check: they name no operation of it.
        HttpClient client = HttpClient.newHttpClient();
        String forged = "Bearer " + Auth.forged(Auth.token("partner", null));
        for (int i = 0; i < 120; i++) {
            URI junk = api.resolve("/api/v1/scan-" + UUID.randomUUID());
            assertEquals(404, client.send(HttpRequest.newBuilder(junk).GET().build(), DISCARD).statusCode());
            assertEquals(401, client.send(HttpRequest.newBuilder(junk).header("Authorization", forged).GET().build(),
                    DISCARD).statusCode());
            assertEquals(405, client.send(HttpRequest.newBuilder(api.resolve("/api/v1/topics"))
                    .method("PROPFIND" + (i % 3), HttpRequest.BodyPublishers.noBody()).build(), DISCARD).statusCode());
        }
        // A route not asked for before, recorded after the junk.
        given().get("/api/v1/trips/" + UUID.randomUUID() + "/delegations").then().statusCode(404);
        Set<String> labels = new TreeSet<>();
        Matcher label = URI_LABEL.matcher(metrics());
        while (label.find()) {
            labels.add(label.group(1));
        }
        assertTrue(labels.contains("/api/v1/trips/{tripId}/delegations"), "the later route is recorded: " + labels);
        for (String uri : labels) {
            assertTrue(List.of("UNKNOWN", "NOT_FOUND", "root").contains(uri) || uri.startsWith("/q/")
                    || uri.startsWith("/api/v1/") && !uri.contains("scan-"), "a junk label: " + uri);
        }
        assertFalse(metrics().contains("PROPFIND"), "methods outside HTTP's own are counted as OTHER");
    }

    @Test
    void requestDurationsArePublishedAsAHistogramWithFixedBuckets() throws Exception {
        given().get("/api/v1/topics").then().statusCode(200);
        List<String> buckets = metrics().lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_bucket{") && line.contains("uri=\"/api/v1/topics\""))
                .toList();
        List<String> bounds = buckets.stream().map(line -> line.replaceAll(".*le=\"([^\"]+)\".*", "$1")).distinct().toList();
        assertTrue(bounds.containsAll(List.of("0.005", "0.1", "1.0", "10.0", "+Inf")), "buckets: " + buckets);
        assertTrue(bounds.size() <= 12, "a few buckets per series, not hundreds: " + bounds);
    }

    /** The caller's id when it is a plain token, else one made here: in the header, the problem and the log lines. */
    @Test
    void everyAnswerCarriesTheRequestIdAndAProblemQuotesIt() {
        var made = given().get("/api/v1/trips/" + UUID.randomUUID()).then().statusCode(404).extract();
        assertTrue(made.header("X-Request-Id").matches("[0-9a-f]{32}"), made.header("X-Request-Id"));
        assertEquals(made.header("X-Request-Id"), made.path("requestId"));
        given().get("/api/v1/topics").then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f]{32}"));

        given().header("X-Request-Id", "partner-7f3a:42").get("/api/v1/nothing-here").then().statusCode(404)
                .header("X-Request-Id", "partner-7f3a:42").body("requestId", equalTo("partner-7f3a:42"));
        for (String unfit : List.of("two words", "x".repeat(65), "quote\"d", "line\u00e9")) {
            var answer = given().header("X-Request-Id", unfit).get("/api/v1/nothing-here").then().statusCode(404).extract();
            assertTrue(answer.header("X-Request-Id").matches("[0-9a-f]{32}"), "replaced: " + answer.header("X-Request-Id"));
            assertEquals(answer.header("X-Request-Id"), answer.path("requestId"));
        }
        // Refused before the REST layer reads the request: the id is there too.
        RawHttp.Answer refused = RawHttp.exchange("GET /api/v1/topics?q=" + "a".repeat(9000) + " HTTP/1.1", new byte[0]);
        assertEquals(414, refused.status(), refused.body());
        assertEquals(refused.header("X-Request-Id"), refused.json().path("requestId").asText());
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("not-found"));
        given().accept("text/html").get("/api/v1/topics").then().statusCode(406)
                .contentType("application/problem+json").body("code", equalTo("not-acceptable"));
    }
}
