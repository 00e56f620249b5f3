package org.studytrip.participant;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.studytrip.common.security.Caller;

/**
 * The trips a participant's token takes part in, read once per request: the rule for a trip's people is asked for
 * every participation a page shows, and must not cost a statement each time.
 */
@RequestScoped
class OwnParticipations {

    private final Caller caller;
    private Set<UUID> trips;

    OwnParticipations(Caller caller) {
        this.caller = caller;
    }

    boolean takesPartIn(UUID trip) {
        if (trips == null) {
            trips = caller.personId().map(person -> new HashSet<>(Participant.getEntityManager()
                    .createQuery("select p.trip.id from Participant p where p.person.id = :person", UUID.class)
                    .setParameter("person", person)
                    .getResultList())).orElseGet(HashSet::new);
        }
        return trips.contains(trip);
    }
}
