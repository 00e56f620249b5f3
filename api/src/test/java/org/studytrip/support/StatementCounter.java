package org.studytrip.support;

import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares while a request runs (statistics are on in the test profile). The
 * counter is the whole process's, so the background work (webhook deliveries, the change-log follower) is paused
 * while a request is counted, and a run that had already started is waited for: until no statement has been prepared
 * for a while.
 */
@ApplicationScoped
public class StatementCounter {

    private static final long SETTLE_MILLIS = 300;

    private final Statistics statistics;
    private final Scheduler scheduler;

    StatementCounter(SessionFactory sessionFactory, Scheduler scheduler) {
        this.statistics = sessionFactory.getStatistics();
        this.scheduler = scheduler;
    }

    /** The count once it has not moved for {@link #SETTLE_MILLIS} (ten seconds at the most). */
    private long settled() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        long seen = statistics.getPrepareStatementCount();
        while (true) {
            Thread.sleep(SETTLE_MILLIS);
            long now = statistics.getPrepareStatementCount();
            if (now == seen || System.currentTimeMillis() > deadline) {
                return now;
            }
            seen = now;
        }
    }

    public long count(Runnable request) {
        scheduler.pause();
        try {
            long before = settled();
            request.run();
            return statistics.getPrepareStatementCount() - before;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            scheduler.resume();
        }
    }
}
