package org.studytrip.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.studytrip.common.protection.FailedTokenLimits;

/**
 * A request that sends a token has it checked first, whatever the endpoint and before its roles are: an expired
 * or forged token is a 401 even where no token is needed, never silently treated as anonymous — and a 429 once
 * the client has sent too many of them.
 */
public class TokenCheck {

    private final CurrentIdentityAssociation identity;
    private final FailedTokenLimits failedTokens;

    TokenCheck(CurrentIdentityAssociation identity, FailedTokenLimits failedTokens) {
        this.identity = identity;
        this.failedTokens = failedTokens;
    }

    // After the write limits (WriteLimits), before any operation's roles.
    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION)
    public Uni<Response> verifySentToken(ContainerRequestContext request, HttpServerRequest http) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().nullItem();
        }
        return identity.getDeferredIdentity()
                .onItem().transform(verified -> (Response) null)
                .onFailure(AuthenticationFailedException.class).recoverWithUni(rejected -> {
                    Response refusal = failedTokens.refusalAfterRejecting(http);
                    return refusal == null ? Uni.createFrom().failure(rejected) : Uni.createFrom().item(refusal);
                });
    }
}
