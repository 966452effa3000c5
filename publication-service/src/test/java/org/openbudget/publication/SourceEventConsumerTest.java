package org.openbudget.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.openbudget.local.EventSchemas;
import org.openbudget.local.TopicReader;
import org.openbudget.local.TopicWriter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * publication-service fed through the real broker with the documented example events: duplicates have one effect,
 * stale events are ignored, poison goes to the dead-letter topic and the consumer keeps going.
 */
@QuarkusTest
class SourceEventConsumerTest {

    static final String BUDGET_TOPIC = "budget.ledger-events";
    static final String PERFORMANCE_TOPIC = "performance.goal-events";
    static final String DEAD_LETTER_TOPIC = "publication.dead-letter";
    final ObjectMapper json = new ObjectMapper();

    @Test
    void theDocumentedExamplesOfBothSourcesAreApplied() throws Exception {
        String department = newDepartment();
        send(BUDGET_TOPIC, example("budget.ledger.changed", department, 42, UUID.randomUUID()), department);
        send(PERFORMANCE_TOPIC, example("performance.goals.changed", department, 7, UUID.randomUUID()), department);

        JsonPath feed = awaitFeed(department, f -> f.getLong("budgetRevision") == 42 && f.getLong("performanceRevision") == 7);
        assertEquals(List.of("BUDGET", "PERFORMANCE"), feed.getList("changes.source").stream().sorted().toList());
        assertEquals("住房公积金决算数据按财政核定数更正", feed.getString("changes.find { it.source == 'BUDGET' }.reason"));
        assertEquals("2879000.00", feed.getString("changes.find { it.source == 'BUDGET' }.changes[0].newAmount"));
    }

    @Test
    void anEventDeliveredTwiceHasOneEffect() throws Exception {
        String department = newDepartment();
        UUID eventId = UUID.randomUUID();
        String event = example("budget.ledger.changed", department, 1, eventId);
        send(BUDGET_TOPIC, event, department);
        send(BUDGET_TOPIC, event, department);
        // A later event on the same key is processed after both copies, so once it shows, both were handled.
        send(BUDGET_TOPIC, example("budget.ledger.changed", department, 2, UUID.randomUUID()), department);

        JsonPath feed = awaitFeed(department, f -> f.getLong("budgetRevision") == 2);
        assertEquals(List.of(1, 2), feed.getList("changes.revision", Integer.class));
        given().get("/api/v1/processed-events/{id}", eventId).then().statusCode(200)
                .body("outcome", org.hamcrest.Matchers.equalTo("APPLIED"));
    }

