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
    void theDocumentedExampleIsValidAndADoctoredEventIsNot() throws Exception {
        String example = EventSchemas.example("performance.goals.changed");
        assertEquals(Set.of(), EventSchemas.validate("performance.goals.changed", example));
        assertFalse(EventSchemas.validate("performance.goals.changed", example.replace("\"ANNUAL\"", "\"YEARLY\"")).isEmpty());
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
