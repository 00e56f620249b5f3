package org.studytrip.common.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.studytrip.embedded.LocalIssuer;
import org.studytrip.embedded.LocalOidcProvider;

/**
 * The only class that touches the local issuer; loaded only after {@link AuthBootstrap} has checked that it is
 * present (it is absent from the production build).
 */
public final class LocalSignIn {

    private static final Logger LOG = Logger.getLogger(LocalSignIn.class);

    private LocalSignIn() {
    }

    /**
     * Keys under {@code dataDirectory/issuer}; the verification properties for them. The key itself, not its
     * location: in dev and test mode Quarkus makes a key of its own when none is configured, and a configured key
     * wins over any location.
     */
    public static Map<String, String> properties(Path dataDirectory) {
        return properties(LocalIssuer.open(dataDirectory.resolve("issuer")));
    }

    private static Map<String, String> properties(LocalIssuer issuer) {
        return Map.of(AuthBootstrap.KEY, issuer.publicKeyBase64(), "mp.jwt.verify.issuer", LocalIssuer.ISSUER);
    }

    /**
     * As {@link #properties}, and serves tokens on 127.0.0.1 to the web client's local sign-in, directly or as an
     * OpenID Connect provider.
     */
    static Map<String, String> start(Path dataDirectory) {
        LocalIssuer issuer = LocalIssuer.open(dataDirectory.resolve("issuer"));
        int port = ConfigProvider.getConfig().getOptionalValue("studytrip.local-sign-in.port", Integer.class).orElse(8081);
        List<String> origins = Arrays.stream(ConfigProvider.getConfig()
                        .getOptionalValue("quarkus.http.cors.origins", String.class).orElse("").split(","))
                .map(String::trim).filter(origin -> !origin.isEmpty()).toList();
        try {
            Duration lifetime = Duration.ofHours(8);
            LocalOidcProvider.attach(issuer.serve(port, origins, lifetime), issuer, origins, lifetime);
            LOG.infof("Local sign-in for the web client: http://127.0.0.1:%d/token?role=organiser; as an OpenID "
                    + "Connect provider: http://localhost:%d/.well-known/openid-configuration", port, port);
        } catch (RuntimeException portTaken) {
            LOG.warnf("Local sign-in not served on port %d (%s); bin/token still prints tokens", port,
                    portTaken.getMessage());
        }
        return properties(issuer);
    }
}
