package org.studytrip.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogManager;

/**
 * Everything the service logs while it is open (messages with their parameters filled in, and any exception), for a
 * test that must see a line, or must not see a value. The service runs in the test's JVM.
 */
public final class LogCapture implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage());
            if (record.getThrown() != null) {
                lines.add(String.valueOf(record.getThrown()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    public LogCapture() {
        LogManager.getLogManager().getLogger("").addHandler(handler);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public boolean any(String part) {
        return lines.stream().anyMatch(line -> line.contains(part));
    }

    @Override
    public void close() {
        LogManager.getLogManager().getLogger("").removeHandler(handler);
    }
}
