package org.studytrip.programme;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where people open the programme in a browser: the web client, which exports link to for humans. */
@ConfigMapping(prefix = "studytrip.app")
public interface AppConfig {

    /** The web client's address, without a trailing slash (STUDYTRIP_APP_URL). */
    @WithDefault("http://localhost:5173")
    String url();

    default String trip(Object tripId) {
        return url().replaceAll("/+$", "") + "/trips/" + tripId;
    }

    default String session(Object sessionId) {
        return url().replaceAll("/+$", "") + "/sessions/" + sessionId;
    }
}
