package org.studytrip.common.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request that sends a token has it checked, whatever the endpoint: an expired or forged token is a 401 even
 * where no token is needed, never silently treated as anonymous.
 */
public class TokenCheck {

    private final CurrentIdentityAssociation identity;

    TokenCheck(CurrentIdentityAssociation identity) {
        this.identity = identity;
    }

    @ServerRequestFilter
    public Uni<Void> verifySentToken(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return null;
        }
        return identity.getDeferredIdentity().replaceWithVoid();
    }
}
