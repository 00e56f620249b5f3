package org.studytrip.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.studytrip.support.PrivateDatabase;
import org.studytrip.support.ServiceProcess;

/**
 * Two replicas of a new deployment start at the same moment on one empty database, as Kubernetes starts them: both
 * become ready, each migration is applied once (Flyway takes a database lock for each; the other waits for it), and
 * work done once at start (the sample programme) is done once.
 */
class ReplicasStartTogetherIT {

    @Test
    void twoReplicasOnOneEmptyDatabaseBothBecomeReadyAndMigrateOnce() throws Exception {
        Map<String, String> withSample = Map.of("STUDYTRIP_SAMPLE_DATA", "true");
        try (PrivateDatabase database = PrivateDatabase.start("start-together");
             ServiceProcess first = ServiceProcess.launch("start-together-a", database.jdbcUrl(), withSample, Map.of());
             ServiceProcess second = ServiceProcess.launch("start-together-b", database.jdbcUrl(), withSample, Map.of())) {
            first.awaitReady(ServiceProcess.READY_WITHIN);
            second.awaitReady(ServiceProcess.READY_WITHIN);

            List<String> migrations = migrationVersions();
            assertTrue(migrations.size() >= 20, "the migrations were read: " + migrations);
            List<List<Object>> applied = database.rows(
                    "select version, count(*), cast(min(success) as signed) from flyway_schema_history where version is not null "
                            + "group by version order by cast(version as unsigned)");
            assertEquals(migrations, applied.stream().map(row -> row.get(0).toString()).toList(),
                    "every migration applied, and nothing else");
            // Flyway takes the database's lock for each migration: the two replicas may each apply some, never the same.
            String logs = first.output() + second.output();
            Matcher reported = Pattern.compile("Successfully applied (\\d+) migration").matcher(logs);
            int reportedApplied = 0;
            while (reported.find()) {
                reportedApplied += Integer.parseInt(reported.group(1));
            }
            assertEquals(migrations.size(), reportedApplied, "the replicas applied each migration once between them:\n"
                    + logs);
            for (List<Object> row : applied) {
                assertEquals(1L, ((Number) row.get(1)).longValue(), "applied once: version " + row.get(0));
                assertEquals(1L, ((Number) row.get(2)).longValue(), "applied successfully: version " + row.get(0));
            }
            String delegates = "select count(*) from participant p join trip t on t.id = p.trip_id "
                    + "where t.code = 'korea-2025'";
            for (int waited = 0; waited < 60 && count(database, delegates) < 12; waited++) {
                Thread.sleep(1000);
            }
            assertEquals(1L, count(database, "select count(*) from sample_data"));
            assertEquals(12L, count(database, delegates), "the sample's twelve delegates, loaded once");
            assertEquals(200, first.status("/api/v1/trips"));
            assertEquals(200, second.status("/api/v1/trips"));
        }
    }

    private static long count(PrivateDatabase database, String sql) {
        return ((Number) database.rows(sql).get(0).get(0)).longValue();
    }

    /** The versions of the migrations the service carries, in order. */
    private static List<String> migrationVersions() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
                    .toList();
        }
    }
}
