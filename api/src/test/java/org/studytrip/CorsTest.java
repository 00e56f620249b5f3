package org.studytrip;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The web client runs on its own origin; only the configured origins may call the API from a browser. */
@QuarkusTest
class CorsTest {

    private static final String SPA_ORIGIN = "http://localhost:5173";

    @TestHTTPResource("/api/v1/topics")
    URI topics;

    @Test
    void preflightForAnEditFromTheWebClientIsAllowed() {
        given().header("Origin", SPA_ORIGIN)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "content-type,if-match")
                .options("/api/v1/sessions/01990292-d3f0-7e36-9645-4f4fc29f0000")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", SPA_ORIGIN)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
    }

    @Test
    void readsFromTheWebClientExposeTheHeadersItNeeds() {
        given().header("Origin", SPA_ORIGIN).get("/api/v1/topics")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", SPA_ORIGIN)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"));
    }

    /** Bearer tokens are sent by the app itself: no credential of the browser's is ever needed, and caches keep
     * answers to different origins apart. */
    @Test
    void noBrowserCredentialsAndAnswersVaryByOrigin() {
        given().header("Origin", SPA_ORIGIN).get("/api/v1/topics").then().statusCode(200)
                .header("Vary", containsString("Origin"))
                .header("Access-Control-Allow-Credentials", org.hamcrest.Matchers.not("true"));
        given().get("/api/v1/topics").then().statusCode(200).header("Vary", containsString("Origin"));
    }

    @Test
    void requestsWithoutAnOriginAreUnaffected() {
        given().get("/api/v1/topics").then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }

    /**
     * A browser page on another origin is refused by the CORS filter before any resource runs, so this is not an
     * API response and is checked with a plain HTTP client rather than against the contract.
     */
    @Test
    void anOriginNotOnTheAllowListGetsNoPermission() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(topics).header("Origin", "https://evil.example").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                () -> "unexpected " + response.headers().map());
        assertEquals(403, response.statusCode());
    }
}
