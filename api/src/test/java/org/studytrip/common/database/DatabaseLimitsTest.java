package org.studytrip.common.database;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Database;
import org.studytrip.support.Database.Held;
import org.studytrip.support.LogCapture;

/**
 * Database access is bounded, and its failures are answered, never a 500 and never a wait without end: a lock held
 * too long, a pool with no free connection, a deadlock each end in 503 database-busy with Retry-After within the
 * configured bounds, while other requests keep answering; a write that meets a lock conflict is run once more; a
 * database error is answered without its text (which quotes the data) reaching the log.
 */
@QuarkusTest
class DatabaseLimitsTest {

    /** Lock waits end after 2 s; a write is tried twice; the rest is margin for a busy test machine. */
    private static final long READ_BOUND_MILLIS = 4_000;
    private static final long WRITE_BOUND_MILLIS = 7_000;

    /** The whole test run's log, as the service writes it (application.properties, %test). */
    private static final Path RUN_LOG = Path.of("target", "test-run.log");

    @Inject
    Database database;

    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
    int poolSize;

    private RestAssuredTimeout timeout;

    /** Requests that would wait without end on the code before these bounds fail instead of hanging the build. */
    @BeforeEach
    void clientGivesUpAfterTenSeconds() {
        timeout = new RestAssuredTimeout();
    }

    @AfterEach
    void restoreClient() {
        timeout.close();
    }

    private static String newTopic(String code) {
        return given().contentType("application/json").body("{\"code\": \"" + code + "\", \"name\": {\"en\": \"Locked\"}}")
                .post("/api/v1/topics").then().statusCode(201).extract().path("id");
    }

    private static String hex(String id) {
        return "UNHEX('" + id.replace("-", "") + "')";
    }

    private static void assertBusy(ExtractableResponse<Response> answer, long millis, long bound) {
        assertEquals(503, answer.statusCode(), answer.asString());
        assertEquals("database-busy", answer.path("code"));
        assertTrue(Integer.parseInt(answer.header("Retry-After")) >= 1, "Retry-After " + answer.header("Retry-After"));
        assertTrue(millis < bound, "answered after " + millis + " ms, more than " + bound);
    }

    @Test
    void aTableLockEndsReadsOfThatTableWith503WhileOtherReadsAnswer() {
        try (Held lock = database.hold("LOCK TABLES topic WRITE")) {
            long start = System.nanoTime();
            var answer = given().get("/api/v1/topics").then().extract();
            assertBusy(answer, (System.nanoTime() - start) / 1_000_000, READ_BOUND_MILLIS);
            long other = System.nanoTime();
            given().get("/api/v1/cities").then().statusCode(200);
            assertTrue((System.nanoTime() - other) / 1_000_000 < 2_000, "another table's reads are not held up");
        }
        given().get("/api/v1/topics").then().statusCode(200);
    }

