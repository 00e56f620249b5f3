package org.studytrip.common.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.studytrip.common.database.DataConfig;

/**
 * Keys for personal data when none are configured: with the embedded development database a key is made once and
 * kept beside its data (so the data stays readable across restarts); with a database server the service does not
 * start, and says which variable to set.
 */
final class LocalKeys {

    static final String KEY_FILE = "encryption-keys";

    private LocalKeys() {
    }

    static String of(DataConfig data) {
        if (!data.embedded()) {
            throw new IllegalStateException("No encryption key configured for personal data. Set "
                    + KeyRing.VARIABLE + " to id:key, the key 32 random bytes in base64 (for example "
                    + "2026-01:$(openssl rand -base64 32)), from a secret.");
        }
        Path directory = data.dir().toAbsolutePath().normalize();
        Path file = directory.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(directory);
                String id = "local-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
                Files.writeString(file, id + ":" + KeyRing.newKey() + "\n");
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the local key file " + file, e);
        }
    }
}
