package org.studytrip.common.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Chooses the keys for personal data at rest before Quarkus starts: configured keys win; with the embedded
 * development database a key is made once and kept beside its data (so the data stays readable across
 * restarts); with a real server and no key the service stops, naming the variable to set.
 */
public final class EncryptionBootstrap {

    static final String PROPERTY = "studytrip.encryption.keys";
    static final String KEY_FILE = "encryption-keys";

    private EncryptionBootstrap() {
    }

    public static void prepare(Path dataDirectory, boolean embeddedDatabase) {
        if (ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class).filter(k -> !k.isBlank()).isPresent()) {
            return;
        }
        if (!embeddedDatabase) {
            System.err.println("""
                    No encryption key configured for personal data. Set STUDYTRIP_ENCRYPTION_KEYS to id:key, the key \
                    32 random bytes in base64 (for example 2026-01:$(openssl rand -base64 32)), from a secret.""");
            System.exit(1);
        }
        System.setProperty(PROPERTY, localKeys(dataDirectory));
    }

    static String localKeys(Path dataDirectory) {
        Path file = dataDirectory.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDirectory);
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
