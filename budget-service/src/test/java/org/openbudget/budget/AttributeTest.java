package org.openbudget.budget;

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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Projects, explanations and statistics: checked per kind, audited, one revision and one event each. */
@QuarkusTest
class AttributeTest {

    @Test
    void anExplanationIsARevisionWithAnEventAndItsHistory() throws Exception {
        String department = Fixtures.newDepartment();
        String eventId = given().contentType(ContentType.JSON)
                .body(Map.of("value", Map.of("text", "住房公积金按实际发生数列支"), "reason", "补充说明"))
                .put("/api/v1/ledgers/{d}/2024/attributes/explanation/variance:FINAL_ACCOUNT:2210201", department)
                .then().statusCode(200).body("revision", equalTo(1)).body("changed", equalTo(true))
                .extract().jsonPath().getString("eventId");
        given().contentType(ContentType.JSON)
                .body(Map.of("value", Map.of("text", "住房公积金按实际发生数列支"), "reason", "重复"))
                .put("/api/v1/ledgers/{d}/2024/attributes/explanation/variance:FINAL_ACCOUNT:2210201", department)
                .then().statusCode(200).body("revision", equalTo(1)).body("changed", equalTo(false));

        List<ConsumerRecord<String, String>> records = TopicReader.read("budget.ledger-events",
                r -> r.value().contains(eventId), Duration.ofSeconds(30), Duration.ofMillis(500));
        assertEquals(1, records.size());
        assertEquals(Set.of(), EventSchemas.validate("budget.ledger.changed", records.get(0).value()));
        JsonNode change = new ObjectMapper().readTree(records.get(0).value()).get("changes").get(0);
        assertEquals("ATTRIBUTE_SET", change.get("kind").asText());
        assertEquals("住房公积金按实际发生数列支", change.get("newValue").get("text").asText());

        given().delete("/api/v1/ledgers/{d}/2024/attributes/explanation/variance:FINAL_ACCOUNT:2210201?reason=撤回", department)
                .then().statusCode(200).body("revision", equalTo(2));
        given().get("/api/v1/ledgers/{d}/2024/attributes/history", department).then()
                .body("size()", equalTo(2)).body("[1].newValue", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void projectsAndStatisticsAreCheckedByKind() {
        String department = Fixtures.newDepartment();
        given().contentType(ContentType.JSON)
                .body(Map.of("value", Map.of("name", "医保基金监管经费", "category", "SPECIFIC_PURPOSE",
                        "executingUnit", "武汉市汉阳区医疗保障局"), "reason", "申报"))
                .put("/api/v1/ledgers/{d}/2024/attributes/project/42010523040T000000101", department)
                .then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("value", Map.of("amount", "5"), "reason", "统计"))
                .put("/api/v1/ledgers/{d}/2024/attributes/statistic/vehicles.held", department)
                .then().statusCode(200);
        given().get("/api/v1/ledgers/{d}/2024/attributes?kind=PROJECT", department).then()
                .body("'PROJECT/42010523040T000000101'.category", equalTo("SPECIFIC_PURPOSE"));

        given().contentType(ContentType.JSON)
                .body(Map.of("value", Map.of("name", "", "category", "MISC", "budget", 1), "reason", "坏"))
                .put("/api/v1/ledgers/{d}/2024/attributes/project/P1", department)
                .then().statusCode(422).body("errors.field", hasItems("value.name", "value.category", "value.budget"));
        given().contentType(ContentType.JSON)
                .body(Map.of("value", Map.of("amount", "2.5"), "reason", "坏"))
                .put("/api/v1/ledgers/{d}/2024/attributes/statistic/vehicles.held", department)
                .then().statusCode(422).body("errors.field", hasItems("value.amount"));
        given().contentType(ContentType.JSON)
                .body(Map.of("value", Map.of("amount", "1"), "reason", "坏"))
                .put("/api/v1/ledgers/{d}/2024/attributes/statistic/unicorns.held", department)
                .then().statusCode(422).body("errors.field", hasItems("key"));
        given().contentType(ContentType.JSON)
                .body(Map.of("value", Map.of("amount", "1"), "reason", "坏"))
                .put("/api/v1/ledgers/{d}/2024/attributes/opinion/x", department)
                .then().statusCode(400).body("errors.field", hasItems("kind"));
        given().get("/api/v1/ledgers/{d}/2024", department).then().body("revision", equalTo(2));
        given().get("/api/v1/statistics").then().statusCode(200).body("key", hasItems("procurement.sme", "staff.actual"));
    }
}
