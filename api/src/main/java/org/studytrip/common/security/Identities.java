package org.studytrip.common.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.function.Supplier;

/** Work done outside a request as if someone had asked for it: their roles decide what it may read. */
public final class Identities {

    private Identities() {
    }

    /** Runs {@code work} in a request context of its own, as {@code identity}. */
    public static <T> T runAs(SecurityIdentity identity, Supplier<T> work) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            Arc.container().instance(CurrentIdentityAssociation.class).get().setIdentity(identity);
            return work.get();
        } finally {
            requestContext.terminate();
        }
    }

    /** A service acting for a role without a token of its own (webhook deliveries read what partners may read). */
    public static SecurityIdentity service(String name, String role) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name)).addRole(role).build();
    }
}