    /** A change (its lock wait comes as it runs) and a deletion (its lock wait comes at commit, when it is flushed). */
    @Test
    void aWriteWaitingOnARowLockIsRunTwiceThenAnswered503AndChangesNothing() throws IOException {
        String code = "locked-" + UUID.randomUUID().toString().substring(0, 8);
        String id = newTopic(code);
        Map<String, String> rows = Map.of("version", "SELECT version FROM topic WHERE id = " + hex(id),
                "log", "SELECT COUNT(*) FROM change_log WHERE entity_id = " + hex(id));
        Map<String, Long> before = database.counts(rows);
        long logged = Files.size(RUN_LOG);
        try (Held lock = database.hold("SELECT * FROM topic WHERE id = " + hex(id) + " FOR UPDATE");
             LogCapture log = new LogCapture()) {
            for (var write : List.<java.util.function.Supplier<ExtractableResponse<Response>>>of(
                    () -> given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                            .body("{\"name\": {\"zh\": \"锁\"}}").patch("/api/v1/topics/" + id).then().extract(),
                    () -> given().header("If-Match", "\"0\"").delete("/api/v1/topics/" + id).then().extract())) {
                long start = System.nanoTime();
                var answer = write.get();
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertBusy(answer, millis, WRITE_BOUND_MILLIS);
                assertTrue(millis >= 3_500, "two lock waits of 2 s each, not one: " + millis + " ms");
            }
            assertTrue(log.any("Lock conflict in CrudService.patch"), "the change was run again: " + log.lines());
            assertTrue(log.any("Lock conflict in CrudService.delete"), "the deletion was run again: " + log.lines());
        }
        assertEquals(before, database.counts(rows));
        // The deletion failed at commit, which the transaction manager logs with the statement: not in the service's log.
        String written;
        try (var file = Files.newInputStream(RUN_LOG)) {
            file.skipNBytes(logged);
            written = new String(file.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(written.contains("Lock conflict"), "the test read what this test logged");
        assertFalse(written.contains("delete from topic"), "the log holds the database's words: " + written);
    }

    @Test
    void aLockLetGoWhileTheWriteIsRunAgainLetsItThroughOnce() throws Exception {
        String id = newTopic("relock-" + UUID.randomUUID().toString().substring(0, 8));
        Held lock = database.hold("SELECT * FROM topic WHERE id = " + hex(id) + " FOR UPDATE");
        // Let go after the first wait has timed out (2 s), during the second.
        CompletableFuture<Void> release = CompletableFuture.runAsync(lock::close,
                CompletableFuture.delayedExecutor(3, TimeUnit.SECONDS));
        try (LogCapture log = new LogCapture()) {
            String requestId = given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                    .body("{\"name\": {\"zh\": \"解锁\"}}").patch("/api/v1/topics/" + id).then().statusCode(200)
                    .body("version", equalTo(1)).body("name.zh", equalTo("解锁")).extract().header("X-Request-Id");
            assertTrue(log.any("Lock conflict in CrudService.patch"), "it went through on the second run: " + log.lines());
            assertEquals(requestId, log.requestIdOf("Lock conflict in CrudService.patch"),
                    "the line names the request it was written for");
        }
        release.get(10, TimeUnit.SECONDS);
        assertEquals(2L, database.counts(Map.of("log", "SELECT COUNT(*) FROM change_log WHERE entity_id = " + hex(id)))
                .get("log"), "one entry for the creation, one for the change: the failed run left nothing");
    }

    @Test
    void aPoolWithNoFreeConnectionAnswers503WithinTheAcquisitionTimeout() throws SQLException {
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < poolSize; i++) {
                taken.add(database.pool().getConnection());
            }
            long start = System.nanoTime();
            var answer = given().get("/api/v1/cities").then().extract();
            assertBusy(answer, (System.nanoTime() - start) / 1_000_000, READ_BOUND_MILLIS);
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
        given().get("/api/v1/cities").then().statusCode(200);
    }

    /**
     * A real deadlock with the service: a deletion holds its new change-log row and waits at commit for the topic's
     * row, which a transaction of the test's own holds and which then asks for that change-log row. InnoDB rolls back
     * the smaller transaction, the service's (the test's has written 50 rows first); the service runs it once more,
     * and the deletion goes through once the test has let go.
     */
    @Test
    void aDeadlockedWriteIsRunOnceMoreAndGoesThrough() throws Exception {
        String id = newTopic("deadlock-" + UUID.randomUUID().toString().substring(0, 8));
        StringBuilder weight = new StringBuilder("INSERT INTO topic (id, code, name_en, version, created_at, updated_at) VALUES ");
        for (int i = 0; i < 50; i++) {
            weight.append(i == 0 ? "" : ", ").append("(").append(hex(UUID.randomUUID().toString())).append(", 'weight-")
                    .append(UUID.randomUUID().toString(), 0, 13).append("', 'Weight', 0, NOW(6), NOW(6))");
        }
        try (Held other = database.hold(weight.toString(), "SELECT * FROM topic WHERE id = " + hex(id) + " FOR UPDATE");
             LogCapture log = new LogCapture()) {
            CompletableFuture<Integer> deletion = CompletableFuture.supplyAsync(() ->
                    given().header("If-Match", "\"0\"").delete("/api/v1/topics/" + id).then().extract().statusCode());
            // Once the deletion has logged its change and waits at commit for the topic: the cycle.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (database.query("SELECT COUNT(*) n FROM information_schema.innodb_trx WHERE trx_state = 'LOCK WAIT'")
                    .get(0).get("n").toString().equals("0") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            other.execute("SELECT * FROM change_log WHERE entity_type = 'topic' AND entity_id = " + hex(id) + " FOR UPDATE");
            other.close();
            assertEquals(204, deletion.get(15, TimeUnit.SECONDS));
            assertTrue(log.any("Lock conflict in CrudService.delete"), "the deletion lost a deadlock and ran again: "
                    + log.lines());
        }
        given().get("/api/v1/topics/" + id).then().statusCode(404);
        assertEquals(List.of("CREATED", "DELETED"), database.query("SELECT operation FROM change_log WHERE entity_id = "
                + hex(id) + " ORDER BY seq").stream().map(row -> row.get("operation")).toList());
    }

    @Test
    void aDatabaseErrorIsAnsweredWithoutItsTextReachingTheLog() throws Exception {
        String code = "logged-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> logged;
        // An uncommitted row holds the code: the service's own check cannot see it, its insert waits, then collides.
        try (LogCapture log = new LogCapture();
             Held row = database.hold("INSERT INTO topic (id, code, name_en, version, created_at, updated_at) VALUES ("
                     + hex(UUID.randomUUID().toString()) + ", '" + code + "', 'Held', 0, NOW(6), NOW(6))")) {
            CompletableFuture<Void> commit = CompletableFuture.runAsync(row::commit,
                    CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
            // The database's own refusal, not the service's check (which names the code: it would mean the row came first).
            given().contentType("application/json").body("{\"code\": \"" + code + "\", \"name\": {\"en\": \"Second\"}}")
                    .post("/api/v1/topics").then().statusCode(409).body("code", equalTo("duplicate-code"))
                    .body("detail", equalTo("Another resource already has this code."));
            commit.get(10, TimeUnit.SECONDS);
            logged = log.lines();
        }
        for (String line : logged) {
            assertFalse(line.contains(code), "the log quotes the rejected value: " + line);
        }
    }

    /** RestAssured's socket timeout for this class. */
    private static final class RestAssuredTimeout implements AutoCloseable {

        private final io.restassured.config.RestAssuredConfig previous = RestAssured.config;

        RestAssuredTimeout() {
            RestAssured.config = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                    .setParam("http.socket.timeout", 10_000).setParam("http.connection.timeout", 5_000));
        }

        @Override
        public void close() {
            RestAssured.config = previous;
        }
    }
}
