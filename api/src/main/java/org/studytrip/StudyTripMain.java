package org.studytrip;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.studytrip.common.database.DatabaseBootstrap;
import org.studytrip.common.privacy.EncryptionBootstrap;
import org.studytrip.common.security.AuthBootstrap;

/** Entry point: database, keys for personal data and token issuer are chosen before Quarkus reads its configuration. */
@QuarkusMain
public final class StudyTripMain {

    private StudyTripMain() {
    }

    public static void main(String... args) {
        // The service checks request targets itself (SizeLimits), answering a problem with the security headers
        // rather than the transport's bare 400; the check is the same java.net.URI parse.
        System.setProperty("vertx.disableURIValidation", "true");
        boolean embedded = DatabaseBootstrap.prepare();
        EncryptionBootstrap.prepare(DatabaseBootstrap.dataDirectory(), embedded);
        AuthBootstrap.prepare(DatabaseBootstrap.dataDirectory(), embedded);
        Quarkus.run(args);
    }
}
