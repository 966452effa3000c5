package org.openbudget.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The run command: one real PostgreSQL (a database per service), one real Kafka broker, and the three services,
 * each in its own process. Waits until every service reports ready, prints where to look, and stops everything it
 * started on Ctrl-C or SIGTERM. With {@code --smoke} it also makes one change per source service, waits until
 * publication-service has taken it in, stops, and exits 0 (or 1 on any failure).
 * Its life cycle is public so that the acceptance suite (deploy/acceptance) runs the platform exactly as this does.
 */
public final class LocalPlatform {

    static final String USAGE = """
            usage: deploy/local/run [--smoke] [--no-reference-data] [--data-dir DIR] [--budget-port N] [--performance-port N]
                                    [--publication-port N] [--kafka-port N] [--kafka-controller-port N]
                                    [--postgres-port N] [--ready-timeout SECONDS]
            defaults: data dir deploy/local/.data, ports 8081 8082 8083, Kafka 19092/19093, PostgreSQL 15432""";

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    public record Options(Path repoRoot, Path dataDir, boolean smoke, boolean referenceData, int budgetPort, int performancePort, int publicationPort,
                   int kafkaPort, int kafkaControllerPort, int postgresPort, Duration readyTimeout) {

        public static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            boolean smoke = false;
            boolean referenceData = true;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--smoke")) {
                    smoke = true;
                } else if (arg.equals("--no-reference-data")) {
                    referenceData = false;
                } else if (arg.equals("--help") || arg.equals("-h")) {
                    OUT.println(USAGE);
                    System.exit(0);
                } else if (arg.startsWith("--") && i + 1 < args.length) {
                    values.put(arg.substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
                }
            }
            Path root = Path.of(values.getOrDefault("repo-root", ".")).toAbsolutePath().normalize();
            Path data = Path.of(values.getOrDefault("data-dir", root.resolve("deploy/local/.data").toString()))
                    .toAbsolutePath().normalize();
            Options options = new Options(root, data, smoke, referenceData && !smoke,
                    port(values, "budget-port", 8081), port(values, "performance-port", 8082),
                    port(values, "publication-port", 8083), port(values, "kafka-port", 19092),
                    port(values, "kafka-controller-port", 19093), port(values, "postgres-port", 15432),
                    Duration.ofSeconds(Long.parseLong(values.getOrDefault("ready-timeout", "180"))));
            values.keySet().removeAll(List.of("repo-root", "data-dir", "budget-port", "performance-port",
                    "publication-port", "kafka-port", "kafka-controller-port", "postgres-port", "ready-timeout"));
            if (!values.isEmpty()) {
                throw new IllegalArgumentException("unknown option(s) " + values.keySet() + "\n" + USAGE);
            }
            return options;
        }

        private static int port(Map<String, String> values, String key, int fallback) {
            int port = Integer.parseInt(values.getOrDefault(key, Integer.toString(fallback)));
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("--" + key + " must be a TCP port");
            }
            return port;
        }
    }

    private final Options options;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private final Map<String, Map<String, String>> environments = new java.util.HashMap<>();
    private MemoryMeter memory;

    public LocalPlatform(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        LocalPlatform platform = new LocalPlatform(options);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.stop();
            stop.countDown();
        }, "local-platform-stop"));
        int exitCode;
        try {
            platform.start();
            exitCode = options.smoke() ? new SmokeCheck(platform.urls(), OUT).run() : -1;
            if (options.referenceData()) {
                platform.loadReferenceData();
            }
        } catch (Exception e) {
            System.err.println("start failed: " + e.getMessage());
            exitCode = 1;
        }
        if (exitCode >= 0) {
            System.exit(exitCode); // runs the shutdown hook, which stops everything
        }
        OUT.println("Press Ctrl-C to stop everything.");
        stop.await();
    }

    public void start() throws Exception {
        Instant begin = Instant.now();
        Path data = options.dataDir();
        Files.createDirectories(data.resolve("logs"));
        memory = new MemoryMeter(() -> Optional.of(data.resolve("postgres/data/postmaster.pid")).filter(Files::exists));
        OUT.println("data directory: " + data);

        postgres = LocalPostgres.start(data.resolve("postgres"), options.postgresPort(), true);
        for (String database : List.of("budget", "performance", "publication")) {
            postgres.ensureDatabase(database);
        }
        OUT.printf("PostgreSQL 16 ready on 127.0.0.1:%d (databases budget, performance, publication)%n", postgres.port());

        kafka = new LocalKafka(data.resolve("kafka"), options.kafkaPort(), options.kafkaControllerPort());
        kafka.stop(); // a broker left behind by a run that was killed outright
        kafka.start(Duration.ofSeconds(90));
        kafka.createTopics(PlatformTopics.partitions());
        OUT.println("Kafka ready on " + kafka.bootstrapServers() + ", topics " + PlatformTopics.partitions().keySet());

        services.add(service("budget-service", options.budgetPort()));
        services.add(service("performance-service", options.performancePort()));
        services.add(service("publication-service", options.publicationPort()));
        // the services verify bearer tokens with the development public key; each presents its own service token
        Path publicKey = DevTokens.writePublicKey(data.resolve("keys"));
        for (ServiceProcess service : services) {
            String database = service.name.replace("-service", "");
            service.start(environments.computeIfAbsent(service.name, n -> Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database),
                    "QUARKUS_DATASOURCE_USERNAME", LocalPostgres.USER,
                    "QUARKUS_DATASOURCE_PASSWORD", LocalPostgres.PASSWORD,
                    "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                    "BUDGET_SERVICE_URL", "http://127.0.0.1:" + options.budgetPort(),
                    "PERFORMANCE_SERVICE_URL", "http://127.0.0.1:" + options.performancePort(),
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toUri().toString(),
                    "MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER,
                    "OPENBUDGET_SERVICE_TOKEN", DevTokens.service(service.name))));
        }
        awaitReady();
        Duration toReady = Duration.between(begin, Instant.now());
        OUT.println();
        OUT.printf("All services UP in %.1f s (resident memory now %d MiB).%n", toReady.toMillis() / 1000.0,
                memory.currentMib());
        for (ServiceProcess service : services) {
            OUT.printf("  %-20s %s/q/swagger-ui   (OpenAPI %s/q/openapi, log %s)%n", service.name,
                    service.baseUrl(), service.baseUrl(), service.log());
        }
        OUT.printf("  %-20s %s%n", "Kafka", kafka.bootstrapServers());
        OUT.printf("  %-20s %s (user %s)%n", "PostgreSQL", postgres.jdbcUrl("<service>"), LocalPostgres.USER);
    }

    // ---- faults, for the tests that prove nothing is lost (deploy/acceptance FaultsAcceptanceTest) ----

    /** Stops the broker (its state stays on disk); the services keep running. */
    public void stopBroker() throws IOException, InterruptedException {
        kafka.stop();
    }

    /** Starts the very same broker again. */
    public void startBroker() throws IOException, InterruptedException {
        kafka.start(Duration.ofSeconds(90));
    }

    /** Stops PostgreSQL (its data stays on disk); the services keep running and lose their connections. */
    public void stopDatabase() throws IOException {
        postgres.close();
    }

    /** Starts PostgreSQL again on the same port with the same data. */
    public void startDatabase() throws IOException {
        postgres = LocalPostgres.start(options.dataDir().resolve("postgres"), postgres.port(), true);
    }

    /** SIGKILL: no shutdown hook, no drain — as a node dying would. */
    public void killService(String name) throws InterruptedException {
        serviceNamed(name).kill();
    }

    /** Starts a service again with the environment it had and waits until it is ready. */
    public void restartService(String name) throws Exception {
        ServiceProcess service = serviceNamed(name);
        service.start(environments.get(name));
        Instant deadline = Instant.now().plus(options.readyTimeout());
        while (!service.isReady()) {
            if (!service.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " did not come back; see " + service.log());
            }
            Thread.sleep(250);
        }
    }

    private ServiceProcess serviceNamed(String name) {
        return services.stream().filter(s -> s.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    public Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        services.forEach(s -> urls.put(s.name, s.baseUrl()));
        return urls;
    }

    private ServiceProcess service(String name, int port) {
        Path jar = options.repoRoot().resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        return new ServiceProcess(name, port, jar, options.dataDir().resolve("logs").resolve(name + ".log"));
    }

    private void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(options.readyTimeout());
        List<ServiceProcess> waiting = new ArrayList<>(services);
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.isAlive()) {
                    throw new IllegalStateException(service.name + " exited during start-up; see " + service.log());
                }
                if (service.isReady()) {
                    OUT.println(service.name + " is UP");
                    waiting.remove(service);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not ready after " + options.readyTimeout() + ": "
                        + waiting.stream().map(s -> s.name + " (log " + s.log() + ")").toList());
            }
            Thread.sleep(250);
        }
    }

    /**
     * Imports deploy/reference-data through the public APIs, waits until every document is rendered and prints the
     * portal and one line per document. Idempotent: a second run on the same data directory changes nothing.
     */
    public void loadReferenceData() throws Exception {
        Path root = options.repoRoot().resolve("deploy/reference-data");
        if (!Files.isDirectory(root)) {
            return;
        }
        OUT.println();
        OUT.println("loading the reference datasets of " + root + " …");
        ReferenceData loader = new ReferenceData(root, urls(), OUT);
        List<ReferenceData.Rendered> rendered = loader.awaitRendered(loader.load(), Duration.ofMinutes(5));
        OUT.println();
        OUT.println("Portal: " + urls().get("publication-service") + "/portal");
        for (ReferenceData.Rendered r : rendered) {
            OUT.printf("  %-16s %-14s v%d %-9s %s%s%n", r.dataset().name(), r.kind(), r.number(), r.status(), r.url(),
                    r.blocking().isEmpty() ? "" : "  (" + r.blocking().size() + " blocking: " + r.blocking().get(0) + " …)");
        }
    }

    /** Stops services first (they drain and commit), then the broker, then the database. Safe to call twice. */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        OUT.println("stopping …");
        services.parallelStream().forEach(ServiceProcess::stop);
        try {
            if (kafka != null) {
                kafka.stop();
            }
        } catch (IOException | InterruptedException e) {
            System.err.println("Kafka stop: " + e);
        }
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            System.err.println("PostgreSQL stop: " + e);
        }
        if (memory != null) {
            OUT.printf("stopped; peak resident memory of the whole platform: %d MiB%n", memory.peakMib());
            memory.close();
        }
    }
}
