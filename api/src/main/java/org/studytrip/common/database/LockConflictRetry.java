package org.studytrip.common.database;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.studytrip.common.problem.DatabaseFailures;

/**
 * A write transaction that loses a deadlock, or waits longer than the lock wait timeout, is run once more from the
 * start: the transaction interceptor has rolled all of it back (the database itself rolls back a whole transaction
 * only for a deadlock, a single statement for a lock timeout), and nothing outside the database happened inside it,
 * so the second run is as safe as the first. Only the transaction that a call begins is retried, never one it joins
 * (its caller's is retried instead, as a whole); a second conflict is answered 503 database-busy
 * ({@link DatabaseFailures}). A conflict met at commit, when Hibernate flushes, arrives as the transaction
 * manager's checked RollbackException, and is retried alike.
 *
 * <p>Bound to {@code @Transactional} (REQUIRED, the writes); it runs outside the transaction interceptor, so each
 * run has a transaction of its own.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class LockConflictRetry {

    private static final Logger LOG = Logger.getLogger(LockConflictRetry.class);

    private final TransactionManager transactions;

    LockConflictRetry(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @AroundInvoke
    Object retryOnce(InvocationContext invocation) throws Exception {
        if (joinsATransaction()) {
            return invocation.proceed();
        }
        try {
            return invocation.proceed();
        } catch (Exception conflict) {
            if (!DatabaseFailures.lockConflict(conflict)) {
                throw conflict;
            }
            LOG.infof("Lock conflict in %s.%s; running the transaction once more",
                    invocation.getMethod().getDeclaringClass().getSimpleName(), invocation.getMethod().getName());
            return invocation.proceed();
        }
    }

    private boolean joinsATransaction() throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
