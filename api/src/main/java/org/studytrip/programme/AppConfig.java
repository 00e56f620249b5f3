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

    /** The page a session's check-in QR code opens, with the code. */
    default String checkIn(Object sessionId, String code) {
        return session(sessionId) + "/check-in?code=" + code;
    }

    default String session(Object sessionId) {
        return url().replaceAll("/+$", "") + "/sessions/" + sessionId;
    }
}
