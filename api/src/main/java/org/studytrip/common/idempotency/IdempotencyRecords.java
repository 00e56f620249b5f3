package org.studytrip.common.idempotency;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.studytrip.common.operations.ScheduledWork;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;

/**
 * The keys callers sent with their POSTs, each in a transaction of its own: reserved before the request runs (so
 * that a second request with the key sees it at once), completed with the answer after the request committed,
 * released when it failed (the key may then be sent again).
 */
@ApplicationScoped
public class IdempotencyRecords {

    /** What to do with a request: run it (the key is now reserved for it), or answer what its first run answered. */
    public sealed interface Reservation permits Run, Replay {
    }

    public record Run() implements Reservation {
    }

    public record Replay(int status, String location, String etag, String body) implements Reservation {
    }

    private static final String EXPIRY = "idempotency-expiry";
    private static final Duration EXPIRY_EVERY = Duration.ofHours(1);

    private final IdempotencyConfig config;
    private final ScheduledWork work;

    IdempotencyRecords(IdempotencyConfig config, ScheduledWork work) {
        this.config = config;
        this.work = work;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Reservation reserve(byte[] caller, String key, byte[] fingerprint) {
        EntityManager entities = Panache.getEntityManager();
        Instant now = Instant.now();
        int inserted = entities.createNativeQuery("insert ignore into idempotency_key (caller_hash, idem_key, "
                        + "fingerprint, created_at, expires_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, fingerprint).setParameter(4, now)
                .setParameter(5, now.plus(config.keepFor()))
                .executeUpdate();
        if (inserted == 1) {
            return new Run();
        }
        // Read without a lock: the duplicate check above holds a shared lock on the row until this transaction ends,
        // and asking for an exclusive one now would deadlock with the first request recording its answer meanwhile.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("select fingerprint, status, location, etag, body, "
                        + "expires_at < ?3 or (status is null and created_at < ?4) from idempotency_key "
                        + "where caller_hash = ?1 and idem_key = ?2")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, now)
                .setParameter(4, now.minus(config.abandonedAfter()))
                .getResultList();
        if (rows.isEmpty()) {
            throw inUse();
        }
        Object[] row = rows.get(0);
        if (truthy(row[5])) {
            // Expired, or reserved by a request that died with its process: the key starts afresh, unless another
            // request has just taken it over.
            int taken = entities.createNativeQuery("update idempotency_key set fingerprint = ?3, status = null, "
                            + "location = null, etag = null, body = null, created_at = ?4, expires_at = ?5 "
                            + "where caller_hash = ?1 and idem_key = ?2 and (expires_at < ?4 or (status is null and created_at < ?6))")
                    .setParameter(1, caller).setParameter(2, key).setParameter(3, fingerprint).setParameter(4, now)
                    .setParameter(5, now.plus(config.keepFor())).setParameter(6, now.minus(config.abandonedAfter()))
                    .executeUpdate();
            if (taken == 1) {
                return new Run();
            }
            throw inUse();
        }
        if (!Arrays.equals((byte[]) row[0], fingerprint)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was sent with another "
                    + "request (another body or address); use a new key for a new request.");
        }
        if (row[1] == null) {
            throw inUse();
        }
        return new Replay(((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4]);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(byte[] caller, String key, int status, String location, String etag, String body) {
        Panache.getEntityManager().createNativeQuery("update idempotency_key set status = ?3, location = ?4, etag = ?5, "
                        + "body = ?6 where caller_hash = ?1 and idem_key = ?2")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, status).setParameter(4, location)
                .setParameter(5, etag).setParameter(6, body)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(byte[] caller, String key) {
        Panache.getEntityManager().createNativeQuery("delete from idempotency_key where caller_hash = ?1 and idem_key = ?2 "
                        + "and status is null")
                .setParameter(1, caller).setParameter(2, key)
                .executeUpdate();
    }

    /** Once an hour, by one replica for all. */
    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetExpired() {
        if (work.claim(EXPIRY, EXPIRY_EVERY)) {
            QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                    .createNativeQuery("delete from idempotency_key where expires_at < ?1")
                    .setParameter(1, Instant.now())
                    .executeUpdate());
        }
    }

    private static ProblemException inUse() {
        return new ProblemException(ProblemType.IDEMPOTENCY_KEY_IN_USE, "The first request with this Idempotency-Key "
                + "is still running; send it again in a moment to get its answer.");
    }

    private static boolean truthy(Object value) {
        return value instanceof Boolean bool ? bool : value instanceof Number number && number.intValue() != 0;
    }
}
