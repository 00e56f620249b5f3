package org.studytrip.changes;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.studytrip.common.operations.FailureNotice;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;

/**
 * The replica's open event streams, and the one follower of the change log that serves them all: it reads the log's
 * head a few times a second while streams are open, and when it moved, wakes the streams of the trips whose records
 * were written (every stream for a change to shared records: a venue, a topic). A write through any replica reaches
 * them, since all follow the same log.
 */
@ApplicationScoped
public class ChangeStreams {

    private final Set<ChangeStream> streams = ConcurrentHashMap.newKeySet();
    private final ExecutorService senders;
    private final ChangeFeedService feed;
    private final ObjectMapper json;
    private final ChangeStreamConfig config;
    /** The head the follower read last; -1 while no stream is open (the first read then wakes every stream). */
    private volatile long head = -1;
    private volatile boolean stopping;
    private final FailureNotice notice = new FailureNotice(ChangeStreams.class, "Following the change log");

    ChangeStreams(ChangeFeedService feed, ObjectMapper json, ChangeStreamConfig config) {
        this.feed = feed;
        this.json = json;
        this.config = config;
        AtomicInteger count = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(2, work -> {
            Thread thread = new Thread(work, "change-stream-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Streams a trip's changes to the subscriber from the cursor; the trip and cursor were checked by the caller. */
    void open(String tripId, UUID trip, SecurityIdentity identity, ChangeCursor cursor, SseEventSink sink, Sse sse) {
        if (stopping) {
            throw new ProblemException(ProblemType.SHUTTING_DOWN, "This instance is shutting down; connect again "
                    + "with the last event id (another instance answers).");
        }
        ChangeStream stream = new ChangeStream(tripId, trip, identity, cursor, sink, sse, feed, json, senders,
                streams::remove);
        streams.add(stream);
        stream.open(config.reconnectAfter());
    }

    @Scheduled(every = "${studytrip.changes.stream.follow-every:0.25s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional(Transactional.TxType.SUPPORTS)
    void follow() {
        if (streams.isEmpty()) {
            head = -1;
            return;
        }
        try {
            wakeWritten();
            notice.succeeded();
        } catch (RuntimeException failure) {
            // The database is away: streams stay open (with their heartbeats) and catch up when it is back.
            notice.failed(failure);
        }
        streams.forEach(stream -> senders.execute(() -> stream.heartbeatIfIdle(config.heartbeat())));
    }

    private void wakeWritten() {
        long before = head;
        long now = ((Number) Panache.getEntityManager()
                .createNativeQuery("select last_seq from change_sequence where id = 1").getSingleResult()).longValue();
        if (before < 0) {
            streams.forEach(ChangeStream::wake);
        } else if (now != before) {
            Set<UUID> written = new HashSet<>(Panache.getEntityManager()
                    .createQuery("select distinct c.tripId from ChangeLogEntry c where c.seq > :before and c.seq <= :now",
                            UUID.class)
                    .setParameter("before", before).setParameter("now", now).getResultList());
            streams.stream().filter(stream -> written.contains(null) || written.contains(stream.trip))
                    .forEach(ChangeStream::wake);
        }
        head = now;
    }

    /** Streams end when the instance begins to stop: their clients reconnect, with their last event id, elsewhere. */
    void stopping(@Observes ShutdownDelayInitiatedEvent event) {
        stopping = true;
        streams.forEach(ChangeStream::close);
    }

    @PreDestroy
    void stop() {
        streams.forEach(ChangeStream::close);
        senders.shutdownNow();
    }
}
