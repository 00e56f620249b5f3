package org.studytrip.participant;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.studytrip.common.changelog.ChangeLog;
import org.studytrip.common.crud.ReferenceCheck;
import org.studytrip.organisation.Organisation;
import org.studytrip.person.Person;
import org.studytrip.trip.Trip;

/** People with participations and sending organisations of participants stay; a trip's participations go with it. */
public class ParticipantReferences {

    @Produces
    @Singleton
    ReferenceCheck<Person> toPeople() {
        return ReferenceCheck.of(Person.class, person -> ReferenceCheck.named(
                Participant.<Participant>find("person = ?1 order by trip.code", person),
                participant -> "a participation in trip '" + participant.trip.code + "'"));
    }

    @Produces
    @Singleton
    ReferenceCheck<Organisation> toOrganisations() {
        return ReferenceCheck.of(Organisation.class,
                organisation -> ReferenceCheck.counted(Participant.count("organisation", organisation), "participant"));
    }

    /** The people stay recorded. */
    @Produces
    @Singleton
    ReferenceCheck<Trip> toTrips(ChangeLog changeLog) {
        return ReferenceCheck.cascading(Trip.class,
                trip -> ReferenceCheck.counted(Participant.count("trip", trip), "participant"),
                trip -> Participant.<Participant>list("trip", trip).forEach(participant -> {
                    changeLog.deleted(participant);
                    participant.delete();
                }));
    }
}
