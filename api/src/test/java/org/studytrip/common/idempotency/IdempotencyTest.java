package org.studytrip.common.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Auth;
import org.studytrip.support.ContractValidation;
import org.studytrip.support.Database;
import org.studytrip.support.Programme;

@QuarkusTest
class IdempotencyTest {

    @Inject
    Database database;

    private static String topic(String code, String name) {
        return "{\"code\": \"" + code + "\", \"name\": {\"en\": \"" + name + "\"}}";
    }

    private static Response post(String key, String path, String body) {
        return given().header(IdempotencyInterceptor.HEADER, key).contentType("application/json").body(body).post(path);
    }

    private long topicsCoded(String code) {
        return database.counts(Map.of("n", "SELECT COUNT(*) FROM topic WHERE code = '" + code + "'")).get("n");
    }

    @Test
    void theSameKeyAndBodyAnswersTheFirstAnswerAgainAndCreatesNothingMore() {
        String code = "idem-" + UUID.randomUUID().toString().substring(0, 8);
        String key = "\"" + UUID.randomUUID() + "\"";
        Response first = post(key, "/api/v1/topics", topic(code, "Once"));
        first.then().statusCode(201);
        // The same request, spaced otherwise: the same request.
        Response again = post(key, "/api/v1/topics", topic(code, "Once").replace(": ", ":"));
        again.then().statusCode(201);
        assertEquals(first.asString(), again.asString());
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(1, topicsCoded(code));

        // The same key with another body: refused, and nothing written.
        post(key, "/api/v1/topics", topic(code + "-x", "Other")).then().statusCode(422)
                .body("code", equalTo("idempotency-key-reused"));
        assertEquals(0, topicsCoded(code + "-x"));
        // Keys are per caller: another organiser's same key is theirs (a token with another subject).
        given().header(Auth.bearer(Auth.token("organiser", UUID.randomUUID().toString()))).header(IdempotencyInterceptor.HEADER, key).contentType("application/json")
                .body(topic(code + "-y", "Theirs")).post("/api/v1/topics").then().statusCode(201);
        // Bare keys are read as the quoted ones.
        post(key.replace("\"", ""), "/api/v1/topics", topic(code, "Once")).then().statusCode(201)
                .body("id", equalTo(first.path("id")));
    }

    @Test
    void aFailedRequestKeepsNothingSoItsKeyMaySendTheCorrectedOne() {
        String code = "idem-" + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        post(key, "/api/v1/topics", "{\"code\": \"" + code + "\"}").then().statusCode(400);
        // The key was not used up by the refusal; a corrected body is another request, though: a new key for it.
        post(key, "/api/v1/topics", "{\"code\": \"" + code + "\"}").then().statusCode(400);
        post(UUID.randomUUID().toString(), "/api/v1/topics", topic(code, "Fixed")).then().statusCode(201);
        post("", "/api/v1/topics", topic(code + "-e", "Empty key")).then().statusCode(400).body("code", equalTo("invalid-header"));
        post("x".repeat(256), "/api/v1/topics", topic(code + "-l", "Long key")).then().statusCode(400);
    }

    @Test
    void twoConcurrentRequestsWithOneKeyCreateOneRecord() throws Exception {
        String trip = Programme.trip("published");
        String title = "Concurrent " + UUID.randomUUID();
        String body = """
                {"title": {"en": "%s"}, "type": "lecture", "startsAt": "2027-10-14T09:00:00+09:00",
                 "endsAt": "2027-10-14T10:00:00+09:00", "status": "scheduled"}""".formatted(title);
        for (int round = 0; round < 5; round++) {
            String key = UUID.randomUUID().toString();
            CyclicBarrier start = new CyclicBarrier(2);
            List<CompletableFuture<Integer>> requests = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                requests.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return post(key, "/api/v1/trips/" + trip + "/sessions", body).statusCode();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> request : requests) {
                statuses.add(request.get(30, TimeUnit.SECONDS));
            }
            assertTrue(statuses.contains(201), statuses.toString());
            assertTrue(statuses.stream().allMatch(status -> status == 201 || status == 409), statuses.toString());
        }
        assertEquals(5L, database.counts(Map.of("n", "SELECT COUNT(*) FROM trip_session WHERE title_en = '" + title + "'")).get("n"));
    }

    @Test
    void everyPostOfTheContractTakesAnIdempotencyKey() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(ContractValidation.COMMITTED_CONTRACT.toFile()).get("paths");
        List<String> posts = new ArrayList<>();
        paths.fields().forEachRemaining(path -> {
            JsonNode post = path.getValue().get("post");
            if (post != null) {
                posts.add(path.getKey());
                boolean declared = false;
                for (JsonNode parameter : post.path("parameters")) {
                    declared |= parameter.path("name").asText().equals("Idempotency-Key");
                }
                assertTrue(declared, path.getKey() + " declares no Idempotency-Key");
                assertTrue(post.path("responses").has("422"), path.getKey() + " declares no 422");
            }
        });
        assertTrue(posts.size() >= 10, posts.toString());
    }
}
