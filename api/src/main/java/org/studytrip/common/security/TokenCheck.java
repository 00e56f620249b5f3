package org.studytrip.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.studytrip.common.protection.FailedTokenLimits;

/**
 * A request that sends a token has it checked, whatever the endpoint: an expired or forged token is a 401 even
 * where no token is needed, never silently treated as anonymous. A client sending many rejected tokens is slowed.
 */
public class TokenCheck {

    private final CurrentIdentityAssociation identity;
    private final FailedTokenLimits failedTokens;

    TokenCheck(CurrentIdentityAssociation identity, FailedTokenLimits failedTokens) {
        this.identity = identity;
        this.failedTokens = failedTokens;
    }

    @ServerRequestFilter
    public Uni<Response> verifySentToken(ContainerRequestContext request, HttpServerRequest http) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().nullItem();
        }
        Response refusal = failedTokens.refusalFor(http);
        if (refusal != null) {
            return Uni.createFrom().item(refusal);
        }
        return identity.getDeferredIdentity()
                .onFailure(AuthenticationFailedException.class).invoke(() -> failedTokens.recordRejectedToken(http))
                .onItem().transform(verified -> (Response) null);
    }
}
