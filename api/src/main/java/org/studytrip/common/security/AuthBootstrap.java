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
    static final String LOCAL_ISSUER_CLASS = "org.studytrip.embedded.LocalIssuer";

    private AuthBootstrap() {
    }

    public static void prepare(Path dataDirectory, boolean embeddedDatabase) {
        if (configured(KEY_LOCATION) || configured(KEY)) {
            return;
        }
        if (!embeddedDatabase || !localIssuerAvailable()) {
            System.err.println("""
                    No token issuer configured. Set MP_JWT_VERIFY_ISSUER (the issuer, e.g. \
                    https://sso.example.org/realms/studytrip) and MP_JWT_VERIFY_PUBLICKEY_LOCATION (its public keys, \
                    e.g. the JWKS URL .../protocol/openid-connect/certs).""");
            System.exit(1);
        }
        LocalSignIn.start(dataDirectory).forEach(System::setProperty);
    }

    private static boolean configured(String property) {
        return ConfigProvider.getConfig().getOptionalValue(property, String.class).filter(v -> !v.isBlank()).isPresent();
    }

    static boolean localIssuerAvailable() {
        try {
            Class.forName(LOCAL_ISSUER_CLASS, false, AuthBootstrap.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absentInProductionBuild) {
            return false;
        }
    }
}
