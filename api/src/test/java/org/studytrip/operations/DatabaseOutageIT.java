package org.studytrip.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.studytrip.support.PrivateDatabase;
import org.studytrip.support.RawHttp;
import org.studytrip.support.ServiceProcess;

/**
 * The database server goes away under the running service, and comes back: meanwhile every request is answered
 * 503 database-unavailable with Retry-After within the configured bounds, readiness is DOWN (saying nothing of the
 * error) and liveness UP; afterwards the same process serves again by itself, and nothing it acknowledged is lost.
 * The server is one of the test's own (the shared one and the test run's are never touched).
 */
class DatabaseOutageIT {

    /** Connecting fails at once on a stopped local server, within 2 s (connectTimeout) on an unreachable one. */
    private static final long ANSWER_BOUND_MILLIS = 5_000;

    private static RawHttp.Answer request(ServiceProcess service, String method, String path, String body) {
        return RawHttp.send(service.port(), method, path, body == null ? Map.of() : Map.of("Content-Type", "application/json"),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), false);
    }

    private static String topic(String code) {
        return "{\"code\": \"" + code + "\", \"name\": {\"en\": \"Outage " + code + "\"}}";
    }

    @Test
    void anOutageIsAnswered503UntilTheDatabaseIsBackThenServiceResumesWithNothingLost() throws Exception {
        try (PrivateDatabase database = PrivateDatabase.start("outage");
             ServiceProcess service = ServiceProcess.start("outage", database.jdbcUrl(), Map.of())) {
            String acknowledged = "kept-" + UUID.randomUUID().toString().substring(0, 8);
            RawHttp.Answer created = request(service, "POST", "/api/v1/topics", topic(acknowledged));
            assertEquals(201, created.status(), created.body());
            long pid = service.handle().pid();

            database.stop();

            String refused = "refused-" + UUID.randomUUID().toString().substring(0, 8);
            for (String[] call : List.of(new String[] {"GET", "/api/v1/topics", null},
                    new String[] {"GET", "/api/v1/trips", null},
                    new String[] {"POST", "/api/v1/topics", topic(refused)})) {
                long start = System.nanoTime();
                RawHttp.Answer answer = request(service, call[0], call[1], call[2]);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(503, answer.status(), call[0] + " " + call[1] + ": " + answer.body());
                assertEquals("database-unavailable", answer.json().path("code").asText());
                assertTrue(Integer.parseInt(answer.header("Retry-After")) >= 1);
                assertTrue(millis < ANSWER_BOUND_MILLIS, call[0] + " " + call[1] + " answered after " + millis + " ms");
                System.out.printf("outage: %s %s answered 503 in %d ms%n", call[0], call[1], millis);
            }
            RawHttp.Answer readiness = RawHttp.send(service.port(), "GET", "/q/health/ready", Map.of(), null, false);
            assertEquals(503, readiness.status(), readiness.body());
            assertEquals("DOWN", readiness.json().path("status").asText());
            for (String detail : List.of("jdbc", "127.0.0.1", Integer.toString(database.port()), "Exception", "refused",
                    "Communications", "root")) {
                assertFalse(readiness.body().contains(detail), "readiness tells " + detail + ": " + readiness.body());
            }
            assertEquals(200, service.status("/q/health/live"));

            database.restart();

            long back = System.nanoTime();
            long deadline = back + Duration.ofSeconds(30).toNanos();
            while (service.status("/q/health/ready") != 200) {
                assertTrue(System.nanoTime() < deadline, "not ready again 30 s after the database came back");
                Thread.sleep(200);
            }
            System.out.printf("outage: ready again %d ms after the database was back%n", (System.nanoTime() - back) / 1_000_000);
            assertEquals(pid, service.handle().pid());
            assertTrue(service.handle().isAlive(), "recovered without a restart");
            RawHttp.Answer kept = request(service, "GET", "/api/v1/topics?q=" + acknowledged, null);
            assertEquals(1, kept.json().path("totalItems").asInt(), kept.body());
            RawHttp.Answer lost = request(service, "GET", "/api/v1/topics?q=" + refused, null);
            assertEquals(0, lost.json().path("totalItems").asInt(), "a write answered 503 was not made: " + lost.body());
            assertEquals(201, request(service, "POST", "/api/v1/topics", topic("after-" + UUID.randomUUID().toString()
                    .substring(0, 8))).status());
        }
    }
}
