package org.studytrip.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.studytrip.common.changelog.ChangeLog;
import org.studytrip.common.crud.ReferenceCheck;
import org.studytrip.organisation.Organisation;
import org.studytrip.trip.Trip;

/** People with participations, sending organisations of participants, and trips with participants stay. */
final class ParticipantReferences {

    private ParticipantReferences() {
    }

    private static List<String> counted(long count, String what) {
        return count == 0 ? List.of() : List.of(count + " " + what + (count == 1 ? "" : "s"));
    }

    @ApplicationScoped
    static class ToPeople implements ReferenceCheck<Person> {
        @Override
        public Class<Person> target() {
            return Person.class;
        }

        @Override
        public List<String> referencesTo(Person person) {
            return Participant.<Participant>find("person = ?1 order by trip.code", person).page(0, 20).list().stream()
                    .map(participant -> "a participation in trip '" + participant.trip.code + "'").toList();
        }
    }

    @ApplicationScoped
    static class ToOrganisations implements ReferenceCheck<Organisation> {
        @Override
        public Class<Organisation> target() {
            return Organisation.class;
        }

        @Override
        public List<String> referencesTo(Organisation organisation) {
            return counted(Participant.count("organisation", organisation), "participant");
        }
    }

    @ApplicationScoped
    static class ToTrips implements ReferenceCheck<Trip> {

        @Inject
        ChangeLog changeLog;

        /** A trip's participations go with it; the people stay recorded. */
        @Override
        public boolean cascades() {
            return true;
        }

        @Override
        public void deleteReferencesTo(Trip trip) {
            for (Participant participant : Participant.<Participant>list("trip", trip)) {
                changeLog.deleted(participant);
                participant.delete();
            }
        }

        @Override
        public Class<Trip> target() {
            return Trip.class;
        }

        @Override
        public List<String> referencesTo(Trip trip) {
            return counted(Participant.count("trip", trip), "participant");
        }
    }
}
