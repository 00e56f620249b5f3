package org.studytrip.common.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.studytrip.common.crud.CrudService;

/** Who is calling, as the rules need it: the role, and for a participant the person the token is bound to. */
@RequestScoped
public class Caller {

    static final String PERSON_CLAIM = "person_id";

    private final SecurityIdentity identity;
    private final CurrentIdentityAssociation association;

    Caller(SecurityIdentity identity, CurrentIdentityAssociation association) {
        this.identity = identity;
        this.association = association;
    }

    public boolean isOrganiser() {
        return identity.hasRole(Roles.ORGANISER);
    }

    /** {@link #isOrganiser} where blocking is not allowed (the event loop): the token is checked when subscribed. */
    public Uni<Boolean> isOrganiserWithoutBlocking() {
        return association.getDeferredIdentity().map(who -> who.hasRole(Roles.ORGANISER)).memoize().indefinitely();
    }

    /** Whether the token gives any of the roles (a caller without one is treated like an anonymous one). */
    public boolean hasRole() {
        return isOrganiser() || identity.hasRole(Roles.PARTNER) || identity.hasRole(Roles.PARTICIPANT);
    }

    /** A participant who is not also an organiser: limited to their own trips and record. */
    public boolean isParticipantOnly() {
        return identity.hasRole(Roles.PARTICIPANT) && !isOrganiser();
    }

    /** The person a participant's token is bound to. */
    public Optional<UUID> personId() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(PERSON_CLAIM);
            return Optional.ofNullable(claim == null ? null : CrudService.parseId(claim.toString().replace("\"", "")));
        }
        return Optional.empty();
    }

    /** Who the token names (its subject), or "anonymous". */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** Whether the caller may read this person's full record: anyone but a participant, and a participant their own. */
    public boolean mayRead(UUID person) {
        return !isParticipantOnly() || is(person);
    }

    /** Whether the caller is the person with this id (a participant reading or changing their own record). */
    public boolean is(UUID person) {
        return personId().filter(own -> own.equals(person)).isPresent();
    }
}
