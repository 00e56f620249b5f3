package org.studytrip.participant;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.studytrip.common.changelog.ChangeLog;
import org.studytrip.common.crud.ReferenceCheck;
import org.studytrip.common.problem.Referrer;
import org.studytrip.organisation.Organisation;
import org.studytrip.person.Person;
import org.studytrip.trip.Trip;

/** People with participations and sending organisations of participants stay; a trip's participations go with it. */
public class ParticipantReferences {

    @Produces
    @Singleton
    ReferenceCheck<Person> toPeople() {
        return ReferenceCheck.of(Person.class, person -> Participant.<Participant>find("person = ?1 order by trip.code", person)
                .page(0, ReferenceCheck.NAMED).list().stream()
                .map(participant -> Referrer.named(Referrer.Type.TRIP, participant.trip.id, participant.trip.code)
                        .as(Referrer.Relation.PARTICIPATION))
                .toList());
    }

    @Produces
    @Singleton
    ReferenceCheck<Organisation> toOrganisations() {
        return ReferenceCheck.of(Organisation.class,
                organisation -> ReferenceCheck.counted(Participant.count("organisation", organisation),
                        Referrer.Type.PARTICIPANT));
    }

    /** The people stay recorded. */
    @Produces
    @Singleton
    ReferenceCheck<Trip> toTrips(ChangeLog changeLog) {
        return ReferenceCheck.cascading(Trip.class,
                trip -> ReferenceCheck.counted(Participant.count("trip", trip), Referrer.Type.PARTICIPANT),
                trip -> Participant.<Participant>list("trip", trip).forEach(participant -> {
                    changeLog.deleted(participant);
                    participant.delete();
                }));
    }
}
