package org.studytrip.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.studytrip.support.PrivateDatabase;
import org.studytrip.support.RawHttp;
import org.studytrip.support.ServiceProcess;

/**
 * The packaged service as operators run it: one JSON object per log line, each line of a request naming the request's
 * id; and, once turned on with the standard OpenTelemetry variables, spans exported over OTLP that continue the
 * caller's trace. With the variables unset nothing is exported.
 */
class TracesAndLogsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void tracesGoWhereTheStandardVariablesSayAndLogLinesNameTheirRequest() throws Exception {
        List<byte[]> exports = new CopyOnWriteArrayList<>();
        HttpServer collector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        collector.createContext("/", exchange -> {
            exports.add(exchange.getRequestBody().readAllBytes());
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
        String endpoint = "http://127.0.0.1:" + collector.getAddress().getPort();
        try (PrivateDatabase database = PrivateDatabase.start("traces");
             ServiceProcess silent = ServiceProcess.start("traces-off", database.jdbcUrl(), Map.of(
                     "OTEL_EXPORTER_OTLP_ENDPOINT", endpoint, "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                     "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "0.1s"));
             ServiceProcess traced = ServiceProcess.start("traces-on", database.jdbcUrl(), Map.of(
                     "OTEL_SDK_DISABLED", "false", "OTEL_EXPORTER_OTLP_ENDPOINT", endpoint,
                     "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf", "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "0.1s",
                     "QUARKUS_HTTP_ACCESS_LOG_ENABLED", "true"))) {
            String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
            String traceparent = "00-" + traceId + "-00f067aa0ba902b7-01";
            RawHttp.send(silent.port(), "GET", "/api/v1/topics", Map.of("traceparent", traceparent), null, false);
            Thread.sleep(1_000);
            assertEquals(List.of(), exports, "tracing is off unless OTEL_SDK_DISABLED=false");

            RawHttp.Answer answer = RawHttp.send(traced.port(), "GET", "/api/v1/topics",
                    Map.of("traceparent", traceparent, "X-Request-Id", "ops-check-1"), null, false);
            assertEquals(200, answer.status());
            byte[] wanted = HexFormat.of().parseHex(traceId);
            long deadline = System.currentTimeMillis() + 15_000;
            while (System.currentTimeMillis() < deadline && exports.stream().noneMatch(body -> contains(body, wanted))) {
                Thread.sleep(100);
            }
            assertTrue(exports.stream().anyMatch(body -> contains(body, wanted)),
                    "a span of the caller's trace reached the collector:\n" + traced.output());

            // Every log line is a JSON object (the JVM's own warnings, on standard error, are not log lines); the
            // request's access line names its id.
            List<JsonNode> lines = new ArrayList<>();
            for (String line : traced.output().lines().filter(line -> !line.isBlank()).toList()) {
                if (line.startsWith("{")) {
                    lines.add(JSON.readTree(line));
                } else {
                    assertFalse(line.matches("^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}.*"), "a log line as text: " + line);
                }
            }
            assertTrue(lines.size() > 20, "the start-up's lines: " + lines.size());
            assertTrue(lines.stream().anyMatch(line -> line.path("message").asText().contains("GET /api/v1/topics")
                    && "ops-check-1".equals(line.path("mdc").path("requestId").asText())), traced.output());
        } finally {
            collector.stop(0);
        }
    }

    private static boolean contains(byte[] body, byte[] part) {
        outer:
        for (int start = 0; start + part.length <= body.length; start++) {
            for (int i = 0; i < part.length; i++) {
                if (body[start + i] != part[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
