package crm.neo4j;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs a local Neo4j 5 Community DBMS (Bolt only, APOC core) for development and tests.
 *
 * <p>Protocol with the parent process (src/lib/server/db/embedded-neo4j.ts):
 * <ul>
 *   <li>arguments: {@code --data <dir> --port <bolt port> [--plugins <dir>] [--pagecache <size>]}</li>
 *   <li>stdin, first line: the password to give user {@code neo4j} (set on every start, never stored
 *       by us, never in argv or the environment)</li>
 *   <li>stdout: exactly one line, {@code NEO4J_READY <port>} or {@code NEO4J_FAILED <reason>};
 *       everything else (Neo4j's own log, diagnostics) goes to stderr</li>
 *   <li>stdin EOF (the parent exited or closed the pipe), SIGTERM or SIGINT: clean shutdown, exit 0</li>
 * </ul>
 */
public final class Launcher {

    private static final String SYSTEM_DB = "system";
    private static final String DEFAULT_DB = "neo4j";
    private static final long AVAILABLE_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(3);
    private static final long BOLT_PROBE_TIMEOUT_MS = TimeUnit.SECONDS.toMillis(30);

    /** The real stdout, reserved for the protocol lines; System.out is pointed at stderr. */
    private static final PrintStream PROTOCOL =
            new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);

    private static final Object LIFECYCLE = new Object();
    private static DatabaseManagementService dbms; // guarded by LIFECYCLE
    private static boolean stopped; // guarded by LIFECYCLE
    private static volatile boolean shuttingDown;

    private Launcher() {}

    public static void main(String[] args) {
        System.setOut(System.err);

        Options opts;
        try {
            opts = Options.parse(args);
        } catch (IllegalArgumentException e) {
            fail("invalid arguments: " + e.getMessage(), 2);
            return;
        }

        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String password;
        try {
            password = stdin.readLine();
        } catch (IOException e) {
            password = null;
        }
        if (password == null || password.isBlank()) {
            fail("no password on the first line of stdin", 2);
            return;
        }
        password = password.strip();

        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown, "neo4j-shutdown"));

        CountDownLatch stdinClosed = new CountDownLatch(1);
        Thread watcher = new Thread(() -> {
            try {
                while (stdin.readLine() != null) {
                    // ignore; the parent only ever closes the pipe
                }
            } catch (IOException ignored) {
                // treated like EOF
            }
            stdinClosed.countDown();
        }, "stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();

        try {
            synchronized (LIFECYCLE) {
                if (stopped) {
                    return;
                }
                start(opts, password);
            }
        } catch (Throwable t) {
            if (shuttingDown) {
                return; // SIGTERM during start-up: the hook does the rest
            }
            fail(describe(t, opts), 1);
            return;
        }

        PROTOCOL.println("NEO4J_READY " + opts.port);
        PROTOCOL.flush();

        // Block until the parent closes our stdin (or dies), then shut down cleanly.
        while (true) {
            try {
                stdinClosed.await();
                break;
            } catch (InterruptedException ignored) {
                // keep waiting
            }
        }
        System.err.println("stdin closed; shutting Neo4j down");
        shutdown();
        System.exit(0);
    }

    private static void start(Options opts, String password) throws Exception {
        Path home = opts.data.toAbsolutePath().normalize();
        Files.createDirectories(home);
        Path logs = home.resolve("logs");
        Files.createDirectories(logs);

        Map<org.neo4j.graphdb.config.Setting<?>, Object> config = new HashMap<>();
        config.put(GraphDatabaseSettings.auth_enabled, true);
        config.put(BoltConnector.enabled, true);
        config.put(BoltConnector.listen_address, new SocketAddress("127.0.0.1", opts.port));
        config.put(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", opts.port));
        config.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        config.put(HttpConnector.enabled, false);
        config.put(HttpsConnector.enabled, false);
        config.put(GraphDatabaseSettings.logs_directory, logs);
        config.put(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
        config.put(GraphDatabaseSettings.procedure_allowlist, List.of("apoc.*"));
        // Development data dirs must not grow without bound: keep a day of transaction logs, at most
        // 64 MiB, in 16 MiB files that are not preallocated.
        config.put(GraphDatabaseSettings.keep_logical_logs, "1 days 64M");
        config.put(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16));
        config.put(GraphDatabaseSettings.preallocate_logical_logs, false);
        // No anonymous usage reports from developer machines and CI.
        config.put(GraphDatabaseSettings.udc_enabled, false);
        // Netty's graceful shutdown defaults (5 s quiet period, 15 s timeout, per event loop group) make
        // every stop take 10+ s; a local dev server can close its sockets right away.
        config.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
        config.put(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2));
        if (opts.plugins != null) {
            config.put(GraphDatabaseSettings.plugin_dir, opts.plugins.toAbsolutePath().normalize());
        }
        if (opts.pageCache != null) {
            config.put(GraphDatabaseSettings.pagecache_memory, opts.pageCache);
        }

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(config)
                .setUserLogProvider(new Log4jLogProvider(System.err, Level.INFO));
        long t0 = System.nanoTime();
        dbms = builder.build();

        GraphDatabaseService system = dbms.database(SYSTEM_DB);
        GraphDatabaseService neo4j = dbms.database(DEFAULT_DB);
        if (!system.isAvailable(AVAILABLE_TIMEOUT_MS) || !neo4j.isAvailable(AVAILABLE_TIMEOUT_MS)) {
            throw new IllegalStateException("database did not become available within "
                    + Duration.ofMillis(AVAILABLE_TIMEOUT_MS).toSeconds() + " s");
        }

        long t1 = System.nanoTime();
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", password));
        } catch (RuntimeException e) {
            // Re-using the current password is refused by Neo4j; that is not a problem here.
            if (!String.valueOf(rootMessage(e)).toLowerCase(Locale.ROOT).contains("cannot be the same")) {
                throw new IllegalStateException("could not set the neo4j password: " + rootMessage(e), e);
            }
        }

        long t2 = System.nanoTime();
        probeBolt(opts.port);
        System.err.printf("launcher: DBMS started in %d ms, password set in %d ms, Bolt checked in %d ms%n",
                TimeUnit.NANOSECONDS.toMillis(t1 - t0), TimeUnit.NANOSECONDS.toMillis(t2 - t1),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t2));
    }

    /** Bolt is started as part of the DBMS life cycle; make sure it really accepts connections. */
    private static void probeBolt(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BOLT_PROBE_TIMEOUT_MS);
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("Bolt is not accepting connections on 127.0.0.1:" + port
                + (last != null ? " (" + last.getMessage() + ")" : ""));
    }

    private static void shutdown() {
        shuttingDown = true;
        synchronized (LIFECYCLE) {
            if (stopped) {
                return;
            }
            stopped = true;
            if (dbms != null) {
                try {
                    dbms.shutdown();
                } catch (Throwable t) {
                    System.err.println("error while shutting Neo4j down: " + t);
                }
            }
        }
    }

    private static void fail(String reason, int code) {
        String oneLine = reason.replaceAll("\\s+", " ").strip();
        PROTOCOL.println("NEO4J_FAILED " + oneLine);
        PROTOCOL.flush();
        shutdown();
        System.exit(code);
    }

    private static String describe(Throwable t, Options opts) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getName();
            String msg = String.valueOf(c.getMessage());
            String lower = msg.toLowerCase(Locale.ROOT);
            if (c instanceof BindException
                    || name.endsWith("PortBindException")
                    || lower.contains("address already in use")) {
                return "port " + opts.port + " on 127.0.0.1 is already in use";
            }
            if (name.endsWith("locker.FileLockException")
                    || c instanceof OverlappingFileLockException
                    || lower.contains("locked by another process")
                    || lower.contains("store_lock")) {
                return "store locked by another process (is another instance running on this data dir?) "
                        + opts.data.toAbsolutePath().normalize();
            }
        }
        System.err.println("Neo4j failed to start:");
        t.printStackTrace(System.err);
        return t.getClass().getSimpleName() + ": " + rootMessage(t);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m != null ? m : root.getClass().getName();
    }

    private static final class Options {
        Path data;
        int port;
        Path plugins;
        Long pageCache;

        static Options parse(String[] args) {
            Options o = new Options();
            Integer port = null;
            for (int i = 0; i < args.length; i++) {
                String key = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + key);
                }
                String value = args[++i];
                switch (key) {
                    case "--data" -> o.data = Path.of(value);
                    case "--plugins" -> o.plugins = Path.of(value);
                    case "--port" -> {
                        try {
                            port = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--port is not a number: " + value);
                        }
                        if (port < 1 || port > 65535) {
                            throw new IllegalArgumentException("--port out of range: " + value);
                        }
                    }
                    case "--pagecache" -> {
                        try {
                            o.pageCache = ByteUnit.parse(value);
                        } catch (RuntimeException e) {
                            throw new IllegalArgumentException("--pagecache is not a size: " + value);
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown option " + key);
                }
            }
            if (o.data == null) {
                throw new IllegalArgumentException("--data is required");
            }
            if (port == null) {
                throw new IllegalArgumentException("--port is required");
            }
            o.port = port;
            return o;
        }
    }
}
