package org.studytrip.common.changelog;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.Hibernate;
import org.studytrip.common.persistence.VersionedEntity;

/**
 * The one writer of the change log: every service calls it for every create, update and delete. Each entry takes the
 * next sequence number from the one-row {@code change_sequence}, whose row lock the writer then holds until it
 * commits: writers queue there for the rest of their transactions, so sequence numbers commit in their own order and
 * a reader that has seen one has seen every lower one (the feeds' cursors rely on it). Writes are few and short; the
 * queue costs a write at most the rest of the transaction ahead of it.
 */
@ApplicationScoped
public class ChangeLog {

    /** The highest sequence number committed: one indexed row. */
    static final String HEAD = "select last_seq from change_sequence where id = 1";

    private final Event<ChangeAppended> appended;

    ChangeLog(Event<ChangeAppended> appended) {
        this.appended = appended;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(VersionedEntity entity) {
        append(entity, ChangeOperation.CREATED);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(VersionedEntity entity) {
        append(entity, ChangeOperation.UPDATED);
    }

    /** Call before removing the entity, while its id and version are still known. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(VersionedEntity entity) {
        append(entity, ChangeOperation.DELETED);
    }

    private void append(VersionedEntity entity, ChangeOperation operation) {
        // The version is only incremented when the update is flushed.
        Panache.getEntityManager().flush();
        ChangeLogEntry entry = new ChangeLogEntry();
        entry.entityType = Hibernate.getClass(entity).getSimpleName().toLowerCase(Locale.ROOT);
        entry.entityId = entity.id;
        entry.tripId = entity.tripId();
        entry.operation = operation;
        entry.entityVersion = entity.version;
        entry.changedAt = Instant.now();
        entry.seq = nextSequenceNumber();
        entry.persist();
        appended.fire(new ChangeAppended(entry.seq, entry.entityType, entry.entityId, entry.tripId, operation));
    }

    private long nextSequenceNumber() {
        Panache.getEntityManager().createNativeQuery("update change_sequence set last_seq = last_seq + 1 where id = 1")
                .executeUpdate();
        // The transaction reads its own update, whatever others committed since it began.
        return head();
    }

    /** The highest sequence number committed (in a writer's transaction: its own last one). */
    public long head() {
        return ((Number) Panache.getEntityManager().createNativeQuery(HEAD).getSingleResult()).longValue();
    }
}
