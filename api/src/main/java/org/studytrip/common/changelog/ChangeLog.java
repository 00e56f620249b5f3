package org.studytrip.common.changelog;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.Hibernate;
import org.studytrip.common.persistence.VersionedEntity;

/** The one writer of the change log: every service calls it for every create, update and delete. */
@ApplicationScoped
public class ChangeLog {

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
        entry.persist();
    }
}
