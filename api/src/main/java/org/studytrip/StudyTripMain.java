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
        boolean embedded = DatabaseBootstrap.prepare();
        EncryptionBootstrap.prepare(DatabaseBootstrap.dataDirectory(), embedded);
        AuthBootstrap.prepare(DatabaseBootstrap.dataDirectory(), embedded);
        Quarkus.run(args);
    }
}
