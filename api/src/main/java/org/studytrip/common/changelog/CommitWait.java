package org.studytrip.common.changelog;

import io.quarkus.arc.Arc;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A write is answered no sooner than {@link ChangeLogHead#FRESH_NANOS} after it committed. Reads of the programme
 * may be given a head up to that old (ChangeLogHead), so once the writer has its answer, every request on every
 * replica sees its change: read-your-writes, and a 304 that never hides a committed change from someone who knows of
 * it. The wait is two milliseconds, and only writes that changed something pay it.
 */
@ApplicationScoped
public class CommitWait {

    @Inject
    Committed committed;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeAppended change) {
        if (Arc.container().requestContext().isActive()) {
            committed.at = System.nanoTime();
        }
    }

    @ServerResponseFilter
    public void answerOnceVisibleEverywhere() {
        long wait = committed.at == 0 ? 0 : committed.at + ChangeLogHead.FRESH_NANOS - System.nanoTime();
        if (wait > 0 && !Context.isOnEventLoopThread()) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** When the request's last change committed (System.nanoTime), 0 when it changed nothing. */
    @RequestScoped
    static class Committed {
        long at;
    }
}
