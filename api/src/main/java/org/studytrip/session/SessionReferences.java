package org.studytrip.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.studytrip.common.changelog.ChangeLog;
import org.studytrip.common.crud.ReferenceCheck;
import org.studytrip.common.persistence.VersionedEntity;
import org.studytrip.organisation.Organisation;
import org.studytrip.session.expert.Expert;
import org.studytrip.session.venue.Venue;
import org.studytrip.topic.Topic;
import org.studytrip.trip.Trip;

/** Venues, experts, hosts and topics of sessions cannot be deleted from under them; nor can a trip with sessions. */
final class SessionReferences {

    private SessionReferences() {
    }

    private static List<String> sessions(String join, VersionedEntity entity) {
        return Session.<Session>find("select s from Session s " + join + " order by s.startsAt", entity).page(0, 20)
                .list().stream().map(session -> "session '" + session.title.en() + "'").toList();
    }

    @ApplicationScoped
    static class ToVenues implements ReferenceCheck<Venue> {
        @Override
        public Class<Venue> target() {
            return Venue.class;
        }

        @Override
        public List<String> referencesTo(Venue venue) {
            return sessions("where s.venue = ?1", venue);
        }
    }

    @ApplicationScoped
    static class ToExperts implements ReferenceCheck<Expert> {
        @Override
        public Class<Expert> target() {
            return Expert.class;
        }

        @Override
        public List<String> referencesTo(Expert expert) {
            return sessions("join s.experts e where e = ?1", expert);
        }
    }

    @ApplicationScoped
    static class ToHosts implements ReferenceCheck<Organisation> {
        @Override
        public Class<Organisation> target() {
            return Organisation.class;
        }

        @Override
        public List<String> referencesTo(Organisation organisation) {
            return sessions("where s.host = ?1", organisation);
        }
    }

    @ApplicationScoped
    static class ToTopics implements ReferenceCheck<Topic> {
        @Override
        public Class<Topic> target() {
            return Topic.class;
        }

        @Override
        public List<String> referencesTo(Topic topic) {
            return sessions("join s.topics t where t = ?1", topic);
        }
    }

    @ApplicationScoped
    static class ToTrips implements ReferenceCheck<Trip> {

        @Inject
        ChangeLog changeLog;

        @Override
        public boolean cascades() {
            return true;
        }

        @Override
        public void deleteReferencesTo(Trip trip) {
            for (Session session : Session.<Session>list("trip", trip)) {
                changeLog.deleted(session);
                session.delete();
            }
        }

        @Override
        public Class<Trip> target() {
            return Trip.class;
        }

        @Override
        public List<String> referencesTo(Trip trip) {
            long count = Session.count("trip", trip);
            return count == 0 ? List.of() : List.of(count + (count == 1 ? " session" : " sessions"));
        }
    }
}
