package org.studytrip.common.security;

import java.nio.file.Path;

/**
 * Chooses who verifies tokens before Quarkus starts: a configured issuer wins; with the embedded development
 * database the local issuer (absent from the production build) makes its keys in the data directory and serves
 * the web client's local sign-in; otherwise the service stops, naming the variables to set.
 */
public final class AuthBootstrap {

    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String KEY = "mp.jwt.verify.publickey";

    private AuthBootstrap() {
    }

    public static void prepare(Path dataDirectory, boolean embeddedDatabase) {
        if (configured(KEY_LOCATION) || configured(KEY)) {
            return;
        }
        // The local issuer ships in the same module as the embedded database: one is there when the other is.
        if (!embeddedDatabase) {
            System.err.println("""
                    No token issuer configured. Set MP_JWT_VERIFY_ISSUER (the issuer, e.g. \
                    https://sso.example.org/realms/studytrip) and MP_JWT_VERIFY_PUBLICKEY_LOCATION (its public keys, \
                    e.g. the JWKS URL .../protocol/openid-connect/certs).""");
            System.exit(1);
        }
        LocalSignIn.start(dataDirectory).forEach(System::setProperty);
    }

    /**
     * Set by the operator (environment or -D), not a value Quarkus makes up itself: in dev mode the JWT extension
     * generates a key of its own, which must not stop the local issuer from starting.
     */
    private static boolean configured(String property) {
        String variable = property.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
        return isSet(System.getenv(variable)) || isSet(System.getProperty(property));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
