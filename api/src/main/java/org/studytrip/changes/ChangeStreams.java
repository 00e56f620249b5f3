package org.studytrip.changes;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.studytrip.common.changelog.ChangeLog;
import org.studytrip.common.operations.FailureNotice;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;

/**
 * The replica's open event streams, and the one follower of the change log that serves them all: while streams are
 * open it reads the log's head four times a second, on a thread of its own, and when the head moved it wakes the
 * streams of the trips whose records were written (every stream for a change to shared records: a venue, a topic).
 * A write through any replica reaches them, since all follow the same log.
 */
@ApplicationScoped
public class ChangeStreams {

    private final Set<ChangeStream> streams = ConcurrentHashMap.newKeySet();
    private final ExecutorService senders;
    /** Its own thread, not the scheduler's: that one looks at its jobs once a second, too seldom for live updates. */
    private final ScheduledExecutorService follower = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "change-log-follower");
        thread.setDaemon(true);
        return thread;
    });
    /** The follower's schedule while streams are open; null while none is. */
    private ScheduledFuture<?> following;
    private final ChangeFeedService feed;
    private final Scheduler scheduler;
    private final ChangeLog changeLog;
    private final ObjectMapper json;
    private final ChangeStreamConfig config;
    /** The head the follower read last; -1 while no stream is open (the first read then wakes every stream). */
    private volatile long head = -1;
    private volatile boolean stopping;
    private final FailureNotice notice = new FailureNotice(ChangeStreams.class, "Following the change log");

    ChangeStreams(ChangeFeedService feed, ObjectMapper json, ChangeStreamConfig config, Scheduler scheduler,
            ChangeLog changeLog) {
        this.scheduler = scheduler;
        this.changeLog = changeLog;
        this.feed = feed;
        this.json = json;
        this.config = config;
        AtomicInteger count = new AtomicInteger();
        // A few threads send for all streams: sends are short, and a client too slow for one ends its stream.
        this.senders = Executors.newFixedThreadPool(4, work -> {
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
        synchronized (this) {
            if (following == null) {
                following = follower.scheduleWithFixedDelay(this::follow, 0, config.followEvery().toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }
        stream.open(config.reconnectAfter());
    }

    /** Stops following when the last stream has gone; a stream opened meanwhile starts it again. */
    private synchronized boolean idle() {
        if (!streams.isEmpty()) {
            return false;
        }
        following.cancel(false);
        following = null;
        head = -1;
        return true;
    }

    private void follow() {
        streams.stream().filter(ChangeStream::gone).toList().forEach(ChangeStream::close);
        // Background work stops together: while the scheduler is paused, so is the follower.
        if (idle() || !scheduler.isRunning()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(this::wakeWritten);
            notice.succeeded();
        } catch (RuntimeException failure) {
            // The database is away: streams stay open (with their heartbeats) and catch up when it is back.
            notice.failed(failure);
        }
        streams.stream().filter(stream -> stream.heartbeatDue(config.heartbeat()))
                .forEach(stream -> senders.execute(stream::heartbeat));
    }

    private void wakeWritten() {
        long before = head;
        long now = changeLog.head();
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
        follower.shutdownNow();
        senders.shutdownNow();
    }
}
