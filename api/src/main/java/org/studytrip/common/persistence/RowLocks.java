package org.studytrip.common.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import java.util.List;
import java.util.UUID;

/**
 * Row locks taken by a transaction's first statement, in plain SQL ({@code select … for update}): what Hibernate
 * writes for a lock ({@code for update of t1_0}) MariaDB refuses. Taken first, because under REPEATABLE READ every
 * plain read after the first sees the snapshot of that first read: a transaction that locks before it reads anything
 * sees what the one it waited for committed.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /** Runs the locking query, its parameters the ids in order; the rows it selected. */
    public static List<?> lock(String selectForUpdate, UUID... ids) {
        Query query = Panache.getEntityManager().createNativeQuery(selectForUpdate);
        for (int index = 0; index < ids.length; index++) {
            query.setParameter(index + 1, BinaryIds.bytes(ids[index]));
        }
        return query.getResultList();
    }
}
