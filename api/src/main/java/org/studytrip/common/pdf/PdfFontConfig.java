package org.studytrip.common.pdf;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/**
 * The font PDFs are set in (the printed programme, certificates): it must have Chinese and Korean glyphs, and is
 * embedded (a subset). Named after the booklet, the first PDF, so the variables stay as they were.
 */
@ConfigMapping(prefix = "studytrip.booklet")
public interface PdfFontConfig {

    /** A TrueType font or collection (STUDYTRIP_BOOKLET_FONT); Debian's fonts-wqy-zenhei by default. */
    @WithDefault("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    Path font();

    /** The font to take from a collection (ignored for a single font). */
    @WithDefault("WenQuanYiZenHei")
    String fontName();
}
