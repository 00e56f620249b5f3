package org.studytrip.common.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "studytrip.idempotency")
public interface IdempotencyConfig {

    /** How long a key's answer is kept for replay; after that the key may be used again. */
    @WithDefault("P1D")
    Duration keepFor();

    /**
     * A request whose key is still reserved after this long has died with its process (its transaction rolled back,
     * nothing was written): a retry then runs it anew instead of waiting for an answer that never comes.
     */
    @WithDefault("60s")
    Duration abandonedAfter();
}
