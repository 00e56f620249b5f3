package org.studytrip.common.privacy;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.studytrip.common.database.DataConfig;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals personal data for storage with AES-256-GCM: {@code v1:<key id>:<iv>:<ciphertext and tag>} (base64url).
 * The key id travels with every value, so keys can rotate; the purpose (e.g. {@code person.protected_details})
 * is bound in as associated data, so a value cannot be moved to another column and still open.
 */
@Startup
@ApplicationScoped
public class Sealer {

    private static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final KeyRing keyRing;
    private final SecureRandom random = new SecureRandom();

    @Inject
    Sealer(EncryptionConfig encryption, DataConfig data) {
        this(KeyRing.parse(encryption.keys().filter(keys -> !keys.isBlank()).orElseGet(() -> LocalKeys.of(data))));
    }

    public Sealer(KeyRing keyRing) {
        this.keyRing = keyRing;
    }

    public String seal(String plaintext, String purpose) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keyRing.current(), iv, purpose, plaintext.getBytes(StandardCharsets.UTF_8));
        return String.join(":", VERSION, keyRing.currentId(), ENCODER.encodeToString(iv), ENCODER.encodeToString(sealed));
    }

    public String open(String sealed, String purpose) {
        String[] parts = sealed.split(":");
        if (parts.length != 4 || !VERSION.equals(parts[0])) {
            throw new IllegalStateException("A stored value is not sealed in a known format");
        }
        SecretKey key = keyRing.keys().get(parts[1]);
        if (key == null) {
            throw new IllegalStateException("A stored value is sealed with key '" + parts[1] + "', which "
                    + KeyRing.VARIABLE + " no longer holds");
        }
        return new String(run(Cipher.DECRYPT_MODE, key, DECODER.decode(parts[2]), purpose, DECODER.decode(parts[3])),
                StandardCharsets.UTF_8);
    }

    /** How every value sealed with the current key begins, to find the others (sealed anew at start-up) in SQL. */
    public String currentPrefix() {
        return VERSION + ":" + keyRing.currentId() + ":";
    }

    private static byte[] run(int mode, SecretKey key, byte[] iv, String purpose, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // Never the value itself: only that it could not be sealed or opened (wrong key, tampered value).
            throw new IllegalStateException("Could not " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open")
                    + " a stored value: " + e.getClass().getSimpleName());
        }
    }
}
