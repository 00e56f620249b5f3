package org.studytrip.common.changelog;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.studytrip.common.operations.ScheduledWork;

/**
 * Removes change log entries older than the retention, oldest first, and records the highest sequence number removed:
 * a feed answers 410 to a cursor below it, whose holder would otherwise miss what was removed. Every replica's schedule
 * asks; one replica per period does it ({@link ScheduledWork}).
 */
@ApplicationScoped
public class ChangeLogRetention {

    private static final int BATCH = 1000;

    static final String WORK = "change-log-pruning";

    private final ChangeLogConfig config;
    private final ScheduledWork work;

    ChangeLogRetention(ChangeLogConfig config, ScheduledWork work) {
        this.config = config;
        this.work = work;
    }

    @Scheduled(every = "${studytrip.changes.prune-every:1h}", delayed = "${studytrip.changes.prune-delay:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneNow() {
        if (work.claim(WORK, config.pruneEvery())) {
            prune(Instant.now());
        }
    }

    /**
     * Removes what is older than the retention at {@code now}; the highest sequence number removed, or 0. The mark
     * comes first, in a short transaction of its own (writers queue on the same row): from then on a cursor below it is
     * answered 410, so the rows may go afterwards, a thousand at a time, without holding up any writer.
     */
    public long prune(Instant now) {
        long through = QuarkusTransaction.requiringNew().call(() -> {
            EntityManager entities = Panache.getEntityManager();
            Number last = (Number) entities.createNativeQuery("select max(seq) from change_log where changed_at < ?1")
                    .setParameter(1, now.minus(config.retention()))
                    .getSingleResult();
            if (last == null) {
                return 0L;
            }
            entities.createNativeQuery("update change_sequence set pruned_through = greatest(pruned_through, ?1) where id = 1")
                    .setParameter(1, last.longValue())
                    .executeUpdate();
            return last.longValue();
        });
        int removed = BATCH;
        while (through > 0 && removed == BATCH) {
            removed = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                    .createNativeQuery("delete from change_log where seq <= ?1 order by seq limit " + BATCH)
                    .setParameter(1, through)
                    .executeUpdate());
        }
        return through;
    }
}
