package org.studytrip;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.studytrip.common.database.DatabaseBootstrap;

/** Entry point: the database must be chosen (or started) before Quarkus reads its datasource configuration. */
@QuarkusMain
public final class StudyTripMain {

    private StudyTripMain() {
    }

    public static void main(String... args) {
        DatabaseBootstrap.prepare();
        Quarkus.run(args);
    }
}
