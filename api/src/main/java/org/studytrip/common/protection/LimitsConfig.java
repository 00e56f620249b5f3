package org.studytrip.common.protection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits per client and per replica: on writes (POST, PUT, PATCH, DELETE) and on failed tokens. Their defaults
 * are in application.properties, beside the variables that set them.
 */
@ConfigMapping(prefix = "studytrip.limits")
public interface LimitsConfig {

    /** Largest accepted request body, in bytes; larger ones get 413 before anything is read. */
    @WithDefault("262144")
    long maxBodyBytes();

    /** Sustained writes a client may make per minute. */
    int writesPerMinute();

    /** Writes a client may make at once before the per-minute rate applies. */
    int writeBurst();

    /** Sustained rejected tokens (forged, expired, wrong issuer) a client may send per minute. */
    int failedTokensPerMinute();

    /**
     * Rejected tokens a client may send at once: generous, because a delegation behind one hotel address whose
     * sign-ins all ran out overnight sends a few each before renewing.
     */
    int failedTokenBurst();
}
