package org.studytrip.common.privacy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys for personal data at rest, from {@code STUDYTRIP_ENCRYPTION_KEYS}: comma-separated
 * {@code id:base64key} entries, the first one current (it seals), the others kept only to open what they sealed
 * until everything is sealed anew. Rotating: put a new key first, restart, and the old one can go once no row
 * names it.
 */
public record KeyRing(String currentId, Map<String, SecretKey> keys) {

    static final String VARIABLE = "STUDYTRIP_ENCRYPTION_KEYS";
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    public KeyRing {
        keys = Map.copyOf(keys);
    }

    public static KeyRing parse(String configured) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String currentId = null;
        for (String entry : configured.split(",")) {
            String[] parts = entry.trim().split(":", 2);
            if (parts.length != 2 || !KEY_ID.matcher(parts[0]).matches()) {
                throw new IllegalArgumentException(VARIABLE + ": each entry must be id:base64key, id of letters, "
                        + "digits, '.', '_' or '-' (at most 32)");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(parts[1].trim());
            } catch (IllegalArgumentException notBase64) {
                throw new IllegalArgumentException(VARIABLE + ": the key of '" + parts[0] + "' is not base64");
            }
            if (key.length != 32) {
                throw new IllegalArgumentException(VARIABLE + ": the key of '" + parts[0] + "' must be 32 bytes (AES-256)");
            }
            if (keys.put(parts[0], new SecretKeySpec(key, "AES")) != null) {
                throw new IllegalArgumentException(VARIABLE + ": key id '" + parts[0] + "' appears twice");
            }
            currentId = currentId == null ? parts[0] : currentId;
        }
        return new KeyRing(currentId, keys);
    }

    /** A new random AES-256 key, base64: for the embedded default's key file and for tests. */
    public static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    SecretKey current() {
        return keys.get(currentId);
    }
}
