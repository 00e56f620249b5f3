package org.studytrip;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.studytrip.common.database.DatabaseBootstrap;
import org.studytrip.common.security.AuthBootstrap;

/**
 * Entry point. Three things are decided before Quarkus starts, because Quarkus reads them as it starts: the
 * embedded database (its URL is the datasource's configuration), the local token issuer (its public key is the JWT
 * layer's), and the transport's URI check (a JVM property that Vert.x reads once). Everything else is typed
 * configuration read by the features themselves ({@code @ConfigMapping}).
 */
@QuarkusMain
public final class StudyTripMain {

    private static final String ARCHIVING_CLASSES = "quarkus.appcds.generate";

    private StudyTripMain() {
    }

    public static void main(String... args) {
        // The service checks request targets itself (SizeLimits), answering a problem with the security headers
        // rather than the transport's bare 400; the check is the same java.net.URI parse.
        System.setProperty("vertx.disableURIValidation", "true");
        // The production build archives the classes loaded at start (AppCDS) by running Quarkus's static
        // initialisation alone, which needs neither a database nor keys.
        if (!Boolean.getBoolean(ARCHIVING_CLASSES)) {
            boolean embedded = DatabaseBootstrap.prepare();
            AuthBootstrap.prepare(DatabaseBootstrap.dataDirectory(), embedded);
        }
        Quarkus.run(args);
    }
}
