package org.studytrip.common.operations;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Work that must be done once per period for all replicas, not by each (clean-ups): every replica's scheduler asks
 * {@link #claim}, and one of them gets it. A replica that dies after its claim leaves nothing held: the next period's
 * claim goes to whichever replica asks first.
 */
@ApplicationScoped
public class ScheduledWork {

    /** Who claimed, as operators see it: the pod's name (Kubernetes sets HOSTNAME) and this process. */
    private final String replica = truncated(hostName() + "/" + ProcessHandle.current().pid());

    /**
     * Whether this replica is to do {@code work} now: when it is due and no other replica is claiming it at the same
     * moment. It is due again after nine tenths of {@code every}, so that the next tick of any replica's schedule of
     * the same period finds it due.
     */
    public boolean claim(String work, Duration every) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            boolean due = !Panache.getEntityManager().createNativeQuery(
                            "select name from scheduled_work where name = ?1 and due_at <= ?2 for update skip locked")
                    .setParameter(1, work).setParameter(2, now)
                    .getResultList().isEmpty();
            if (due) {
                Panache.getEntityManager().createNativeQuery("""
                                update scheduled_work set due_at = ?1, claimed_by = ?2, claimed_at = ?3, updated_at = ?3,
                                version = version + 1 where name = ?4""")
                        .setParameter(1, now.plus(every.multipliedBy(9).dividedBy(10)))
                        .setParameter(2, replica).setParameter(3, now).setParameter(4, work)
                        .executeUpdate();
            }
            return due;
        });
    }

    private static String truncated(String name) {
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

    private static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unnamed) {
            return UUID.randomUUID().toString();
        }
    }
}
