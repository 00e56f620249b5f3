package org.studytrip.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
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

    /** Starts a server with an empty database (what an earlier run left under the name is removed first). */
    public static PrivateDatabase start(String name) {
        Path root = Path.of("target", "private-db", name).toAbsolutePath();
        try (Stream<Path> earlier = Files.exists(root) ? Files.walk(root) : Stream.empty()) {
            for (Path path : earlier.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PrivateDatabase(root, EmbeddedMariaDb.start(root, DATABASE));
    }

    public String jdbcUrl() {
        return server.jdbcUrl();
    }

    public int port() {
        return server.port();
    }

    /** Rows of a query, each as its columns' values in order, read over a connection of the test's own. */
    public List<List<Object>> rows(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), "root", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<List<Object>> rows = new ArrayList<>();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                    row.add(result.getObject(column));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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
