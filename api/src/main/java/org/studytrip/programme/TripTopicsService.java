package org.studytrip.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.studytrip.common.access.Visibility;
import org.studytrip.programme.TripTopicsView.TopicCount;
import org.studytrip.session.Session;
import org.studytrip.topic.Topic;
import org.studytrip.topic.TopicSummary;
import org.studytrip.trip.Trip;

/** A trip's topics with how many of its sessions each has: the topics its sessions add included. */
@ApplicationScoped
class TripTopicsService {

    @Inject
    Visibility visibility;

    /** The trip's topics, and one grouped count (by id: MariaDB refuses grouping by a whole entity). */
    @Transactional(Transactional.TxType.SUPPORTS)
    TripTopicsView topics(Trip trip) {
        Map<UUID, Long> counts = Session.<Session>getEntityManager()
                .createQuery("select t.id, count(s) from Session s join s.topics t where s.trip = :trip group by t.id",
                        Object[].class)
                .setParameter("trip", trip).getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (Long) row[1]));
        Set<Topic> topics = new LinkedHashSet<>(trip.topics);
        List<UUID> missing = counts.keySet().stream().filter(id -> topics.stream().noneMatch(t -> t.id.equals(id))).toList();
        if (!missing.isEmpty()) {
            topics.addAll(Topic.<Topic>list("id in ?1", missing));
        }
        List<TopicCount> result = topics.stream().filter(visibility::visible).sorted(Comparator.comparing((Topic t) -> t.code))
                .map(topic -> new TopicCount(TopicSummary.of(topic), counts.getOrDefault(topic.id, 0L))).toList();
        return new TripTopicsView(trip.id, result);
    }
}
