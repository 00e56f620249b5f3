package org.studytrip.common.changelog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the change log keeps its entries: the oldest cursor a feed still answers. */
@ConfigMapping(prefix = "studytrip.changes")
public interface ChangeLogConfig {

    /** Entries older than this are removed; a client that has not synchronised for longer reads everything again. */
    @WithDefault("P90D")
    Duration retention();

    /** How often old entries are removed (by one replica for all). */
    @WithDefault("1h")
    Duration pruneEvery();
}