    /** The consumer continues the trace an event carries: amendment → event → publication is one trace. */
    @Test
    void anEventIsAppliedInTheTraceItCarries() throws Exception {
        String department = newDepartment();
        UUID eventId = UUID.randomUUID();
        String traceId = String.format("%032x", System.nanoTime());
        org.openbudget.local.TopicWriter.send(BUDGET_TOPIC, department + ":2024",
                example("budget.ledger.changed", department, 1, eventId),
                java.util.Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));
        awaitFeed(department, f -> f.getLong("budgetRevision") == 1);
        given().get("/api/v1/processed-events/{id}", eventId).then().statusCode(200)
                .body("traceId", org.hamcrest.Matchers.equalTo(traceId));
    }

    @Test
    void anOlderEventAfterANewerOneIsIgnored() throws Exception {
        String department = newDepartment();
        UUID older = UUID.randomUUID();
        send(BUDGET_TOPIC, example("budget.ledger.changed", department, 5, UUID.randomUUID()), department);
        send(BUDGET_TOPIC, example("budget.ledger.changed", department, 3, older), department);
        send(BUDGET_TOPIC, example("budget.ledger.changed", department, 6, UUID.randomUUID()), department);

        JsonPath feed = awaitFeed(department, f -> f.getLong("budgetRevision") == 6);
        assertEquals(List.of(5, 6), feed.getList("changes.revision", Integer.class));
        given().get("/api/v1/processed-events/{id}", older).then().statusCode(200)
                .body("outcome", org.hamcrest.Matchers.equalTo("STALE"));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicWithItsReasonAndTheConsumerKeepsGoing() throws Exception {
        String department = newDepartment();
        String poison = "{not json at all " + UUID.randomUUID();
        TopicWriter.send(BUDGET_TOPIC, department + ":2024", poison);
        send(BUDGET_TOPIC, example("budget.ledger.changed", department, 1, UUID.randomUUID()), department);

        awaitFeed(department, f -> f.getLong("budgetRevision") == 1);
        List<ConsumerRecord<String, String>> dead = TopicReader.read(DEAD_LETTER_TOPIC, r -> poison.equals(r.value()),
                Duration.ofSeconds(20), Duration.ofMillis(500));
        assertEquals(1, dead.size(), "the poison record is dead-lettered once");
        var reason = dead.get(0).headers().lastHeader("dead-letter-reason");
        assertTrue(reason != null && new String(reason.value(), StandardCharsets.UTF_8).contains("not JSON"),
                "the dead letter says why");
    }

    /**
     * A burst polled as one batch (applied in one transaction): every event in partition order with one effect, a
     * redelivered event and an older revision among them without effect, a poison record dead-lettered and the rest
     * applied around it.
     */
    @Test
    void aBurstIsAppliedInOrderWithOneEffectPerEventAndItsPoisonDeadLettered() throws Exception {
        String department = newDepartment();
        String key = department + ":2024";
        String poison = "{\"eventType\": \"budget.ledger.changed\", truncated " + UUID.randomUUID();
        UUID stale = UUID.randomUUID();
        List<java.util.Map.Entry<String, String>> burst = new java.util.ArrayList<>();
        String tenth = null;
        for (int revision = 1; revision <= 150; revision++) {
            String event = example("budget.ledger.changed", department, revision, UUID.randomUUID());
            burst.add(java.util.Map.entry(key, event));
            tenth = revision == 10 ? event : tenth;
            if (revision == 40) {
                burst.add(java.util.Map.entry(key, tenth));                          // delivered again
            } else if (revision == 80) {
                burst.add(java.util.Map.entry(key, example("budget.ledger.changed", department, 5, stale)));
            } else if (revision == 100) {
                burst.add(java.util.Map.entry(key, poison));
            }
        }
        TopicWriter.sendAll(BUDGET_TOPIC, burst);

        JsonPath feed = awaitFeed(department, f -> f.getLong("budgetRevision") == 150);
        List<Integer> applied = feed.getList("changes.revision", Integer.class);
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 150).boxed().toList(),
                applied.stream().sorted().toList(), "each revision applied once");
        given().get("/api/v1/processed-events/{id}", stale).then().statusCode(200)
                .body("outcome", org.hamcrest.Matchers.equalTo("STALE"));
        List<ConsumerRecord<String, String>> dead = TopicReader.read(DEAD_LETTER_TOPIC, r -> poison.equals(r.value()),
                Duration.ofSeconds(20), Duration.ofMillis(500));
        assertEquals(1, dead.size(), "the poison record is dead-lettered once");
        assertEquals(BUDGET_TOPIC, new String(dead.get(0).headers().lastHeader("dead-letter-topic").value(),
                StandardCharsets.UTF_8));
        assertEquals(key, dead.get(0).key());
    }

    @Test
    void eventsOfAnUnknownTypeOrVersionAreRefusedAsPoison() throws Exception {
        String department = newDepartment();
        ObjectNode future = (ObjectNode) json.readTree(example("budget.ledger.changed", department, 1, UUID.randomUUID()));
        future.put("schemaVersion", 99);
        TopicWriter.send(BUDGET_TOPIC, department + ":2024", future.toString());
        send(BUDGET_TOPIC, example("budget.ledger.changed", department, 2, UUID.randomUUID()), department);

        JsonPath feed = awaitFeed(department, f -> f.getLong("budgetRevision") == 2);
        assertEquals(List.of(2), feed.getList("changes.revision", Integer.class));
        assertFalse(TopicReader.read(DEAD_LETTER_TOPIC, r -> r.value().contains(department),
                Duration.ofSeconds(20), Duration.ofMillis(200)).isEmpty());
    }

    @Test
    void malformedPathParametersAreProblemsNamingThem() {
        given().get("/api/v1/processed-events/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.hasItem("eventId"));
        given().get("/api/v1/change-feed/ok123/1066").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.hasItem("fiscalYear"));
        given().get("/api/v1/processed-events/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.hasItem("eventId"));
    }

    private static String newDepartment() {
        return "Q" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }

    /** The documented example with its identity replaced, re-validated so the test feeds only contract-valid events. */
    private String example(String eventType, String department, long revision, UUID eventId) throws Exception {
        ObjectNode event = (ObjectNode) json.readTree(EventSchemas.example(eventType));
        event.put("departmentCode", department);
        event.put("revision", revision);
        event.put("eventId", eventId.toString());
        String value = event.toString();
        assertEquals(java.util.Set.of(), EventSchemas.validate(eventType, value));
        return value;
    }

    private void send(String topic, String event, String department) throws Exception {
        int year = json.readTree(event).get("fiscalYear").asInt();
        TopicWriter.send(topic, department + ":" + year, event);
    }

    private static JsonPath awaitFeed(String department, Predicate<JsonPath> until) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            var response = given().get("/api/v1/change-feed/{d}/2024", department);
            if (response.statusCode() == 200) {
                last = response.jsonPath();
                if (until.test(last)) {
                    return last;
                }
            }
            Thread.sleep(100);
        }
        fail("change feed of " + department + " never reached the expected state; last: "
                + (last == null ? "none" : last.prettify()));
        return null;
    }
}
