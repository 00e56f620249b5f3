package org.studytrip.common.text;

import java.util.List;
import java.util.Locale;
import org.studytrip.common.problem.ProblemException;

/**
 * The languages the programme is written in. An export is written in one of them, chosen by {@code ?lang=} or else
 * by {@code Accept-Language}; a text missing in that language falls back to English, which is always there.
 */
public enum Language {
    EN("en"), ZH("zh"), KO("ko");

    private static final List<String> TAGS = List.of("en", "zh", "ko");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /**
     * {@code lang} when given (400 when it is none of ours), else the best of {@code Accept-Language} (RFC 4647
     * lookup, so {@code zh-CN} and {@code ko-KR} find theirs), else English. A malformed header counts as absent.
     */
    public static Language choose(String lang, String acceptLanguage) {
        if (lang != null) {
            for (Language language : values()) {
                if (language.tag.equalsIgnoreCase(lang.strip())) {
                    return language;
                }
            }
            throw ProblemException.invalidField("lang", "unknown-language", "must be one of " + String.join(", ", TAGS));
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), TAGS);
            return best == null ? EN : valueOf(best.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException malformed) {
            return EN;
        }
    }

    public String of(LocalizedText text) {
        if (text == null) {
            return null;
        }
        return pick(text.en(), text.zh(), text.ko());
    }

    public String of(LocalizedDescription text) {
        if (text == null) {
            return null;
        }
        return pick(text.en(), text.zh(), text.ko());
    }

    private String pick(String en, String zh, String ko) {
        String wanted = switch (this) {
            case EN -> en;
            case ZH -> zh;
            case KO -> ko;
        };
        return wanted == null || wanted.isBlank() ? en : wanted;
    }
}
