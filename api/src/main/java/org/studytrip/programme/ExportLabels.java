package org.studytrip.programme;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.studytrip.common.text.Language;

/** The words exports write around the programme's own texts, in the export's language ({@code exports/labels*.properties}). */
public final class ExportLabels {

    private ExportLabels() {
    }

    public static String of(Language language, String key) {
        return ResourceBundle.getBundle("exports.labels", language.locale(), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    /** A label with the given texts put in its {0}, {1}… */
    public static String of(Language language, String key, Object... arguments) {
        return new MessageFormat(of(language, key), language.locale()).format(arguments);
    }

    /** A language tag such as {@code ko} named in the export's language: Korean, 韩文, 한국어. */
    public static String languageName(Language language, String tag) {
        return Locale.forLanguageTag(tag).getDisplayLanguage(language.locale());
    }
}
