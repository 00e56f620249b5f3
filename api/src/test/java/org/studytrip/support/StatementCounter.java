package org.studytrip.support;

import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements Hibernate prepares while a request runs (statistics are on in the test profile). */
@ApplicationScoped
public class StatementCounter {

    private final Statistics statistics;

    StatementCounter(SessionFactory sessionFactory) {
        this.statistics = sessionFactory.getStatistics();
    }

    public long count(Runnable request) {
        long before = statistics.getPrepareStatementCount();
        request.run();
        return statistics.getPrepareStatementCount() - before;
    }
}
