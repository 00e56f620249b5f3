package org.studytrip.common.database;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.studytrip.common.privacy.KeyRing;
import org.studytrip.common.security.LocalSignIn;

/**
 * Tests run against a real MySQL-compatible server: the one named by QUARKUS_DATASOURCE_JDBC_URL when set (CI
 * gives it a fresh database), otherwise an embedded MariaDB under api/target/ whose test database is created
 * afresh for every run, so that edited migrations and old test rows never leak into a new run.
 */
@QuarkusTestResource(value = DatabaseTestResource.class, restrictToAnnotatedClass = false)
public class DatabaseTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "studytrip_test";
    public static final Path TEST_ISSUER_DIRECTORY = Path.of("target", "test-issuer").toAbsolutePath();

    @Override
    public Map<String, String> start() {
        // Keys for personal data at rest, new for every run: a current one and an older one, so tests can store a
        // value the way an earlier key did and watch it sealed anew (tests read them from the configuration).
        Map<String, String> properties = new HashMap<>(Map.of("studytrip.encryption.keys",
                "test-current:" + KeyRing.newKey() + ",test-older:" + KeyRing.newKey()));
        // Tokens of the local issuer, whose keys the tests' Auth helper uses too.
        properties.putAll(LocalSignIn.properties(TEST_ISSUER_DIRECTORY));
        if (DatabaseBootstrap.configuredUrl().isEmpty()) {
            properties.putAll(startEmbedded());
        }
        return properties;
    }

    private static Map<String, String> startEmbedded() {
        Map<String, String> properties = EmbeddedDatabase.start(Path.of("target", "embedded-db").toAbsolutePath(), DATABASE);
        try (Connection connection = DriverManager.getConnection(properties.get(DatabaseBootstrap.URL_PROPERTY), "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not recreate the test database", e);
        }
        return properties;
    }

    @Override
    public void stop() {
        // The embedded server is stopped by its own shutdown hook, once, when the test JVM exits.
    }
}
