package org.studytrip.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs a real server. All tests share one root so that the data directory is installed once per
 * build; each test uses its own database.
 */
class EmbeddedMariaDbTest {

    private static final Path ROOT = Path.of("target", "embedded-mariadb").toAbsolutePath();

    private EmbeddedMariaDb db;

    @AfterEach
    void stop() {
        if (db != null) {
            db.stop();
        }
    }

    @Test
    void dataSurvivesARestart() throws Exception {
        db = EmbeddedMariaDb.start(ROOT, "restart_test");
        recreateTableWithOneRow(db, "kept");
        db.stop();

        db = EmbeddedMariaDb.start(ROOT, "restart_test");

        assertEquals("kept", readTheRow(db));
    }

    @Test
    void anOrphanLeftByAKilledJvmIsStoppedAndItsDataKept() throws Exception {
        EmbeddedMariaDb orphaned = EmbeddedMariaDb.start(ROOT, "orphan_test");
        recreateTableWithOneRow(orphaned, "before the crash");
        ProcessHandle orphan = ProcessHandle.of(pidOfServer()).orElseThrow();
        // What a JVM killed with SIGKILL leaves behind: a running server nobody remembers.
        System.clearProperty(EmbeddedMariaDb.portProperty(ROOT));

        Instant begin = Instant.now();
        db = EmbeddedMariaDb.start(ROOT, "orphan_test");
        Duration took = Duration.between(begin, Instant.now());

        assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "restart took " + took);
        assertFalse(orphan.isAlive(), "orphan still running");
        assertNotEquals(orphan.pid(), pidOfServer());
        assertEquals("before the crash", readTheRow(db));
    }

    @Test
    void aSecondStartInTheSameJvmReusesTheRunningServer() throws Exception {
        db = EmbeddedMariaDb.start(ROOT, "reuse_test");
        long pid = pidOfServer();

        EmbeddedMariaDb again = EmbeddedMariaDb.start(ROOT, "reuse_test");

        assertEquals(db.port(), again.port());
        assertEquals(pid, pidOfServer());
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    void theDatabaseUsesUtf8mb4WithTheUnicode520Collation() throws Exception {
        db = EmbeddedMariaDb.start(ROOT, "charset_test");

        try (Connection connection = connect(db);
                Statement statement = connection.createStatement();
                ResultSet schema = statement.executeQuery("SELECT DEFAULT_CHARACTER_SET_NAME,"
                        + " DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA"
                        + " WHERE SCHEMA_NAME = 'charset_test'")) {
            assertTrue(schema.next(), "database charset_test missing");
            assertEquals("utf8mb4", schema.getString(1));
            assertEquals("utf8mb4_unicode_520_ci", schema.getString(2));
        }
    }

    @Test
    void aServerThatCannotStartFailsFastWithMariaDbsReason() throws Exception {
        db = EmbeddedMariaDb.start(ROOT, "lock_test");
        // Hide the running server from the orphan check, so the next one finds its files locked.
        Path pidFile = ROOT.resolve("data/mariadbd.pid");
        Path hidden = ROOT.resolve("mariadbd.pid.hidden");
        Files.move(pidFile, hidden);
        System.clearProperty(EmbeddedMariaDb.portProperty(ROOT));
        try {
            Instant begin = Instant.now();
            IllegalStateException failure = assertThrows(IllegalStateException.class,
                    () -> EmbeddedMariaDb.start(ROOT, "lock_test"));
            Duration took = Duration.between(begin, Instant.now());

            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "failing took " + took);
            assertTrue(failure.getMessage().contains("lock"), failure.getMessage());
            assertTrue(failure.getMessage().contains(ROOT.resolve("data").toString()));
        } finally {
            Files.move(hidden, pidFile);
        }
        assertEquals(1, countRowsOfSchemata(db), "the first server must survive");
    }

    @Test
    void stopIsIdempotent() {
        db = EmbeddedMariaDb.start(ROOT, "stop_test");
        db.stop();
        db.stop();
        assertTrue(Files.notExists(ROOT.resolve("data/mariadbd.pid")), "pid file left behind");
    }

    private static void recreateTableWithOneRow(EmbeddedMariaDb db, String text)
            throws SQLException {
        try (Connection connection = connect(db);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS note");
            statement.execute("CREATE TABLE note (text VARCHAR(100) NOT NULL)");
            statement.execute("INSERT INTO note VALUES ('" + text + "')");
        }
    }

    private static String readTheRow(EmbeddedMariaDb db) throws SQLException {
        try (Connection connection = connect(db);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT text FROM note")) {
            assertTrue(rows.next(), "row lost");
            return rows.getString(1);
        }
    }

    private static int countRowsOfSchemata(EmbeddedMariaDb db) throws SQLException {
        try (Connection connection = connect(db);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM"
                        + " information_schema.SCHEMATA WHERE SCHEMA_NAME = 'lock_test'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Connection connect(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), "root", "");
    }

    private static long pidOfServer() throws Exception {
        return Long.parseLong(Files.readString(ROOT.resolve("data/mariadbd.pid")).trim());
    }
}
