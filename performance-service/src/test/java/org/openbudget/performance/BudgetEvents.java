package org.openbudget.performance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import org.openbudget.local.EventSchemas;
import org.openbudget.local.PlatformTopics;
import org.openbudget.local.TopicWriter;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Writes budget-service's {@code budget.ledger.changed} events to the real broker, each validated against the
 * contract in docs/events first, as budget-service's outbox relay would publish them.
 */
final class BudgetEvents {

    static final ObjectMapper JSON = new ObjectMapper();

    private BudgetEvents() {
    }

    static Map<String, Object> figure(String kind, long lineId, JsonNode line, String projectCode, String measure,
                                      String oldAmount, String newAmount) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("kind", kind);
        c.put("lineId", lineId);
        c.put("flow", "EXPENDITURE");
        c.put("functionCode", line.get("functionCode").asText());
        c.put("economicCode", line.get("economicCode").asText());
        c.put("fundingSource", "GENERAL_PUBLIC_BUDGET");
        c.put("expenditureType", line.get("expenditureType").asText());
        c.put("projectCode", projectCode);
        c.put("measure", measure);
        c.put("oldAmount", oldAmount);
        c.put("newAmount", newAmount);
        return c;
    }

    static Map<String, Object> project(String code, String name, String category) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("kind", "ATTRIBUTE_SET");
        c.put("attributeKind", "PROJECT");
        c.put("key", code);
        c.put("oldValue", null);
        c.put("newValue", Map.of("name", name, "category", category));
        return c;
    }

    /** The LINE_ADDED changes of a seed's budget lines (each of its measures) and its project registrations. */
    static List<Map<String, Object>> linesAndProjects(JsonNode seed) {
        List<Map<String, Object>> changes = new ArrayList<>();
        for (JsonNode line : seed.get("budgetLines")) {
            String project = line.hasNonNull("projectCode") ? line.get("projectCode").asText() : null;
            for (String[] measure : new String[][] {{"initialBudget", "INITIAL_BUDGET"},
                    {"adjustedBudget", "ADJUSTED_BUDGET"}, {"finalAccount", "FINAL_ACCOUNT"}}) {
                if (line.hasNonNull(measure[0])) {
                    changes.add(figure("LINE_ADDED", line.get("lineId").asLong(), line, project, measure[1], null,
                            line.get(measure[0]).asText()));
                }
            }
        }
        for (JsonNode p : seed.get("projects")) {
            changes.add(project(p.get("code").asText(), p.get("name").asText(), p.get("category").asText()));
        }
        return changes;
    }

    /** Sends one event; {@code carried} are the changes it carries of {@code changeCount} made in the revision. */
    static UUID send(String department, int year, long revision, String reason, List<Map<String, Object>> carried,
                     int changeCount) throws IOException {
        UUID eventId = UUID.randomUUID();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", eventId.toString());
        event.put("eventType", "budget.ledger.changed");
        event.put("schemaVersion", 1);
        event.put("occurredAt", Instant.now().toString());
        event.put("departmentCode", department);
        event.put("fiscalYear", year);
        event.put("revision", revision);
        event.put("actor", "finance-staff@test");
        event.put("reason", reason);
        event.put("changeCount", changeCount);
        event.put("changesComplete", carried.size() == changeCount);
        event.put("changes", carried);
        String json = JSON.writeValueAsString(event);
        sendRaw(department, year, json);
        return eventId;
    }

    static void sendRaw(String department, int year, String json) throws IOException {
        assertEquals(Set.of(), EventSchemas.validate("budget.ledger.changed", json), "the event honours the contract");
        TopicWriter.send(PlatformTopics.BUDGET_LEDGER_EVENTS, department + ":" + year, json);
    }

    static UUID send(String department, int year, long revision, String reason, List<Map<String, Object>> changes)
            throws IOException {
        return send(department, year, revision, reason, changes, changes.size());
    }

    /** Polls this service's copy of the figures until it holds {@code revision}; returns the copy. */
    static JsonPath awaitRevision(String department, int year, long revision) {
        return await(department, year, f -> f.getLong("revision") >= revision && f.get("pendingRevision") == null,
                "budget revision " + revision);
    }

    static JsonPath await(String department, int year, Predicate<JsonPath> until, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            last = given().get("/api/v1/budget-figures/{d}/{y}", department, year).then().statusCode(200)
                    .extract().jsonPath();
            if (until.test(last)) {
                return last;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("timed out waiting for " + what + "; last copy: " + (last == null ? null : last.prettify()));
    }
}
