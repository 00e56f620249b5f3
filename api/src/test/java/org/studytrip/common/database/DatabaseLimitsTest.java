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
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Database;
import org.studytrip.support.Database.Held;

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

    @Test
    void aWriteWaitingOnARowLockIsRunTwiceThenAnswered503AndChangesNothing() {
        String code = "locked-" + UUID.randomUUID().toString().substring(0, 8);
        String id = newTopic(code);
        Map<String, String> rows = Map.of("version", "SELECT version FROM topic WHERE id = " + hex(id),
                "log", "SELECT COUNT(*) FROM change_log WHERE entity_id = " + hex(id));
        Map<String, Long> before = database.counts(rows);
        try (Held lock = database.hold("SELECT * FROM topic WHERE id = " + hex(id) + " FOR UPDATE")) {
            long start = System.nanoTime();
            var answer = given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                    .body("{\"name\": {\"zh\": \"锁\"}}").patch("/api/v1/topics/" + id).then().extract();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertBusy(answer, millis, WRITE_BOUND_MILLIS);
            assertTrue(millis >= 3_500, "two lock waits of 2 s each, not one: " + millis + " ms");
        }
        assertEquals(before, database.counts(rows));
    }

    @Test
    void aLockLetGoWhileTheWriteIsRunAgainLetsItThroughOnce() throws Exception {
        String id = newTopic("relock-" + UUID.randomUUID().toString().substring(0, 8));
        Held lock = database.hold("SELECT * FROM topic WHERE id = " + hex(id) + " FOR UPDATE");
        // Let go after the first wait has timed out (2 s), during the second.
        CompletableFuture<Void> release = CompletableFuture.runAsync(lock::close,
                CompletableFuture.delayedExecutor(3, TimeUnit.SECONDS));
        given().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"name\": {\"zh\": \"解锁\"}}").patch("/api/v1/topics/" + id).then().statusCode(200)
                .body("version", equalTo(1)).body("name.zh", equalTo("解锁"));
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

    /** A real deadlock between two transactions of the test's own: what the service would meet reads as busy, and retryable. */
    @Test
    void aDeadlockIsReadAsALockConflictWorthOneMoreTry() throws Exception {
        String first = newTopic("dead-a-" + UUID.randomUUID().toString().substring(0, 8));
        String second = newTopic("dead-b-" + UUID.randomUUID().toString().substring(0, 8));
        String lockFirst = "SELECT * FROM topic WHERE id = " + hex(first) + " FOR UPDATE";
        String lockSecond = "SELECT * FROM topic WHERE id = " + hex(second) + " FOR UPDATE";
        try (Held one = database.hold(lockFirst); Held other = database.hold(lockSecond)) {
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> one.execute(lockSecond));
            Thread.sleep(300);
            SQLException deadlock = null;
            try {
                other.execute(lockFirst);
            } catch (IllegalStateException e) {
                deadlock = (SQLException) e.getCause();
            }
            if (deadlock == null) {
                // InnoDB chose the other transaction as the victim.
                deadlock = (SQLException) waiting.handle((done, failure) -> failure.getCause().getCause()).get();
            }
            RuntimeException asHibernateWrapsIt = new jakarta.persistence.PessimisticLockException(
                    new org.hibernate.exception.LockAcquisitionException("flush", deadlock));
            assertEquals(java.util.Optional.of(org.studytrip.common.problem.ProblemType.DATABASE_BUSY),
                    DatabaseFailures.problem(asHibernateWrapsIt));
            assertTrue(DatabaseFailures.lockConflict(asHibernateWrapsIt), deadlock.toString());
        }
    }

    @Test
    void aDatabaseErrorIsAnsweredWithoutItsTextReachingTheLog() throws Exception {
        String code = "logged-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
                if (record.getThrown() != null) {
                    logged.add(String.valueOf(record.getThrown()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = LogManager.getLogManager().getLogger("");
        root.addHandler(capture);
        // An uncommitted row holds the code: the service's own check cannot see it, its insert waits, then collides.
        try (Held row = database.hold("INSERT INTO topic (id, code, name_en, version, created_at, updated_at) VALUES ("
                + hex(UUID.randomUUID().toString()) + ", '" + code + "', 'Held', 0, NOW(6), NOW(6))")) {
            CompletableFuture<Void> commit = CompletableFuture.runAsync(row::commit,
                    CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS));
            given().contentType("application/json").body("{\"code\": \"" + code + "\", \"name\": {\"en\": \"Second\"}}")
                    .post("/api/v1/topics").then().statusCode(409).body("code", equalTo("duplicate-code"));
            commit.get(10, TimeUnit.SECONDS);
        } finally {
            root.removeHandler(capture);
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
