package org.studytrip.common.changelog;

import com.mysql.cj.jdbc.JdbcConnection;
import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.stat.spi.StatisticsImplementor;

/**
 * The change log's head for reads that come many at once (phones revalidating the programme) and must not block
 * (the event loop). A caller is given a head read that began less than {@link #FRESH_NANOS} before it asked, or the
 * next read, which it shares with everyone who asks meanwhile. While callers keep coming the head is read again
 * every {@link #REFRESH_NANOS}, on a thread of its own, so that under load nobody waits and the database answers a
 * thousand small reads a second whatever the number of requests; with no callers nothing is read.
 * <p>
 * That stays exact because every write waits {@link #FRESH_NANOS} after it commits before it is answered
 * ({@link CommitWait}): a request that arrives after a write was answered, on any replica, is given a head read that
 * began after that write had committed, and so includes it.
 */
@ApplicationScoped
public class ChangeLogHead {

    /** How old a head may be when it is given out; every write's answer waits as long after its commit. */
    public static final long FRESH_NANOS = 2_000_000;

    /** While callers keep coming, the head is read again this often. */
    private static final long REFRESH_NANOS = FRESH_NANOS / 2;

    private final AgroalDataSource dataSource;
    private final StatisticsImplementor statistics;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "change-log-head");
        thread.setDaemon(true);
        return thread;
    });

    /** The last head read, with when its read began (System.nanoTime). */
    private volatile Read latest = new Read(System.nanoTime() - FRESH_NANOS, null);
    /** When a caller last asked. */
    private volatile long lastAsked;
    /** Callers waiting for a read that has not begun yet. */
    private List<CompletableFuture<Long>> waiting = new ArrayList<>();
    private boolean reading;

    ChangeLogHead(AgroalDataSource dataSource, SessionFactory sessionFactory) {
        this.dataSource = dataSource;
        this.statistics = sessionFactory.unwrap(SessionFactoryImplementor.class).getStatistics();
    }

    /** A head read that began at most {@link #FRESH_NANOS} ago (completed already, nearly always, under load). */
    public CompletableFuture<Long> current() {
        long now = System.nanoTime();
        lastAsked = now;
        Read read = latest;
        if (read.head() != null && now - read.startedAt() < FRESH_NANOS) {
            return read.head();
        }
        CompletableFuture<Long> head = new CompletableFuture<>();
        boolean startReader;
        synchronized (this) {
            waiting.add(head);
            startReader = !reading;
            reading = true;
        }
        if (startReader) {
            reader.execute(this::readWhileAsked);
        }
        return head;
    }

    private void readWhileAsked() {
        try (HeadQuery query = new HeadQuery()) {
            while (true) {
                List<CompletableFuture<Long>> asked;
                synchronized (this) {
                    if (waiting.isEmpty() && lastAsked - latest.startedAt() < 0) {
                        reading = false;
                        return;
                    }
                    asked = waiting;
                    waiting = new ArrayList<>();
                }
                long startedAt = System.nanoTime();
                try {
                    long head = query.read();
                    latest = new Read(startedAt, CompletableFuture.completedFuture(head));
                    asked.forEach(caller -> caller.complete(head));
                } catch (SQLException | RuntimeException failure) {
                    // The database is away or busy: each caller answers with its own problem (503).
                    latest = new Read(startedAt - FRESH_NANOS, null);
                    asked.forEach(caller -> caller.completeExceptionally(failure));
                }
                LockSupport.parkNanos(startedAt + REFRESH_NANOS - System.nanoTime());
            }
        }
    }

    /** A head, and when its read began; a read that failed leaves no head to give out. */
    private record Read(long startedAt, CompletableFuture<Long> head) {
    }

    /**
     * The head's statement, prepared on the server once, on a connection held while callers keep coming. Plain JDBC:
     * through Hibernate, finding the cached plan of even this query cost more than running it. Each read is counted
     * among Hibernate's statements all the same, so that tests that count a request's statements see it.
     */
    private final class HeadQuery implements AutoCloseable {

        private Connection connection;
        private PreparedStatement statement;

        long read() throws SQLException {
            try {
                if (statement == null) {
                    connection = dataSource.getConnection();
                    statement = connection.unwrap(JdbcConnection.class).serverPrepareStatement(ChangeLog.HEAD);
                }
                if (statistics.isStatisticsEnabled()) {
                    statistics.prepareStatement();
                }
                try (ResultSet head = statement.executeQuery()) {
                    head.next();
                    return head.getLong(1);
                }
            } catch (SQLException | RuntimeException failure) {
                // The next read starts again on a new connection (the database may have restarted).
                close();
                throw failure;
            }
        }

        @Override
        public void close() {
            try (Connection held = connection; PreparedStatement prepared = statement) {
                statement = null;
                connection = null;
            } catch (SQLException closing) {
                // The connection is broken already; the pool discards it.
            }
        }
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
    }
}
