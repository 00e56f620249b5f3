package org.studytrip.programme;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where people open the programme in a browser: the web client, which exports link to for humans. */
@ConfigMapping(prefix = "studytrip.app")
public interface AppConfig {

    /** The web client's address, without a trailing slash (STUDYTRIP_APP_URL). */
    @WithDefault("http://localhost:5173")
    String url();

    /**
     * The API's public address, without a trailing slash (STUDYTRIP_APP_API_URL): credentials name their issuer, keys
     * and revocation list below it, so it must stay the same for as long as they are to verify.
     */
    @WithDefault("http://localhost:8080")
    String apiUrl();

    /** An address of the API, from a path below it ({@code api/v1/credentials/keys}). */
    default String api(String path) {
        return apiUrl().replaceAll("/+$", "") + "/" + path;
    }

    default String trip(Object tripId) {
        return url().replaceAll("/+$", "") + "/trips/" + tripId;
    }

    /** The page a session's check-in QR code opens, with the code. */
    default String checkIn(Object sessionId, String code) {
        return session(sessionId) + "/check-in?code=" + code;
    }

    /** The public page that verifies a certificate by its serial. */
    default String verification(String serial) {
        return url().replaceAll("/+$", "") + "/verify/" + serial;
    }

    default String session(Object sessionId) {
        return url().replaceAll("/+$", "") + "/sessions/" + sessionId;
    }
}
