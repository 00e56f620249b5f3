package org.studytrip.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.studytrip.common.access.VisibilityRule;
import org.studytrip.common.crud.CrudService;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.security.Caller;
import org.studytrip.session.Session;
import org.studytrip.trip.Trip;
import org.studytrip.trip.TripAccess;

/**
 * Who may know of a trip's people: organisers and partners those of any trip they may see, a participant only those
 * of the trips they take part in. A participation is known to whoever may know of its trip's people, wherever it is
 * met: read directly, or through what hangs below it (its consents).
 */
@ApplicationScoped
public class ParticipantVisibility {

    private final TripAccess trips;
    private final Caller caller;
    private final OwnParticipations own;

    ParticipantVisibility(TripAccess trips, Caller caller, OwnParticipations own) {
        this.trips = trips;
        this.caller = caller;
        this.own = own;
    }

    @Produces
    @Singleton
    VisibilityRule<Participant> participationsOfVisibleTrips() {
        return VisibilityRule.of(Participant.class, participant -> trips.maySee(participant.trip)
                && maySeePeopleOf(participant.trip));
    }

    /** The trip whose people the caller asks for, or 404 when they may not know of it or of its people. */
    public Trip peopleOf(String tripId) {
        Trip trip = trips.programme(tripId);
        if (!maySeePeopleOf(trip)) {
            throw ProblemException.notFound("trip", tripId);
        }
        return trip;
    }

    /**
     * A session, with its trip, whose people the caller asks about (its attendance, its evaluations): 404 when it is
     * unknown, a draft's, or of a trip whose people they may not know of.
     */
    public Session peopleOfSession(String sessionId) {
        UUID id = CrudService.parseId(sessionId);
        Session session = id == null ? null
                : Session.<Session>find("from Session s join fetch s.trip where s.id = ?1", id).firstResult();
        if (session == null || !trips.maySee(session.trip) || !maySeePeopleOf(session.trip)) {
            throw ProblemException.notFound("session", sessionId);
        }
        return session;
    }

    /**
     * A participation the caller may act for (its consents, its calendar feeds): organisers any they may see, a
     * participant their own; any other is unknown to them (404).
     */
    public Participant actingFor(String participantId) {
        Participant participant = Participant.require(participantId);
        if (!mayActFor(participant)) {
            throw ProblemException.notFound("participant", participantId);
        }
        return participant;
    }

    public boolean mayActFor(Participant participant) {
        return trips.maySee(participant.trip) && maySeePeopleOf(participant.trip) && caller.mayRead(participant.person.id);
    }

    /** Whether the caller may know of the people of a trip they may see: all but participants of other trips. */
    public boolean maySeePeopleOf(Trip trip) {
        return maySeePeopleOf(trip.id);
    }

    public boolean maySeePeopleOf(UUID tripId) {
        return !caller.isParticipantOnly() || own.takesPartIn(tripId);
    }
}
