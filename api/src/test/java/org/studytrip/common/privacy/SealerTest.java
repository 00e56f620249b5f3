package org.studytrip.common.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sealing and key rotation on their own; {@code ProtectedDetailsAtRestTest} covers them through the API. */
class SealerTest {

    private static final String PURPOSE = "person.protected_details";

    @Test
    void sealsWithTheCurrentKeyAndOpensAgain() {
        Sealer sealer = new Sealer(KeyRing.parse("k1:" + KeyRing.newKey()));
        String sealed = sealer.seal("E12345678 护照", PURPOSE);
        assertTrue(sealed.startsWith("v1:k1:"), sealed);
        assertFalse(sealed.contains("E12345678"));
        assertEquals("E12345678 护照", sealer.open(sealed, PURPOSE));
        assertNotEquals(sealed, sealer.seal("E12345678 护照", PURPOSE), "a fresh IV every time");
    }

    @Test
    void afterRotationOldValuesStillOpenAndNewOnesUseTheNewKey() {
        String oldKey = KeyRing.newKey();
        String sealedBefore = new Sealer(KeyRing.parse("k1:" + oldKey)).seal("medical note", PURPOSE);

        Sealer rotated = new Sealer(KeyRing.parse("k2:" + KeyRing.newKey() + ",k1:" + oldKey));
        assertEquals("medical note", rotated.open(sealedBefore, PURPOSE));
        assertFalse(sealedBefore.startsWith(rotated.currentPrefix()));
        String sealedAfter = rotated.seal(rotated.open(sealedBefore, PURPOSE), PURPOSE);
        assertTrue(sealedAfter.startsWith("v1:k2:") && sealedAfter.startsWith(rotated.currentPrefix()));

        Sealer withoutOldKey = new Sealer(KeyRing.parse("k2:" + KeyRing.newKey()));
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> withoutOldKey.open(sealedBefore, PURPOSE));
        assertTrue(missing.getMessage().contains("'k1'"));
    }

    @Test
    void aValueDoesNotOpenForAnotherPurposeOrWhenTampered() {
        Sealer sealer = new Sealer(KeyRing.parse("k1:" + KeyRing.newKey()));
        String sealed = sealer.seal("passport", PURPOSE);
        assertThrows(IllegalStateException.class, () -> sealer.open(sealed, "person.email"));
        String tampered = sealed.substring(0, sealed.length() - 2) + (sealed.endsWith("A") ? "BB" : "AA");
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> sealer.open(tampered, PURPOSE));
        assertFalse(error.getMessage().contains("passport"));
    }

    @Test
    void refusesKeysThatAreNotAes256OrBadlyNamed() {
        assertThrows(IllegalArgumentException.class, () -> KeyRing.parse("k1:c2hvcnQ="));
        assertThrows(IllegalArgumentException.class, () -> KeyRing.parse("k 1:" + KeyRing.newKey()));
        assertThrows(IllegalArgumentException.class, () -> KeyRing.parse("k1:not base64!"));
        String key = KeyRing.newKey();
        assertThrows(IllegalArgumentException.class, () -> KeyRing.parse("k1:" + key + ",k1:" + key));
    }
}
