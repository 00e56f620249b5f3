package org.studytrip.common.database;

import java.nio.file.Path;
import java.util.Map;
import org.studytrip.embedded.EmbeddedMariaDb;

/**
 * The only class that touches the embedded database library; loaded only after {@link DatabaseBootstrap} has
 * checked that the library is present (it is absent from the production build).
 */
final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }

    /** System properties that hold the server at the JVM's exit until the application has answered its last request. */
    static final String RELEASED = EmbeddedMariaDb.RELEASED_PROPERTY;
    static final String EXIT_GRACE = EmbeddedMariaDb.EXIT_GRACE_PROPERTY;

    /** Starts (or reuses) the embedded server under {@code root} and returns the datasource properties to use. */
    static Map<String, String> start(Path root, String databaseName) {
        EmbeddedMariaDb server = EmbeddedMariaDb.start(root.resolve("mariadb"), databaseName);
        return Map.of(
                DatabaseBootstrap.URL_PROPERTY, server.jdbcUrl(),
                "quarkus.datasource.username", "root",
                // Decides defaults that differ between a developer's embedded database and a real server.
                "studytrip.data.embedded", "true");
    }
}
