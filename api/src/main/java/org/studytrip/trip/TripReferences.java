package org.studytrip.trip;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.studytrip.common.crud.ReferenceCheck;
import org.studytrip.organisation.Organisation;
import org.studytrip.topic.Topic;

/** What trips refer to cannot be deleted from under them: organisations, topics, and earlier editions. */
final class TripReferences {

    private static final int LISTED = 20;

    private TripReferences() {
    }

    private static List<String> trips(String query, Object parameter) {
        return Trip.<Trip>find(query + " order by t.code", parameter).page(0, LISTED).list().stream()
                .map(trip -> "trip '" + trip.code + "'").toList();
    }

    @ApplicationScoped
    static class ToOrganisations implements ReferenceCheck<Organisation> {
        @Override
        public Class<Organisation> target() {
            return Organisation.class;
        }

        @Override
        public List<String> referencesTo(Organisation organisation) {
            return trips("select distinct t from Trip t left join t.sendingOrganisations o "
                    + "where t.organiser = ?1 or o = ?1", organisation);
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
            return trips("select t from Trip t join t.topics topic where topic = ?1", topic);
        }
    }

    @ApplicationScoped
    static class ToEarlierEditions implements ReferenceCheck<Trip> {
        @Override
        public Class<Trip> target() {
            return Trip.class;
        }

        @Override
        public List<String> referencesTo(Trip trip) {
            return trips("from Trip t where t.previousEdition = ?1", trip).stream()
                    .map(reference -> reference + " (as its previous edition)").toList();
        }
    }
}
