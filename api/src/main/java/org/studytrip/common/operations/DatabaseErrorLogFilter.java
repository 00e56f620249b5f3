package org.studytrip.common.operations;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Keeps the database's words out of the log: the transaction manager logs a failure met at commit (ARJUNA012125)
 * with the driver's message and the statement, which may quote the data. The failure itself is answered and logged
 * by kind (ProblemMapper); Hibernate's own logging of database errors is switched off in application.properties.
 */
@LoggingFilter(name = "no-database-text")
public final class DatabaseErrorLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        return message == null || !message.startsWith("ARJUNA012125");
    }
}
