package org.studytrip.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogManager;
import org.studytrip.common.problem.RequestId;

/**
 * Everything the service logs while it is open (messages with their parameters filled in, and any exception), for a
 * test that must see a line, or must not see a value. The service runs in the test's JVM.
 */
public final class LogCapture implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    /** The id of the request each line was written for, by the line's text; lines written outside requests are absent. */
    private final Map<String, String> requestIds = new ConcurrentHashMap<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String line = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
            lines.add(line);
            if (record instanceof ExtLogRecord ext && ext.getMdc(RequestId.LOG_KEY) != null) {
                requestIds.put(line, ext.getMdc(RequestId.LOG_KEY));
            }
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

    /** The request id the first line containing {@code part} was written with, or null. */
    public String requestIdOf(String part) {
        return lines.stream().filter(line -> line.contains(part)).findFirst().map(requestIds::get).orElse(null);
    }

    @Override
    public void close() {
        LogManager.getLogManager().getLogger("").removeHandler(handler);
    }
}
