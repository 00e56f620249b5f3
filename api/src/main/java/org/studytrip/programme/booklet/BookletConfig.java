package org.studytrip.programme.booklet;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** The font the printed programme is set in: it must have Chinese and Korean glyphs, and is embedded (a subset). */
@ConfigMapping(prefix = "studytrip.booklet")
public interface BookletConfig {

    /** A TrueType font or collection (STUDYTRIP_BOOKLET_FONT); Debian's fonts-wqy-zenhei by default. */
    @WithDefault("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
    Path font();

    /** The font to take from a collection (ignored for a single font). */
    @WithDefault("WenQuanYiZenHei")
    String fontName();
}
