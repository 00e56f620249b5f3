package org.studytrip.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.studytrip.common.problem.ProblemException;

/**
 * A position in the change log, handed to clients as an opaque text: they send back the {@code next} of the page
 * they last read. Opaque, so that what it holds may change without breaking a client.
 *
 * @param sequence the last sequence number the holder has seen
 */
record ChangeCursor(long sequence) {

    private static final String FORMAT = "c1:";

    /**
     * Where a client without a cursor starts: not a position it was given, so never expired; it reads from the oldest
     * entry kept (a client that read the full resources before starts here safely).
     */
    static final ChangeCursor OLDEST_KEPT = new ChangeCursor(-1);

    String encoded() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((FORMAT + sequence).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client sent in {@code parameter}; the oldest kept without one; 400 for anything else. */
    static ChangeCursor parse(String parameter, String after) {
        if (after == null || after.isEmpty()) {
            return OLDEST_KEPT;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.US_ASCII);
            if (decoded.startsWith(FORMAT)) {
                long sequence = Long.parseLong(decoded.substring(FORMAT.length()));
                if (sequence >= 0) {
                    return new ChangeCursor(sequence);
                }
            }
        } catch (IllegalArgumentException notACursor) {
            // answered below, like any other text that is no cursor
        }
        throw ProblemException.invalidField(parameter, "invalid-cursor", "is not a cursor that a feed of this "
                + "service gave; send the last one read, or none");
    }
}
