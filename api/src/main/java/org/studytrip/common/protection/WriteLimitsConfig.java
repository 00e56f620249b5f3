package org.studytrip.common.protection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on writes (POST, PUT, PATCH, DELETE), per client and per replica. */
@ConfigMapping(prefix = "studytrip.limits")
public interface WriteLimitsConfig {

    /** Largest accepted request body, in bytes; larger ones get 413 before anything is read. */
    @WithDefault("262144")
    long maxBodyBytes();

    /** Sustained writes a client may make per minute. */
    @WithDefault("120")
    int writesPerMinute();

    /** Writes a client may make at once before the per-minute rate applies. */
    @WithDefault("30")
    int writeBurst();
}
