package org.openbudget.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.openbudget.budget.domain.OutboxEvent;
import org.openbudget.budget.repository.OutboxRepository;
import org.openbudget.local.LocalKafka;
import org.openbudget.local.EventSchemas;
import org.openbudget.local.TestInfrastructure;
import org.openbudget.local.TopicReader;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The transactional outbox against the real broker: exactly one event per change, and none lost in an outage. */
@QuarkusTest
class LedgerEventsTest {

    static final String TOPIC = "budget.ledger-events";
    final ObjectMapper json = new ObjectMapper();

    @Inject
    OutboxRepository outbox;

    @Test
    void aCommittedChangeAppearsOnTheTopicExactlyOnceAndMatchesItsSchema() throws Exception {
        String department = Fixtures.newDepartment();
        long line = Fixtures.newLine(department, 2024, "1000.00");
        String eventId = amend(department, 2024, line, "1250.50", "决算更正");

        List<ConsumerRecord<String, String>> records = TopicReader.read(TOPIC,
                r -> r.value().contains(eventId), Duration.ofSeconds(30), Duration.ofSeconds(3));

        assertEquals(1, records.size(), "exactly one record for event " + eventId);
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals(department + ":2024", record.key(), "keyed by the department-year aggregate");
        assertEquals(Set.of(), EventSchemas.validate("budget.ledger.changed", record.value()));
        JsonNode event = json.readTree(record.value());
        assertEquals(2, event.get("revision").asLong(), "adding the line was revision 1, the amendment revision 2");
        JsonNode change = event.get("changes").get(0);
        assertEquals("AMOUNT_AMENDED", change.get("kind").asText());
        assertEquals("1000.00", change.get("oldAmount").asText());
        assertEquals("1250.50", change.get("newAmount").asText());
        assertEquals("决算更正", event.get("reason").asText());
    }

