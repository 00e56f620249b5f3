package org.studytrip.common.operations;

import org.jboss.logging.Logger;

/**
 * For work that repeats every second or so (following the change log, sending webhooks): a failure is logged when it
 * begins and when it ends, not on every run while the database is away.
 */
public final class FailureNotice {

    private final Logger log;
    private final String work;
    private volatile boolean failing;

    public FailureNotice(Class<?> owner, String work) {
        this.log = Logger.getLogger(owner);
        this.work = work;
    }

    public void succeeded() {
        if (failing) {
            failing = false;
            log.infof("%s resumed", work);
        }
    }

    /** Only the kind of failure is logged: database messages may quote data. */
    public void failed(RuntimeException failure) {
        if (!failing) {
            failing = true;
            log.warnf("%s waits: %s", work, failure.getClass().getSimpleName());
        }
    }
}
