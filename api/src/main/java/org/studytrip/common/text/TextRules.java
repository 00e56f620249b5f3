package org.studytrip.common.text;

/**
 * What text the service stores: any Unicode text except characters that no person types and that break or
 * disguise text downstream. Decided once here and applied to every string of every request body by the JSON
 * body gate, field names included.
 *
 * <p>Refused: control characters other than tab, line feed and carriage return (U+0000–U+001F, U+007F–U+009F;
 * NUL in particular, which C-based tools read as the end of the text); unpaired surrogates (not characters at all:
 * they cannot be encoded in UTF-8 and MySQL would reject or mangle them); the byte-order mark U+FEFF (an invisible
 * artefact of some editors); and Unicode noncharacters (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF in every plane).
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why {@code text} may not be stored, naming the first offending character; null when it may. */
    public static String refusal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                if (isNoncharacter(codePoint)) {
                    return "contains the noncharacter " + name(codePoint);
                }
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired surrogate " + name(c) + ", which is not a character";
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "contains the control character " + name(c);
            } else if (c == '\uFEFF') {
                return "contains a byte-order mark (U+FEFF)";
            } else if (isNoncharacter(c)) {
                return "contains the noncharacter " + name(c);
            }
        }
        return null;
    }

    private static boolean isNoncharacter(int codePoint) {
        return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static String name(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
