package org.studytrip.common.database;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Lets the embedded database stop once the application has answered its last request: the JVM's exit runs every
 * shutdown hook at once, and the database's own would otherwise end the requests a graceful shutdown lets finish.
 * Harmless without an embedded database (a System property nobody reads).
 */
@Singleton
public class EmbeddedDatabaseRelease {

    void afterLastRequest(@Observes ShutdownEvent event) {
        System.setProperty(EmbeddedDatabase.RELEASED, "true");
    }
}
