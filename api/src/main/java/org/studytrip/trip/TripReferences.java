package org.studytrip.trip;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.studytrip.common.crud.ReferenceCheck;
import org.studytrip.common.problem.Referrer;
import org.studytrip.organisation.Organisation;
import org.studytrip.topic.Topic;

/** What trips refer to cannot be deleted from under them: organisations, topics, and earlier editions. */
public class TripReferences {

    private static List<Referrer> trips(String query, Object parameter) {
        return ReferenceCheck.named(Trip.<Trip>find(query + " order by t.code", parameter), Referrer.Type.TRIP,
                trip -> trip.code);
    }

    @Produces
    @Singleton
    ReferenceCheck<Organisation> toOrganisations() {
        return ReferenceCheck.of(Organisation.class, organisation -> trips("select distinct t from Trip t "
                + "left join t.sendingOrganisations o where t.organiser = ?1 or o = ?1", organisation));
    }

    @Produces
    @Singleton
    ReferenceCheck<Topic> toTopics() {
        return ReferenceCheck.of(Topic.class, topic -> trips("select t from Trip t join t.topics topic where topic = ?1", topic));
    }

    @Produces
    @Singleton
    ReferenceCheck<Trip> toEarlierEditions() {
        return ReferenceCheck.of(Trip.class, trip -> trips("from Trip t where t.previousEdition = ?1", trip).stream()
                .map(reference -> reference.as(Referrer.Relation.PREVIOUS_EDITION)).toList());
    }
}
