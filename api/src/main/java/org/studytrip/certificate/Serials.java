package org.studytrip.certificate;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Certificate serials: 100 random bits as 20 characters of Crockford's base32 (no I, L, O or U, so nothing reads as
 * another character), shown in groups of five; read back whatever the case, hyphens and spaces, with O for 0 and I
 * or L for 1, as people copy them from paper.
 */
final class Serials {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Serials() {
    }

    static String next() {
        char[] serial = new char[LENGTH];
        for (int index = 0; index < LENGTH; index++) {
            serial[index] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(serial);
    }

    /** {@code ABCDE-FGHJK-MNPQR-STVWX}. */
    static String shown(String serial) {
        return String.join("-", serial.substring(0, 5), serial.substring(5, 10), serial.substring(10, 15),
                serial.substring(15, 20));
    }

    /** The stored form of what someone typed or scanned; null when it cannot be a serial. */
    static String normalised(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String serial = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1')
                .replace('L', '1');
        return serial.length() == LENGTH && serial.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? serial : null;
    }
}
