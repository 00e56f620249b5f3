package org.studytrip.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.studytrip.common.protection.FailedTokenLimits;

/**
 * A request that sends a token has it checked first, whatever the endpoint and before its roles are: an expired
 * or forged token is a 401 even where no token is needed, never silently treated as anonymous — and a 429 once
 * the client has sent too many of them.
 */
public class TokenCheck {

    /** RFC 6750's credentials: the scheme (in any case, RFC 9110 11.1), one space, a b64token. */
    private static final Pattern BEARER = Pattern.compile("(?i)bearer [A-Za-z0-9._~+/-]+=*");

    private final CurrentIdentityAssociation identity;
    private final FailedTokenLimits failedTokens;

    TokenCheck(CurrentIdentityAssociation identity, FailedTokenLimits failedTokens) {
        this.identity = identity;
        this.failedTokens = failedTokens;
    }

    // Before any operation's roles (the per-client limits ran earlier, in the HTTP layer: RequestLimits).
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Uni<Response> verifySentToken(ContainerRequestContext request, HttpServerRequest http) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return Uni.createFrom().nullItem();
        }
        // An Authorization header that carries no bearer token (empty, another scheme) is a failed sign-in, never anonymous.
        if (!BEARER.matcher(authorization).matches()) {
            return rejected(http, new AuthenticationFailedException("Not a bearer token"));
        }
        return identity.getDeferredIdentity()
                .onItem().transform(verified -> (Response) null)
                .onFailure(AuthenticationFailedException.class).recoverWithUni(rejected -> rejected(http, rejected));
    }

    private Uni<Response> rejected(HttpServerRequest http, Throwable rejection) {
        Response refusal = failedTokens.refusalAfterRejecting(http);
        return refusal == null ? Uni.createFrom().failure(rejection) : Uni.createFrom().item(refusal);
    }
}
