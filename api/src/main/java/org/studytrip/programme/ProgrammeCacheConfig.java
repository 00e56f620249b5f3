package org.studytrip.programme;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How much memory the built representations of trips' programmes may take, and how long an unread one is kept. */
@ConfigMapping(prefix = "studytrip.programme.cache")
public interface ProgrammeCacheConfig {

    /** Serialised and compressed bytes in all: the sample itinerary takes about 22 kB, a 100-session one about 200 kB. */
    @WithDefault("16M")
    MemorySize maxSize();

    /** A representation nobody read for this long is dropped (a newer version replaces it long before). */
    @WithDefault("30m")
    Duration idle();
}
