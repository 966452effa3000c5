package org.openbudget.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One real broker and one real PostgreSQL per test JVM, shared by every test class of a module.
 * The coordinates live in system properties because Quarkus loads test resources and test classes through different
 * class loaders: static fields would give each loader its own copy, while system properties are JVM-wide.
 */
public final class TestInfrastructure {

    private static final String KAFKA_HOME = "openbudget.test.kafka.home";
    private static final String KAFKA_PORT = "openbudget.test.kafka.port";
    private static final String KAFKA_CONTROLLER_PORT = "openbudget.test.kafka.controller-port";
    private static final String POSTGRES_PORT = "openbudget.test.postgres.port";

    private TestInfrastructure() {
    }

    /** Starts the broker and the database on first call in this JVM; later calls return at once. */
    public static void ensureStarted() {
        Properties jvmWide = System.getProperties();
        synchronized (jvmWide) {
            if (jvmWide.getProperty(KAFKA_PORT) != null) {
                return;
            }
            try {
                Path home = Files.createTempDirectory("openbudget-test-");
                LocalPostgres postgres = LocalPostgres.start(home.resolve("postgres"), 0, false);
                LocalKafka kafka = startKafkaWithRetry(home.resolve("kafka"));
                kafka.createTopics(PlatformTopics.partitions());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        kafka.stop();
                        postgres.close();
                        deleteRecursively(home);
                    } catch (Exception e) {
                        System.err.println("test infrastructure shutdown: " + e);
                    }
                }, "test-infrastructure-shutdown"));
                jvmWide.setProperty(POSTGRES_PORT, Integer.toString(postgres.port()));
                jvmWide.setProperty(KAFKA_HOME, kafka.home().toString());
                jvmWide.setProperty(KAFKA_CONTROLLER_PORT, Integer.toString(kafka.controllerPort()));
                jvmWide.setProperty(KAFKA_PORT, Integer.toString(kafka.port()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A slow machine occasionally misses the first start (port reuse, JIT warm-up): retry once on fresh ports. */
    private static LocalKafka startKafkaWithRetry(Path home) throws IOException, InterruptedException {
        LocalKafka kafka = new LocalKafka(home, freePort(), freePort());
        try {
            kafka.start(Duration.ofSeconds(60));
            return kafka;
        } catch (IllegalStateException first) {
            kafka.stop();
            LocalKafka retry = new LocalKafka(home, freePort(), freePort());
            retry.start(Duration.ofSeconds(90));
            return retry;
        }
    }

    /** The shared broker, for tests that stop and restart it. */
    public static LocalKafka kafka() {
        ensureStarted();
        return new LocalKafka(Path.of(System.getProperty(KAFKA_HOME)),
                Integer.parseInt(System.getProperty(KAFKA_PORT)),
                Integer.parseInt(System.getProperty(KAFKA_CONTROLLER_PORT)));
    }

    public static String kafkaBootstrapServers() {
        return kafka().bootstrapServers();
    }

    /** JDBC URL of a database on the shared server, created if missing. */
    public static String jdbcUrl(String database) {
        ensureStarted();
        int port = Integer.parseInt(System.getProperty(POSTGRES_PORT));
        try {
            LocalPostgres.ensureDatabase(port, database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
        return LocalPostgres.jdbcUrl(port, database);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
