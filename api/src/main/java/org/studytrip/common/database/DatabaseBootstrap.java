package org.studytrip.common.database;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Chooses the database before Quarkus starts: an explicitly configured server wins; otherwise a dev or test
 * build starts its embedded MariaDB, and a production build (which does not carry it) stops with a message
 * that names the variables to set. This one step runs before Quarkus because the datasource's URL is
 * configuration Quarkus reads as it starts: the embedded server must be running, on a port it chose, by then.
 */
public final class DatabaseBootstrap {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    static final String EMBEDDED_CLASS = "org.studytrip.embedded.EmbeddedMariaDb";
    static final String DATABASE_NAME = "studytrip";
    static final String DATA_DIRECTORY = "studytrip.data.dir";

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

    /** The data directory of {@link DataConfig}, read before the mapping exists. */
    public static Path dataDirectory() {
        return ConfigProvider.getConfig().getValue(DATA_DIRECTORY, Path.class).toAbsolutePath().normalize();
    }
}
