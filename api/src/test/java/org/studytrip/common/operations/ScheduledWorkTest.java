package org.studytrip.common.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.studytrip.support.Database;

/** Work claimed through the database: one claimant per period, whatever the number of replicas asking at once. */
@QuarkusTest
class ScheduledWorkTest {

    private static final Duration HOURLY = Duration.ofHours(1);

    @Inject
    ScheduledWork work;

    @Inject
    Database database;

    private String dueWork() {
        String name = "test-" + UUID.randomUUID();
        database.update("insert into scheduled_work (name, due_at, version, created_at, updated_at) "
                + "values (?, utc_timestamp(6) - interval 1 second, 0, utc_timestamp(6), utc_timestamp(6))", name);
        return name;
    }

    @Test
    void dueWorkIsClaimedOnceThenNotBeforeItsNextPeriod() {
        String name = dueWork();
        assertTrue(work.claim(name, HOURLY));
        assertFalse(work.claim(name, HOURLY), "claimed for this period already");
        assertEquals(1L, database.count("select count(*) from scheduled_work where name = ? "
                + "and due_at > utc_timestamp(6) + interval 50 minute and claimed_by is not null", name));
        database.update("update scheduled_work set due_at = utc_timestamp(6) - interval 1 second where name = ?", name);
        assertTrue(work.claim(name, HOURLY), "due again");
    }

    @Test
    void workAnotherReplicaIsClaimingIsPassedByWithoutWaiting() {
        String name = dueWork();
        try (Database.Held other = database.hold("select * from scheduled_work where name = '" + name + "' for update")) {
            long start = System.nanoTime();
            assertFalse(work.claim(name, HOURLY));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 1_000, "no lock wait (2 s): " + millis + " ms");
        }
        assertTrue(work.claim(name, HOURLY), "the other let go without claiming: still due");
    }

    @Test
    void manyAskingAtOnceGiveOneClaim() throws Exception {
        String name = dueWork();
        int replicas = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                Callable<Boolean> ask = () -> {
                    start.await();
                    return work.claim(name, HOURLY);
                };
                answers.add(pool.submit(ask));
            }
            start.countDown();
            int claimed = 0;
            for (Future<Boolean> answer : answers) {
                claimed += answer.get() ? 1 : 0;
            }
            assertEquals(1, claimed);
        } finally {
            pool.shutdownNow();
        }
    }
}
