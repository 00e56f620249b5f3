package org.studytrip.common.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;

/**
 * What a token must be beyond what SmallRye JWT checks (signature, issuer, audience, expiry, and a lifetime of at
 * most smallrye.jwt.time-to-live): issued no later than now plus the clock skew, and carrying its roles as an array
 * of strings. A token that fails is refused like a forged one (401, counted by {@link TokenCheck}).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class StrictTokens extends JWTCallerPrincipalFactory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JWTCallerPrincipalFactory verifier = new DefaultJWTCallerPrincipalFactory();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        JWTCallerPrincipal principal = verifier.parse(token, context);
        if (principal.getIssuedAtTime() > Instant.now().getEpochSecond() + context.getClockSkew()) {
            throw new ParseException("The token is issued in the future");
        }
        // Verified above: the payload is the issuer's. Its roles, before SmallRye turns a string into a list.
        JsonNode roles = payload(token).at("/" + (context.getGroupsPath() == null ? "groups" : context.getGroupsPath()));
        if (!roles.isMissingNode() && !(roles.isArray() && allText(roles))) {
            throw new ParseException("The token's roles are not an array of strings");
        }
        return principal;
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode role : array) {
            if (!role.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode payload(String token) throws ParseException {
        String[] parts = token.split("\\.");
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new ParseException("The token's payload is not readable", e);
        }
    }
}
