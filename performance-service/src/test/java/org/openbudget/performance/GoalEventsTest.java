package org.openbudget.performance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.openbudget.local.EventSchemas;
import org.openbudget.local.TopicReader;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Goals commit with their outbox event; the event reaches the real broker once and matches its contract. */
@QuarkusTest
class GoalEventsTest {

    static final String TOPIC = "performance.goal-events";

    private static String newDepartmentCode() {
        return "P" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }

    @Test
    void anAmendedGoalIsPublishedOnceWithOldAndNewContent() throws Exception {
        String department = newDepartmentCode();
        long goalId = given().contentType(ContentType.JSON)
                .body(Map.of("scope", "PROJECT", "projectCode", "42010523040T000000101", "term", "ANNUAL",
                        "content", "完成全年医保基金监管任务", "reason", "申报"))
                .post("/api/v1/goal-sets/{d}/2024/goals", department)
                .then().statusCode(201).body("revision", equalTo(1)).extract().jsonPath().getLong("goal.id");
        String eventId = given().contentType(ContentType.JSON)
                .body(Map.of("content", "检查覆盖率100%", "reason", "按批复调整"))
                .patch("/api/v1/goal-sets/{d}/2024/goals/{id}", department, goalId)
                .then().statusCode(200).body("revision", equalTo(2)).extract().jsonPath().getString("eventId");

        List<ConsumerRecord<String, String>> records = TopicReader.read(TOPIC, r -> r.value().contains(eventId),
                Duration.ofSeconds(30), Duration.ofSeconds(3));
        assertEquals(1, records.size());
        assertEquals(department + ":2024", records.get(0).key());
        assertEquals(Set.of(), EventSchemas.validate("performance.goals.changed", records.get(0).value()));
        JsonNode change = new ObjectMapper().readTree(records.get(0).value()).get("changes").get(0);
        assertEquals("完成全年医保基金监管任务", change.get("oldValue").asText());
        assertEquals("检查覆盖率100%", change.get("newValue").asText());

        given().get("/api/v1/goal-sets/{d}/2024/amendments", department).then().statusCode(200)
                .body("size()", equalTo(2)).body("[1].reason", equalTo("按批复调整"));
    }

    @Test
    void theDocumentedExamplesAreValidAndADoctoredEventIsNot() throws Exception {
        String example = EventSchemas.example("performance.goals.changed");
        assertEquals(Set.of(), EventSchemas.validate("performance.goals.changed", example));
        assertFalse(EventSchemas.validate("performance.goals.changed", example.replace("\"ANNUAL\"", "\"YEARLY\"")).isEmpty());
        String figures = java.nio.file.Files.readString(EventSchemas.EVENTS.resolve("examples")
                .resolve("performance.goals.changed.budget-figures.json"));
        assertEquals(Set.of(), EventSchemas.validate("performance.goals.changed", figures));
        assertFalse(EventSchemas.validate("performance.goals.changed", figures.replace("\"BUDGET_FIGURES\"", "\"LEDGER\"")).isEmpty());
    }

    @Test
    void indicatorsAndSelfEvaluationsArePublishedInTheContractsShapeAndALargeImportSaysItIsIncomplete() throws Exception {
        String department = newDepartmentCode();
        List<Map<String, Object>> indicators = List.of(
                Map.of("level1", "OUTPUT", "level2", "QUANTITY", "name", "门诊救助人次", "target", "≥5000人次"),
                Map.of("level1", "BENEFIT", "level2", "SOCIAL_BENEFIT", "name", "救助效果明显", "target", "是"));
        List<Long> ids = given().contentType(ContentType.JSON)
                .body(Map.of("scope", "DEPARTMENT_WIDE", "term", "ANNUAL", "content", "做好医疗救助工作", "reason", "申报",
                        "indicators", indicators))
                .post("/api/v1/goal-sets/{d}/2024/goals", department)
                .then().statusCode(201).extract().jsonPath().getList("goal.indicators.id", Long.class);
        String eventId = given().contentType(ContentType.JSON)
                .body(Map.of("reason", "自评", "indicators", List.of(
                        Map.of("indicatorId", ids.get(0), "actual", "5200人次"),
                        Map.of("indicatorId", ids.get(1), "actual", "部分地区效果明显", "tier", "PARTIAL", "tierPercent", "70"))))
                .put("/api/v1/goal-sets/{d}/2024/evaluations/department-wide", department)
                .then().statusCode(200).extract().jsonPath().getString("eventId");
        List<ConsumerRecord<String, String>> records = TopicReader.read(TOPIC, r -> r.value().contains(eventId),
                Duration.ofSeconds(30), Duration.ofSeconds(1));
        assertEquals(1, records.size());
        assertEquals(Set.of(), EventSchemas.validate("performance.goals.changed", records.get(0).value()));
        JsonNode event = new ObjectMapper().readTree(records.get(0).value());
        List<String> fields = new java.util.ArrayList<>();
        event.get("changes").forEach(c -> fields.add(c.get("kind").asText() + ":" + c.get("field").asText()));
        assertTrue(fields.containsAll(List.of("EVALUATION_SET:status", "EVALUATION_SET:actual", "EVALUATION_SET:tier",
                "EVALUATION_SET:tierPercent")), fields.toString());
        assertTrue(event.get("changesComplete").asBoolean());

        // 120 indicators in one import: about a thousand field changes, 200 carried
        List<Map<String, Object>> many = new java.util.ArrayList<>();
        for (int k = 0; k < 120; k++) {
            many.add(Map.of("level1", k % 2 == 0 ? "OUTPUT" : "BENEFIT", "level2", k % 2 == 0 ? "QUANTITY" : "SOCIAL_BENEFIT",
                    "name", "指标" + k, "target", "≥" + k + "件"));
        }
        String importEvent = given().contentType(ContentType.JSON)
                .body(Map.of("goals", List.of(Map.of("scope", "DEPARTMENT_WIDE", "term", "ANNUAL", "content", "批量", "indicators", many))))
                .queryParam("reason", "导入").put("/api/v1/goal-sets/{d}/2024/file", newDepartmentCode())
                .then().statusCode(200).extract().jsonPath().getString("eventId");
        JsonNode imported = new ObjectMapper().readTree(TopicReader.read(TOPIC, r -> r.value().contains(importEvent),
                Duration.ofSeconds(30), Duration.ZERO).get(0).value());
        assertFalse(imported.get("changesComplete").asBoolean());
        assertEquals(200, imported.get("changes").size());
        assertTrue(imported.get("changeCount").asInt() > 200, imported.get("changeCount").toString());
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndChangesNothing() {
        String department = newDepartmentCode();
        given().contentType(ContentType.JSON)
                .body(Map.of("scope", "PROJECT", "term", "ANNUAL", "content", "x", "reason", "y"))
                .post("/api/v1/goal-sets/{d}/2024/goals", department)
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("projectCode"));
        given().contentType(ContentType.JSON)
                .body(Map.of("scope", "DEPARTMENT_WIDE", "term", "SOMETIMES", "content", "x", "reason", "y"))
                .post("/api/v1/goal-sets/{d}/2024/goals", department)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("term"));
        given().contentType(ContentType.JSON)
                .body(Map.of("scope", "DEPARTMENT_WIDE", "term", "ANNUAL", "content", "", "reason", "y"))
                .post("/api/v1/goal-sets/{d}/2024/goals", department)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("content"));
        given().get("/api/v1/goal-sets/{d}/2024", department).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
