package org.studytrip.common.database;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets the embedded database stop once the application has answered its last request: the JVM's exit runs every
 * shutdown hook at once, and the database's own would otherwise end the requests a graceful shutdown lets finish.
 * Harmless without an embedded database (a System property nobody reads).
 */
@Singleton
public class EmbeddedDatabaseRelease {

    private final Duration delay;
    private final Duration timeout;

    EmbeddedDatabaseRelease(@ConfigProperty(name = "quarkus.shutdown.delay", defaultValue = "0s") Duration delay,
            @ConfigProperty(name = "quarkus.shutdown.timeout", defaultValue = "0s") Duration timeout) {
        this.delay = delay;
        this.timeout = timeout;
    }

    /**
     * Once the application runs, the database waits for a graceful shutdown to finish (plus a margin); one that
     * never started has nothing to finish, and the database stops at once.
     */
    void started(@Observes StartupEvent event) {
        System.setProperty(EmbeddedDatabase.EXIT_GRACE, Long.toString(delay.plus(timeout).toSeconds() + 5));
        // Dev mode starts the application again in the same JVM: the last release was the previous start's.
        System.clearProperty(EmbeddedDatabase.RELEASED);
    }

    void afterLastRequest(@Observes ShutdownEvent event) {
        System.setProperty(EmbeddedDatabase.RELEASED, "true");
    }
}
