package org.studytrip.common.privacy;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The keys personal data is sealed with. */
@ConfigMapping(prefix = "studytrip.encryption")
public interface EncryptionConfig {

    /**
     * {@code id:key} pairs, comma-separated, the current key first, each key 32 random bytes in base64
     * (STUDYTRIP_ENCRYPTION_KEYS). Required with a database server; with the embedded development database a
     * local key is made once in the data directory instead.
     */
    Optional<String> keys();
}