    /**
     * Changes committed faster than one relay pass sends go out in batches (outbox.relay.batch-size at a time, sent
     * without waiting between them): still one record per change, in revision order for the key.
     */
    @Test
    void aBurstOfChangesIsRelayedOnceEachInRevisionOrder() throws Exception {
        String department = Fixtures.newDepartment();
        long line = Fixtures.newLine(department, 2024, "1000.00");
        int changes = 260;
        for (int i = 1; i <= changes; i++) {
            amend(department, 2024, line, (1000 + i) + ".00", "批量 " + i);
        }
        String key = department + ":2024";
        List<ConsumerRecord<String, String>> records = TopicReader.read(TOPIC, r -> key.equals(r.key()),
                Duration.ofSeconds(60), Duration.ofSeconds(3));
        List<Long> revisions = new java.util.ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            revisions.add(json.readTree(record.value()).get("revision").asLong());
        }
        assertEquals(java.util.stream.LongStream.rangeClosed(1, changes + 1).boxed().toList(), revisions,
                "one record per revision, in order");
        assertEquals(0, outbox.count("aggregateKey = ?1 and publishedAt is null", key));
    }

    /** The change's trace crosses the outbox: the record's traceparent continues the request's trace. */
    @Test
    void theEventContinuesTheTraceOfTheRequestThatMadeTheChange() throws Exception {
        String department = Fixtures.newDepartment();
        long line = Fixtures.newLine(department, 2024, "1000.00");
        String traceId = String.format("%032x", System.nanoTime()).substring(0, 32);
        String eventId = given().contentType(io.restassured.http.ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(java.util.Map.of("measure", "FINAL_ACCOUNT", "amount", "1300.00", "reason", "追踪"))
                .patch("/api/v1/ledgers/{d}/2024/expenditure-lines/{id}", department, line)
                .then().statusCode(200).extract().jsonPath().getString("eventId");
        List<ConsumerRecord<String, String>> records = TopicReader.read(TOPIC,
                r -> r.value().contains(eventId), Duration.ofSeconds(30), Duration.ofSeconds(3));
        assertEquals(1, records.size());
        var header = records.get(0).headers().lastHeader("traceparent");
        org.junit.jupiter.api.Assertions.assertNotNull(header, "the record carries no trace context");
        String traceparent = new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(traceId, traceparent.split("-")[1], "the event's trace is the request's: " + traceparent);
    }

    @Test
    void aChangeCommitsWhileTheBrokerIsDownAndItsEventIsDeliveredAfterTheBrokerReturns() throws Exception {
        String department = Fixtures.newDepartment();
        Fixtures.catalogsFor(2025);
        long line = Fixtures.newLine(department, 2025, "500.00");
        awaitPublished(department);

        LocalKafka kafka = TestInfrastructure.kafka();
        kafka.stop();
        String eventId;
        try {
            eventId = amend(department, 2025, line, "650.00", "broker outage test");
            given().get("/api/v1/ledgers/{d}/{y}", department, 2025)
                    .then().statusCode(200).body("lines[0].initialBudget", org.hamcrest.Matchers.equalTo(650.00f));
            Thread.sleep(3_000);
            OutboxEvent pending = outbox.findById(UUID.fromString(eventId));
            assertNotNull(pending, "the event was committed with the change");
            assertNull(pending.publishedAt, "nothing can be acknowledged while the broker is down");
        } finally {
            kafka.start(Duration.ofSeconds(90));
        }

        List<ConsumerRecord<String, String>> records = TopicReader.read(TOPIC,
                r -> r.value().contains(eventId), Duration.ofSeconds(60), Duration.ofSeconds(2));
        assertFalse(records.isEmpty(), "the event is delivered once the broker is back");
        assertTrue(EventSchemas.validate("budget.ledger.changed", records.get(0).value()).isEmpty());
    }

    @Test
    void aLargeImportPublishesOneBoundedEventThatSaysItIsIncomplete() throws Exception {
        String department = Fixtures.newDepartment();
        StringBuilder csv = new StringBuilder("functionCode,economicCode,fundingSource,expenditureType,finalAccount\n");
        String[] economics = {"30101", "30102", "30103", "30107", "30108", "30110", "30111", "30112", "30113", "30199"};
        List<String> functions = given().get("/api/v1/catalogs/function/2024?level=ITEM").then().statusCode(200)
                .extract().jsonPath().<String>getList("code").subList(0, 25);
        java.util.Set<String> lines = new java.util.LinkedHashSet<>();
        for (String f : functions) {
            for (String e : economics) {
                lines.add(f + "," + e);
            }
        }
        for (String line : lines) {
            csv.append(line).append(",GENERAL_PUBLIC_BUDGET,BASIC,100.00\n");
        }
        String eventId = given().contentType("text/csv; charset=UTF-8").body(csv.toString())
                .queryParam("reason", "大批量导入").put("/api/v1/ledgers/{d}/2024/file", department)
                .then().statusCode(200).extract().jsonPath().getString("eventId");
        List<ConsumerRecord<String, String>> records = TopicReader.read(TOPIC, r -> r.value().contains(eventId),
                Duration.ofSeconds(30), Duration.ofSeconds(1));
        assertEquals(1, records.size());
        assertEquals(Set.of(), EventSchemas.validate("budget.ledger.changed", records.get(0).value()));
        JsonNode event = json.readTree(records.get(0).value());
        assertEquals(lines.size(), event.get("changeCount").asInt());
        assertFalse(event.get("changesComplete").asBoolean());
        assertEquals(200, event.get("changes").size());
    }

    @Test
    void theDocumentedExampleIsValidAndADoctoredEventIsNot() throws Exception {
        String example = EventSchemas.example("budget.ledger.changed");
        assertEquals(Set.of(), EventSchemas.validate("budget.ledger.changed", example));
        String amountAsNumber = example.replace("\"2879000.00\"", "2879000.00");
        assertFalse(EventSchemas.validate("budget.ledger.changed", amountAsNumber).isEmpty(),
                "amounts must be strings, never JSON numbers");
    }

    private void awaitPublished(String department) throws InterruptedException {
        for (int i = 0; i < 100 && outbox.count("aggregateKey like ?1 and publishedAt is null", department + ":%") > 0; i++) {
            Thread.sleep(100);
        }
    }

    private static String amend(String department, int year, long line, String amount, String reason) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("measure", "INITIAL_BUDGET", "amount", amount, "reason", reason))
                .patch("/api/v1/ledgers/{d}/{y}/expenditure-lines/{id}", department, year, line)
                .then().statusCode(200)
                .extract().jsonPath().getString("eventId");
    }
}
