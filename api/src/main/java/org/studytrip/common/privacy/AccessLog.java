package org.studytrip.common.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;
import org.studytrip.common.security.Caller;

/**
 * Records who read a person's protected details, when, and how (read, export), unless it was the person. Rows
 * are only ever added; they name the caller by token subject, never by anything read.
 */
@ApplicationScoped
public class AccessLog {

    private final EntityManager entityManager;
    private final Caller caller;

    AccessLog(EntityManager entityManager, Caller caller) {
        this.entityManager = entityManager;
        this.caller = caller;
    }

    /** In the reading transaction: a read that cannot be logged does not happen. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void protectedRead(UUID person, String action) {
        if (caller.is(person)) {
            return;
        }
        entityManager.createNativeQuery("INSERT INTO personal_data_access (id, person_id, accessor, action, accessed_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, bytes(UUID.randomUUID()))
                .setParameter(2, bytes(person))
                .setParameter(3, caller.name())
                .setParameter(4, action)
                .setParameter(5, Instant.now())
                .executeUpdate();
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
