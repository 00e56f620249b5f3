package org.studytrip.common.database;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * Tests run against a real MySQL-compatible server: the one named by QUARKUS_DATASOURCE_JDBC_URL when set,
 * otherwise an embedded MariaDB whose files live under api/target/ (the server stops when the JVM exits).
 */
@QuarkusTestResource(value = DatabaseTestResource.class, restrictToAnnotatedClass = false)
public class DatabaseTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        if (DatabaseBootstrap.configuredUrl().isPresent()) {
            return Map.of();
        }
        return EmbeddedDatabase.start(Path.of("target", "embedded-db").toAbsolutePath(), "studytrip_test");
    }

    @Override
    public void stop() {
        // The embedded server is stopped by its own shutdown hook, once, when the test JVM exits.
    }
}
