package org.studytrip.common.security;

import java.nio.file.Path;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Chooses who verifies tokens before Quarkus starts: a configured issuer wins; with the embedded development
 * database the local issuer (absent from the production build) makes its keys in the data directory and serves
 * the web client's local sign-in; otherwise the service stops, naming the variables to set.
 */
public final class AuthBootstrap {

    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String KEY = "mp.jwt.verify.publickey";
    static final String AUDIENCES = "mp.jwt.verify.audiences";

    private AuthBootstrap() {
    }

    public static void prepare(Path dataDirectory, boolean embeddedDatabase) {
        // Without an audience, a token the provider issued to any other client of the realm would pass. The default
        // (studytrip-api) is in application.properties: this stops an operator who sets it to nothing.
        if (ConfigProvider.getConfig().getOptionalValue(AUDIENCES, String.class).filter(value -> !value.isBlank()).isEmpty()) {
            System.err.println("""
                    No token audience configured. Set MP_JWT_VERIFY_AUDIENCES to the audience the identity provider \
                    puts into this service's access tokens (e.g. studytrip-api).""");
            System.exit(1);
        }
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
