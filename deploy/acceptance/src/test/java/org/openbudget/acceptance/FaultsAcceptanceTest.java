package org.openbudget.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openbudget.local.LocalPlatform;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults against the platform as the run command starts it — real broker, real database, services as processes
 * (docs/reliability.md): the broker stopped while amendments go on, publication-service killed mid-regeneration,
 * an event delivered twice or late, a poison record, the database stopped and started. Each ends with the
 * publication reflecting exactly the last committed figures, every amendment in the audit trail, and no lost or
 * duplicate version.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsAcceptanceTest {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private static final String KIND = "FINAL_ACCOUNTS";

    private final Http http = new Http();
    private LocalPlatform platform;
    private String budget;
    private String publication;
    private String bootstrap;
    private String department;
    private long amendments;

    @BeforeAll
    void start() throws Exception {
        Path target = Path.of(System.getProperty("acceptance.target", "target")).toAbsolutePath().normalize();
        Path repoRoot = Path.of(System.getProperty("acceptance.repoRoot", "../..")).toAbsolutePath().normalize();
        Path data = target.resolve("faults-platform-data");
        deleteTree(data);
        int[] ports = freePorts(6);
        platform = new LocalPlatform(LocalPlatform.Options.parse(new String[] {
                "--repo-root", repoRoot.toString(), "--data-dir", data.toString(), "--no-reference-data",
                "--budget-port", Integer.toString(ports[0]), "--performance-port", Integer.toString(ports[1]),
                "--publication-port", Integer.toString(ports[2]), "--kafka-port", Integer.toString(ports[3]),
                "--kafka-controller-port", Integer.toString(ports[4]), "--postgres-port", Integer.toString(ports[5])}));
        platform.start();
        budget = platform.urls().get("budget-service");
        publication = platform.urls().get("publication-service");
        bootstrap = "127.0.0.1:" + ports[3];

        department = "F" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        Http.expect(http.send("PUT", budget + "/api/v1/departments/" + department,
                Map.of("name", "故障测试部门", "unitType", "ADMINISTRATIVE")), 201);
        amend(1_000_000, "故障测试：录入");
        awaitVersionAt(revision(), Duration.ofSeconds(90));
    }

    @AfterAll
    void stop() {
        if (platform != null) {
            platform.stop();
        }
    }

    @Test
    @Order(1)
    void amendmentsWhileTheBrokerIsDownAreDeliveredWhenItReturns() throws Exception {
        platform.stopBroker();
        long last = 0;
        try {
            for (int i = 1; i <= 5; i++) {
                last = 1_000_000 + i * 100;
                amend(last, "故障测试：代理停机时更正 " + i);
            }
        } finally {
            platform.startBroker();
        }
        long revision = revision();
        JsonNode version = awaitVersionAt(revision, Duration.ofSeconds(120));
        assertReflects(version, last);
        assertEquals(amendments * 2, history().size(), "every amendment (expenditure and income) is in the audit trail");
        OUT.printf("(faults) broker down: 5 amendments accepted, delivered after restart; v%d at r%d shows %d 元%n",
                version.get("number").asInt(), revision, last);
    }

    @Test
    @Order(2)
    void publicationKilledMidRegenerationLosesAndDuplicatesNothing() throws Exception {
        long last = 0;
        for (int i = 1; i <= 3; i++) {
            last = 2_000_000 + i * 100;
            amend(last, "故障测试：再生成中断 " + i);
        }
        Thread.sleep(400); // the events are in; regeneration is due after 0.3 s of quiet and takes about a second
        platform.killService("publication-service");
        platform.restartService("publication-service");
        long revision = revision();
        JsonNode version = awaitVersionAt(revision, Duration.ofSeconds(120));
        assertReflects(version, last);
        assertVersionsConsecutiveAndDistinct();
        OUT.printf("(faults) publication-service killed with r%d due: after restart v%d shows %d 元, versions "
                + "consecutive, no two alike%n", revision, version.get("number").asInt(), last);
    }

    @Test
    @Order(3)
    void anEventDeliveredAgainOrLateHasNoEffect() throws Exception {
        JsonNode before = newestVersion();
        List<ConsumerRecord<String, String>> events = recordsOf("budget.ledger-events", department + ":2024");
        assertTrue(events.size() >= 3, "events of " + department + ": " + events.size());
        // the newest again, and an old one after it
        send("budget.ledger-events", department + ":2024", events.get(events.size() - 1).value());
        send("budget.ledger-events", department + ":2024", events.get(1).value());
        amend(3_000_000, "故障测试：重复与乱序之后");
        long revision = revision();
        JsonNode version = awaitVersionAt(revision, Duration.ofSeconds(90));
        assertReflects(version, 3_000_000);
        assertEquals(before.get("number").asInt() + 1, version.get("number").asInt(),
                "the repeated and the stale event made no version; the new amendment made one");
        assertVersionsConsecutiveAndDistinct();
    }

    @Test
    @Order(4)
    void aPoisonRecordIsDeadLetteredWithItsReasonAndConsumersGoOn() throws Exception {
        String poison = "{\"eventType\": \"budget.ledger.changed\", \"this is\": not json " + System.nanoTime();
        send("budget.ledger-events", department + ":2024", poison);
        amend(3_100_000, "故障测试：毒消息之后");
        JsonNode version = awaitVersionAt(revision(), Duration.ofSeconds(90));
        assertReflects(version, 3_100_000);
        for (String deadLetters : List.of("publication.dead-letter", "performance.dead-letter")) {
            ConsumerRecord<String, String> dead = awaitRecord(deadLetters, r -> poison.equals(r.value()), Duration.ofSeconds(60));
            var reason = dead.headers().lastHeader("dead-letter-reason");
            assertTrue(reason != null && reason.value().length > 0, deadLetters + " carries no reason");
            OUT.printf("(faults) poison in %s: %s%n", deadLetters, new String(reason.value(), StandardCharsets.UTF_8));
        }
    }

    @Test
    @Order(5)
    void theDatabaseStoppedAndStartedLosesNothing() throws Exception {
        long revisionBefore = revision();
        platform.stopDatabase();
        try {
            HttpResponse<String> refused = http.send("POST", budget + "/api/v1/ledgers/" + department + "/2024/figures",
                    figures(4_000_000, "故障测试：数据库停机时"));
            assertTrue(refused.statusCode() >= 500, "a write without a database cannot succeed: " + refused.statusCode());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"), refused.body());
            assertFalse(refused.body().contains("SQL") || refused.body().contains("Exception"), refused.body());
        } finally {
            platform.startDatabase();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        HttpResponse<String> accepted;
        do {
            Thread.sleep(500);
            accepted = http.send("POST", budget + "/api/v1/ledgers/" + department + "/2024/figures",
                    figures(4_100_000, "故障测试：数据库恢复后"));
        } while (accepted.statusCode() != 200 && Instant.now().isBefore(deadline));
        assertEquals(200, accepted.statusCode(), "after the database returned: " + accepted.body());
        amendments++;
        long revision = revision();
        assertEquals(revisionBefore + 1, revision, "the refused write changed nothing; the accepted one is one revision");
        JsonNode version = awaitVersionAt(revision, Duration.ofSeconds(120));
        assertReflects(version, 4_100_000);
        assertEquals(amendments * 2, history().size());
        assertVersionsConsecutiveAndDistinct();
        OUT.printf("(faults) database stopped and started: the write during the outage refused, r%d published as v%d%n",
                revision, version.get("number").asInt());
    }

    /** The short variant of the load harness (deploy/local/load runs the long one): it throws if anything was lost. */
    @Test
    @Order(6)
    void concurrentEditorsLoseNothing() throws Exception {
        org.openbudget.local.LoadHarness.Result result = org.openbudget.local.LoadHarness.run(budget, publication, 4,
                Duration.ofSeconds(20), OUT);
        assertTrue(result.acknowledged() > 20, "hardly any load: " + result);
        assertEquals(result.acknowledged(), result.stored());
    }

    /** An amendment is one trace across the three processes: request → outbox → event → consumer → new version. */
    @Test
    @Order(7)
    void anAmendmentIsOneTraceFromTheRequestToTheVersionItMade() throws Exception {
        String traceId = String.format("%032x", System.nanoTime());
        Http.expect(http.send("POST", budget + "/api/v1/ledgers/" + department + "/2024/figures",
                figures(5_000_000, "故障测试：追踪"), Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")), 200);
        amendments++;
        JsonNode version = awaitVersionAt(revision(), Duration.ofSeconds(90));
        assertReflects(version, 5_000_000);
        assertEquals(traceId, version.path("traceId").asText(), "the version was made in the amendment's trace");
        OUT.printf("(faults) trace %s: amendment → event → v%d%n", traceId, version.get("number").asInt());
    }

    // ------------------------------------------------------------------------------------------------------------

    private Map<String, Object> figures(long yuan, String reason) {
        String amount = BigDecimal.valueOf(yuan).setScale(2).toPlainString();
        return Map.of("reason", reason, "figures", List.of(
                Map.of("functionCode", "2101501", "economicCode", "30101", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                        "expenditureType", "BASIC", "measure", "FINAL_ACCOUNT", "amount", amount),
                Map.of("flow", "INCOME", "functionCode", "2101501", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                        "measure", "FINAL_ACCOUNT", "amount", amount)));
    }

    private void amend(long yuan, String reason) throws Exception {
        JsonNode result = Http.expect(http.send("POST", budget + "/api/v1/ledgers/" + department + "/2024/figures",
                figures(yuan, reason)), 200);
        assertTrue(result.get("changed").asBoolean(), result.toString());
        amendments++;
    }

    private long revision() throws Exception {
        return http.get(budget + "/api/v1/ledgers/" + department + "/2024").get("revision").asLong();
    }

    private JsonNode history() throws Exception {
        return http.get(budget + "/api/v1/ledgers/" + department + "/2024/history");
    }

    private JsonNode versions() throws Exception {
        return http.get(publication + "/api/v1/publications/" + department + "/2024/" + KIND);
    }

    private JsonNode newestVersion() throws Exception {
        return versions().get(0);
    }

    private JsonNode awaitVersionAt(long revision, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            HttpResponse<String> response = http.send("GET", publication + "/api/v1/publications/" + department
                    + "/2024/" + KIND, null);
            if (response.statusCode() == 200) {
                JsonNode versions = Http.JSON.readTree(response.body());
                if (!versions.isEmpty() && versions.get(0).get("budgetRevision").asLong() >= revision) {
                    return versions.get(0);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no version at budget revision " + revision + " within " + timeout + ": "
                        + response.body());
            }
            Thread.sleep(200);
        }
    }

    /** The version's document was computed from exactly this 决算 (its open-data facts hold the line's amount). */
    private void assertReflects(JsonNode version, long yuan) throws Exception {
        JsonNode document = http.get(publication + "/api/v1/publications/" + department + "/2024/" + KIND
                + "/versions/" + version.get("number").asInt()).get("document");
        JsonNode columns = document.path("facts").path("columns");
        int finalAccount = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).path("id").asText().equals("finalAccount")) {
                finalAccount = i;
            }
        }
        assertTrue(finalAccount >= 0, "no finalAccount column in the facts");
        Set<String> amounts = new HashSet<>();
        for (JsonNode row : document.path("facts").path("rows")) {
            amounts.add(row.get(finalAccount).asText());
        }
        String expected = BigDecimal.valueOf(yuan).setScale(2).toPlainString();
        assertTrue(amounts.contains(expected), "v" + version.get("number").asInt() + " shows " + amounts + ", not " + expected);
    }

    /** Versions are numbered 1…n without a gap, and no version repeats the content of the one before it. */
    private void assertVersionsConsecutiveAndDistinct() throws Exception {
        JsonNode versions = versions();
        List<JsonNode> ascending = new ArrayList<>();
        versions.forEach(ascending::add);
        ascending.sort(Comparator.comparingInt(v -> v.get("number").asInt()));
        for (int i = 0; i < ascending.size(); i++) {
            assertEquals(i + 1, ascending.get(i).get("number").asInt(), "version numbers " + versions);
            if (i > 0) {
                assertFalse(ascending.get(i).get("contentHash").asText().equals(ascending.get(i - 1).get("contentHash").asText()),
                        "v" + (i + 1) + " duplicates v" + i);
            }
        }
    }

    private void send(String topic, String key, String value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private List<ConsumerRecord<String, String>> recordsOf(String topic, String key) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(15);
            int quietPolls = 0;
            while (Instant.now().isBefore(deadline) && quietPolls < 3) {
                var records = consumer.poll(Duration.ofSeconds(1));
                quietPolls = records.isEmpty() && !consumer.assignment().isEmpty() ? quietPolls + 1 : 0;
                records.forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    private ConsumerRecord<String, String> awaitRecord(String topic, Predicate<ConsumerRecord<String, String>> wanted,
                                                       Duration timeout) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (wanted.test(r)) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("nothing wanted on " + topic + " within " + timeout);
    }

    private KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "faults-test-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
    }

    private static int[] freePorts(int n) throws IOException {
        int[] ports = new int[n];
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
        return ports;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
