package org.studytrip.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.studytrip.common.database.DatabaseTestResource;
import org.studytrip.common.security.LocalSignIn;

/**
 * The packaged service (target/quarkus-app) run as a process of its own, as in production: on free ports, against
 * the database a test names, trusting the tests' token issuer, with its output in target/. Stopped by its pid.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    public static final Duration READY_WITHIN = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the service on {@code jdbcUrl} with {@code environment} on top of its production defaults; waits until ready. */
    public static ServiceProcess start(String name, String jdbcUrl, Map<String, String> environment) {
        return start(name, jdbcUrl, environment, Map.of());
    }

    /** As {@link #start(String, String, Map)}, with settings that have no variable of their own as -D properties. */
    public static ServiceProcess start(String name, String jdbcUrl, Map<String, String> environment,
            Map<String, String> properties) {
        ServiceProcess service = launch(name, jdbcUrl, environment, properties);
        service.awaitReady(READY_WITHIN);
        return service;
    }

    /** Starts the service without waiting for it: several can then start at the same moment ({@link #awaitReady}). */
    public static ServiceProcess launch(String name, String jdbcUrl, Map<String, String> environment,
            Map<String, String> properties) {
        int port = freePort();
        Path log = Path.of("target", "service-" + name + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // The issuer the tests sign tokens with, as the service's key (-D, as an operator would pass a Secret).
        LocalSignIn.properties(DatabaseTestResource.TEST_ISSUER_DIRECTORY)
                .forEach((key, value) -> command.add("-D" + key + "=" + value));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(JAR.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("QUARKUS_") || key.startsWith("STUDYTRIP_") || key.startsWith("MP_JWT")
                || key.startsWith("OTEL_"));
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        defaults.put("STUDYTRIP_MANAGEMENT_PORT", Integer.toString(freePort()));
        defaults.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        defaults.put("QUARKUS_DATASOURCE_USERNAME", "root");
        defaults.put("STUDYTRIP_ENCRYPTION_KEYS", "it:" + Base64.getEncoder().encodeToString(new byte[32]));
        defaults.put("STUDYTRIP_DATA_DIR", Path.of("target", "service-" + name).toAbsolutePath().toString());
        env.putAll(defaults);
        env.putAll(environment);
        try {
            Files.deleteIfExists(log);
            return new ServiceProcess(builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** What the service wrote, for failure messages. */
    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** The status of GET {@code path}, or -1 when the connection is refused (any other failure is thrown). */
    public int status(String path) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (ConnectException refused) {
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Sends SIGKILL: the process dies mid-way, as on a node that fails; nothing of its own shutdown runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** Sends SIGTERM, as a platform stopping the service does. */
    public void terminate() {
        process.destroy();
    }

    /** Whether the process exited within {@code timeout}. */
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Waits until the service answers ready; stops it and fails when it exits or is not ready in time. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited (" + process.exitValue() + "):\n" + output());
            }
            if (status("/q/health/ready") == 200) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException("The service was not ready within " + timeout + ":\n" + output());
    }

    /** Stops the process by its pid: SIGTERM, and SIGKILL if it has not gone after 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
