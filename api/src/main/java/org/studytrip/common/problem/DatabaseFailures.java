package org.studytrip.common.problem;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;

/**
 * What a failure of database access means for the caller, read from the SQL exception at the bottom of whatever
 * the persistence layers wrapped it in: the database cannot be reached (503 database-unavailable), or it is busy —
 * no pooled connection free in time, a lock held too long, a deadlock, a statement past its time limit (503
 * database-busy). A deadlock or a lock timeout rolls the whole transaction back and is worth one more try.
 */
public final class DatabaseFailures {

    // MySQL and MariaDB error codes.
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int DUPLICATE_KEY = 1062;
    private static final int DEADLOCK = 1213;
    private static final int QUERY_INTERRUPTED = 1317;
    private static final int MYSQL_STATEMENT_TIMEOUT = 3024;
    private static final int MARIADB_STATEMENT_TIMEOUT = 1969;

    private DatabaseFailures() {
    }

    /** The problem a database failure somewhere in {@code failure}'s causes amounts to; empty for any other failure. */
    public static Optional<ProblemType> problem(Throwable failure) {
        SQLException sql = sqlCause(failure);
        if (sql == null) {
            return Optional.empty();
        }
        if (unreachable(sql)) {
            return Optional.of(ProblemType.DATABASE_UNAVAILABLE);
        }
        return busy(sql) ? Optional.of(ProblemType.DATABASE_BUSY) : Optional.empty();
    }

    /** A deadlock or a lock wait that timed out: the transaction was rolled back and may be run again. */
    public static boolean lockConflict(Throwable failure) {
        SQLException sql = sqlCause(failure);
        return sql != null && (sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT
                || sql instanceof SQLTransactionRollbackException);
    }

    /** A row with the same unique key exists (or another transaction has just written one). */
    public static boolean duplicateKey(Throwable failure) {
        SQLException sql = sqlCause(failure);
        return sql != null && sql.getErrorCode() == DUPLICATE_KEY;
    }

    private static boolean unreachable(SQLException sql) {
        String state = sql.getSQLState();
        return state != null && state.startsWith("08") || sql instanceof SQLRecoverableException
                || sql instanceof SQLTransientConnectionException
                // Agroal's answer when a new connection did not come in time: the database does not answer.
                || agroal(sql, "acquisition timeout while waiting for new connection");
    }

    private static boolean busy(SQLException sql) {
        int code = sql.getErrorCode();
        return code == LOCK_WAIT_TIMEOUT || code == DEADLOCK || code == QUERY_INTERRUPTED
                || code == MYSQL_STATEMENT_TIMEOUT || code == MARIADB_STATEMENT_TIMEOUT
                || sql instanceof SQLTimeoutException || sql instanceof SQLTransactionRollbackException
                // Agroal's answer when no pooled connection came free within the acquisition timeout.
                || agroal(sql, "acquisition timeout");
    }

    /** Agroal's pool failures carry neither SQL state nor code, only their message. */
    private static boolean agroal(SQLException sql, String message) {
        return sql.getSQLState() == null && sql.getMessage() != null
                && sql.getMessage().toLowerCase(Locale.ROOT).contains(message);
    }

    private static SQLException sqlCause(Throwable failure) {
        SQLException found = null;
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                found = sql;
                // The driver's own exception is the deepest; a pool or transaction wrapper may sit above it.
            }
        }
        return found;
    }
}
