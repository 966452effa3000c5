package org.openbudget.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker + controller), run from Kafka's own server classes
 * ({@code kafka.Kafka}) in a child JVM. Its state is files under {@code home}: the generated server.properties, the
 * log directories and a pid file. Any JVM (or class loader) that knows {@code home} and the ports can stop and restart
 * the same broker, which is how the outage tests take it down and bring it back with its data intact.
 */
public final class LocalKafka {

    private static final String CLASSPATH_RESOURCE = "kafka-classpath.txt";

    private final Path home;
    private final int port;
    private final int controllerPort;

    public LocalKafka(Path home, int port, int controllerPort) {
        this.home = home.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path home() {
        return home;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    /** Formats the storage on first use, starts the broker and waits until it answers an admin request. */
    public void start(Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(home.resolve("logs"));
        Path properties = writeServerProperties();
        if (!Files.exists(home.resolve("kafka-logs").resolve("meta.properties"))) {
            runToCompletion(List.of("kafka.tools.StorageTool", "format", "-t", randomClusterId(), "-c",
                    properties.toString(), "--ignore-formatted"), home.resolve("logs/format.log"));
        }
        if (isListening()) {
            throw new IllegalStateException("port " + port + " is already in use; is another broker running?");
        }
        Process process = java(List.of("kafka.Kafka", properties.toString()))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("logs/server.out").toFile()))
                .redirectErrorStream(true)
                .start();
        Files.writeString(home.resolve("kafka.pid"), Long.toString(process.pid()));
        awaitReady(process, timeout);
    }

    /** Stops the broker gracefully (SIGTERM, then SIGKILL after 30 s) and waits for its port to close. */
    public void stop() throws IOException, InterruptedException {
        Optional<ProcessHandle> broker = process();
        if (broker.isEmpty()) {
            return;
        }
        ProcessHandle handle = broker.get();
        handle.destroy();
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // the kernel will reap it; nothing more we can do
            }
        }
        Files.deleteIfExists(home.resolve("kafka.pid"));
    }

    /** The broker process if it is alive. */
    public Optional<ProcessHandle> process() throws IOException {
        Path pidFile = home.resolve("kafka.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    /** Creates the topics that do not exist yet; existing ones are left as they are. */
    public void createTopics(Map<String, Integer> partitionsByTopic) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            List<NewTopic> topics = new ArrayList<>();
            partitionsByTopic.forEach((name, partitions) -> topics.add(new NewTopic(name, partitions, (short) 1)));
            for (var entry : admin.createTopics(topics).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + entry.getKey(), e.getCause());
                    }
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("timed out creating topic " + entry.getKey(), e);
                }
            }
        }
    }

    private void awaitReady(Process process, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited with " + process.exitValue() + "; see "
                        + home.resolve("logs/server.out"));
            }
            if (isListening() && answersAdminRequest()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Kafka not ready after " + timeout + "; see " + home.resolve("logs"));
    }

    private boolean answersAdminRequest() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception notYet) {
            return false;
        }
    }

    private boolean isListening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private Path writeServerProperties() throws IOException {
        String logs = home.resolve("kafka-logs").toString();
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logs,
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "");
        Path file = home.resolve("server.properties");
        Files.writeString(file, properties);
        Files.writeString(home.resolve("log4j2.properties"), String.join("\n",
                "rootLogger.level=INFO",
                "rootLogger.appenderRef.file.ref=file",
                "appender.file.type=File",
                "appender.file.name=file",
                "appender.file.fileName=" + home.resolve("logs/kafka.log"),
                "appender.file.layout.type=PatternLayout",
                "appender.file.layout.pattern=[%d] %p %m (%c)%n",
                "logger.kafka.name=kafka",
                "logger.kafka.level=WARN",
                "logger.apache.name=org.apache.kafka",
                "logger.apache.level=WARN",
                ""));
        return file;
    }

    private void runToCompletion(List<String> mainAndArgs, Path log) throws IOException, InterruptedException {
        Process p = java(mainAndArgs).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(mainAndArgs + " failed; see " + log);
        }
    }

    private ProcessBuilder java(List<String> mainAndArgs) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties"),
                "-Dkafka.logs.dir=" + home.resolve("logs"),
                "-cp", brokerClasspath()));
        command.addAll(mainAndArgs);
        return new ProcessBuilder(command).directory(home.toFile());
    }

    static String brokerClasspath() {
        try (InputStream in = LocalKafka.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " missing: build deploy/local with Maven first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kafka cluster ids are 16 random bytes in URL-safe base64 without padding (as Kafka's Uuid prints them). */
    /**
     * A random cluster id as Kafka writes them (URL-safe base64 of 16 bytes), never starting with '-': the storage
     * tool would read such an id as an option, and one format in 64 failed (as Kafka's own Uuid.randomUuid avoids).
     */
    static String randomClusterId() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }
}
