package org.studytrip.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.studytrip.common.security.Identities;

/**
 * One open event stream: a trip's changes as its subscriber may see them, sent in order from its cursor. It reads
 * the log only when the replica's follower says something was written; the reads of one stream never overlap, so its
 * events go out in sequence order, each once.
 */
final class ChangeStream {

    private static final Logger LOG = Logger.getLogger(ChangeStream.class);
    /** A client that takes longer to take one event is too slow to follow live: its stream ends, it reconnects. */
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(5);
    private static final int PAGE = 100;

    private final String tripId;
    final UUID trip;
    private final SecurityIdentity identity;
    private final SseEventSink sink;
    private final Sse sse;
    private final ChangeFeedService feed;
    private final ObjectMapper json;
    private final Executor executor;
    private final Consumer<ChangeStream> onClose;
    /** True from the start: until {@link #open} has caught up, a wake only marks work pending, for open to pick up. */
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean pending = new AtomicBoolean();
    private ChangeCursor cursor;
    private final AtomicLong lastSent = new AtomicLong(System.nanoTime());

    ChangeStream(String tripId, UUID trip, SecurityIdentity identity, ChangeCursor cursor, SseEventSink sink, Sse sse,
            ChangeFeedService feed, ObjectMapper json, Executor executor, Consumer<ChangeStream> onClose) {
        this.tripId = tripId;
        this.trip = trip;
        this.identity = identity;
        this.cursor = cursor;
        this.sink = sink;
        this.sse = sse;
        this.feed = feed;
        this.json = json;
        this.executor = executor;
        this.onClose = onClose;
    }

    /** Sends what was written since the last read: at once if no read runs, else right after the one that runs. */
    void wake() {
        pending.set(true);
        if (running.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            while (pending.getAndSet(false) && !sink.isClosed()) {
                sendNewChanges();
            }
        } catch (RuntimeException failure) {
            // The trip became unknown to the subscriber, the log moved past the cursor, or the database is gone: the
            // client reconnects with its last event id and gets the answer that fits (404, 410, 503).
            LOG.debugf("Closing a stream of trip %s: %s", tripId, failure.getClass().getSimpleName());
            close();
        } finally {
            running.set(false);
        }
        if (pending.get() && !sink.isClosed()) {
            wake();
        }
    }

    /** Each change as an event whose id resumes after it; then, once caught up, a ready event at the log's head. */
    private void sendNewChanges() {
        boolean more = true;
        while (more) {
            ChangePage page = Identities.runAs(identity, () -> feed.page(feed.ofTrip(tripId, EnumSet.allOf(ChangeType.class), cursor, PAGE)));
            for (ChangeEntry entry : page.items()) {
                send(sse.newEventBuilder().id(new ChangeCursor(entry.sequence()).encoded()).name("change")
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(write(entry)).build());
            }
            cursor = ChangeCursor.parse("next", page.next());
            more = page.more();
        }
    }

    /**
     * Catches up from the cursor, then says where the stream stands (a ready event whose id is the log's head, for a
     * client that connected without a cursor), all before the follower may wake it.
     */
    void open(Duration reconnectAfter) {
        try {
            sendNewChanges();
            send(sse.newEventBuilder().id(cursor.encoded()).name("ready").reconnectDelay(reconnectAfter.toMillis())
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data("{\"next\":\"" + cursor.encoded() + "\"}").build());
        } catch (RuntimeException failure) {
            close();
        } finally {
            running.set(false);
        }
        if (pending.get()) {
            wake();
        }
    }

    /** Whether nothing was sent for a heartbeat's time and no read is sending; true once, for the one who sends it. */
    boolean heartbeatDue(Duration heartbeat) {
        long last = lastSent.get();
        long now = System.nanoTime();
        return now - last >= heartbeat.toNanos() && !running.get() && lastSent.compareAndSet(last, now);
    }

    /** A comment line, so that proxies keep an idle stream open and a stream whose client has gone is noticed. */
    void heartbeat() {
        try {
            send(sse.newEventBuilder().comment("heartbeat").build());
        } catch (IllegalStateException gone) {
            // closed by send: the follower forgets the stream
        }
    }

    /** Whether the client has gone (the connection closed); the follower then forgets the stream. */
    boolean gone() {
        return sink.isClosed();
    }


    void close() {
        if (!sink.isClosed()) {
            sink.close();
        }
        onClose.accept(this);
    }

    private synchronized void send(OutboundSseEvent event) {
        try {
            sink.send(event).toCompletableFuture().get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            lastSent.set(System.nanoTime());
        } catch (Exception gone) {
            close();
            throw new IllegalStateException("The subscriber is gone", gone);
        }
    }

    private String write(ChangeEntry entry) {
        try {
            return json.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
