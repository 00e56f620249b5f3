package org.studytrip.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.studytrip.support.PrivateDatabase;
import org.studytrip.support.ServiceProcess;

/**
 * SIGTERM while requests are in flight and a client keeps sending: readiness goes DOWN at once, requests are served
 * through the shutdown delay, after it new connections are refused, the request in flight completes, and the
 * process exits within the configured time without cutting an answer.
 */
class GracefulShutdownIT {

    private static final Duration DELAY = Duration.ofSeconds(2);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void shutdownTakesReadinessDownThenStopsAcceptingThenFinishesWhatIsInFlight() throws Exception {
        try (PrivateDatabase database = PrivateDatabase.start("shutdown");
             ServiceProcess service = ServiceProcess.start("shutdown", database.jdbcUrl(), Map.of(
                     "STUDYTRIP_SHUTDOWN_DELAY", DELAY.toSeconds() + "s",
                     "STUDYTRIP_SHUTDOWN_TIMEOUT", TIMEOUT.toSeconds() + "s",
                     // The steady client below reads as fast as it can, which the read limit would stop.
                     "STUDYTRIP_READ_BURST", "1000000", "STUDYTRIP_READS_PER_MINUTE", "1000000",
                     // The request kept in flight below waits on a table lock for longer than the default lock timeout.
                     "QUARKUS_DATASOURCE_JDBC_NEW_CONNECTION_SQL", "SET SESSION sql_mode='ONLY_FULL_GROUP_BY,"
                             + "STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,"
                             + "NO_ENGINE_SUBSTITUTION', time_zone='+00:00', lock_wait_timeout=30, innodb_lock_wait_timeout=30"),
                     // ... and for longer than the query time limit.
                     Map.of("quarkus.hibernate-orm.unsupported-properties.\"jakarta.persistence.query.timeout\"", "30000"))) {
            URI base = URI.create("http://localhost:" + service.port());
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2)).build();

            // A client that keeps sending on its connection: it must get whole answers, or be refused, never cut off.
            AtomicBoolean sending = new AtomicBoolean(true);
            List<String> steady = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
                while (sending.get()) {
                    steady.add(outcome(client, base.resolve("/api/v1/cities")));
                }
            });

            CompletableFuture<HttpResponse<String>> inFlight;
            try (Connection lock = DriverManager.getConnection(database.jdbcUrl(), "root", "");
                 Statement statement = lock.createStatement()) {
                statement.execute("LOCK TABLES topic WRITE");
                inFlight = client.sendAsync(HttpRequest.newBuilder(base.resolve("/api/v1/topics")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                Thread.sleep(300);

                long terminated = System.nanoTime();
                service.terminate();
                assertEquals(503, waitFor(service, 503, Duration.ofMillis(500)), "readiness DOWN at once");
                assertEquals(200, service.status("/api/v1/cities"), "served during the delay");

                Thread.sleep(Math.max(0, DELAY.plusMillis(700).minusNanos(System.nanoTime() - terminated).toMillis()));
                assertEquals(-1, service.status("/api/v1/cities"), "a new connection after the delay is refused");
                assertTrue(!inFlight.isDone(), "the request is still in flight");
                statement.execute("UNLOCK TABLES");

                HttpResponse<String> answered = inFlight.get(10, TimeUnit.SECONDS);
                assertEquals(200, answered.statusCode(), answered.body());
                assertTrue(service.awaitExit(DELAY.plus(TIMEOUT)), "exited within the delay and the timeout");
                long exitMillis = (System.nanoTime() - terminated) / 1_000_000;
                assertTrue(exitMillis < DELAY.plus(TIMEOUT).toMillis(), "exited after " + exitMillis + " ms");
                System.out.printf("shutdown: in flight answered %d, exit %d ms after SIGTERM (delay %s)%n",
                        answered.statusCode(), exitMillis, DELAY);
            } finally {
                sending.set(false);
            }
            load.get(10, TimeUnit.SECONDS);
            System.out.printf("shutdown: the steady client got %s%n", steady.stream()
                    .collect(java.util.stream.Collectors.groupingBy(outcome -> outcome, java.util.stream.Collectors.counting())));
            assertTrue(steady.contains("200"), "the steady client was served: " + steady);
            for (String outcome : steady) {
                assertTrue(List.of("200", "503 shutting-down", "refused").contains(outcome),
                        "the steady client got " + outcome + " (all: " + steady + ")\n" + service.output());
            }
        }
    }

    private static String outcome(HttpClient client, URI uri) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 503 && response.body().contains("shutting-down") ? "503 shutting-down"
                    : Integer.toString(response.statusCode());
        } catch (ConnectException refused) {
            sleep();
            return "refused";
        } catch (IOException cut) {
            return "cut: " + cut;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int waitFor(ServiceProcess service, int status, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        int seen = service.status("/q/health/ready");
        while (seen != status && System.nanoTime() < deadline) {
            Thread.sleep(20);
            seen = service.status("/q/health/ready");
        }
        return seen;
    }
}
