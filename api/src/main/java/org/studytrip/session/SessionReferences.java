package org.studytrip.session;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.studytrip.common.changelog.ChangeLog;
import org.studytrip.common.crud.ReferenceCheck;
import org.studytrip.common.persistence.VersionedEntity;
import org.studytrip.common.problem.Referrer;
import org.studytrip.organisation.Organisation;
import org.studytrip.session.expert.Expert;
import org.studytrip.session.venue.Venue;
import org.studytrip.topic.Topic;
import org.studytrip.trip.Trip;

/** Venues, experts, hosts and topics of sessions cannot be deleted from under them; a trip's sessions go with it. */
public class SessionReferences {

    private static List<Referrer> sessions(String join, VersionedEntity entity) {
        return ReferenceCheck.named(Session.<Session>find("select s from Session s " + join + " order by s.startsAt", entity),
                Referrer.Type.SESSION, session -> session.title.en());
    }

    @Produces
    @Singleton
    ReferenceCheck<Venue> toVenues() {
        return ReferenceCheck.of(Venue.class, venue -> sessions("where s.venue = ?1", venue));
    }

    @Produces
    @Singleton
    ReferenceCheck<Expert> toExperts() {
        return ReferenceCheck.of(Expert.class, expert -> sessions("join s.experts e where e = ?1", expert));
    }

    @Produces
    @Singleton
    ReferenceCheck<Organisation> toHosts() {
        return ReferenceCheck.of(Organisation.class, organisation -> sessions("where s.host = ?1", organisation));
    }

    @Produces
    @Singleton
    ReferenceCheck<Topic> toTopics() {
        return ReferenceCheck.of(Topic.class, topic -> sessions("join s.topics t where t = ?1", topic));
    }

    @Produces
    @Singleton
    ReferenceCheck<Trip> toTrips(ChangeLog changeLog) {
        return ReferenceCheck.cascading(Trip.class,
                trip -> ReferenceCheck.counted(Session.count("trip", trip), Referrer.Type.SESSION),
                trip -> Session.<Session>list("trip", trip).forEach(session -> {
                    changeLog.deleted(session);
                    session.delete();
                }));
    }
}
