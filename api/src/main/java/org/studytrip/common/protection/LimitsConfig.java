package org.studytrip.common.protection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits per client and per replica (on reads, on writes, on failed tokens), and on the size and shape of requests.
 * The per-client defaults are in application.properties, beside the variables that set them.
 */
@ConfigMapping(prefix = "studytrip.limits")
public interface LimitsConfig {

    /**
     * Largest accepted request body, in bytes, however it arrives: a declared larger one gets 413 before anything is
     * read, a chunked one as soon as it passes the limit. Keep it below quarkus.http.limits.max-body-size.
     */
    @WithDefault("262144")
    long maxBodyBytes();

    /** Deepest nesting of objects and arrays in a JSON body (valid bodies nest at most 4 deep). */
    @WithDefault("16")
    int maxJsonDepth();

    /** Most members of one JSON object, or elements of one array. */
    @WithDefault("200")
    int maxJsonEntries();

    /** Longest JSON string, in characters; fields have tighter limits of their own, reported by validation. */
    @WithDefault("10000")
    int maxJsonStringLength();

    /** Longest request target (path and query), in bytes. */
    @WithDefault("8192")
    int maxUriBytes();

    /** Largest size of all the request's headers together, in bytes. */
    @WithDefault("16384")
    int maxHeaderBytes();

    /** Sustained reads (every request that is not a write) a client may make per minute. */
    int readsPerMinute();

    /** Reads a client may make at once before the per-minute rate applies. */
    int readBurst();

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

    /** Sustained lookups of a public record by its secret-ish key (a certificate's serial) a client may make per minute. */
    int lookupsPerMinute();

    /** Such lookups a client may make at once: a verifier checks a handful, an enumerator many. */
    int lookupBurst();
}
