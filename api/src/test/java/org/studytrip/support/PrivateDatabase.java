package org.studytrip.support;

import java.nio.file.Path;
import org.studytrip.embedded.EmbeddedMariaDb;

/**
 * A MariaDB server of a test's own (not the shared one, not the test run's), under api/target: a test may stop it
 * under a running service and start it again on the same port and data, as an outage and a recovery.
 */
public final class PrivateDatabase implements AutoCloseable {

    private static final String DATABASE = "studytrip";

    private final Path root;
    private EmbeddedMariaDb server;

    private PrivateDatabase(Path root, EmbeddedMariaDb server) {
        this.root = root;
        this.server = server;
    }

    public static PrivateDatabase start(String name) {
        Path root = Path.of("target", "private-db", name).toAbsolutePath();
        return new PrivateDatabase(root, EmbeddedMariaDb.start(root, DATABASE));
    }

    public String jdbcUrl() {
        return server.jdbcUrl();
    }

    public int port() {
        return server.port();
    }

    /** Stops the server (as mariadbd is asked to: SIGTERM) and waits for it to exit. */
    public void stop() {
        server.stop();
    }

    /** Starts it again, on the same port and data directory. */
    public void restart() {
        server = EmbeddedMariaDb.start(root, DATABASE, server.port());
    }

    @Override
    public void close() {
        server.stop();
    }
}
