package org.openbudget.budget;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openbudget.budget.repository.OutboxRepository;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad input gets RFC 9457 problem+json naming the field, and changes nothing. */
@QuarkusTest
class LedgerValidationTest {

    @Inject
    OutboxRepository outbox;

    private static Map<String, Object> validLine() {
        Map<String, Object> body = new HashMap<>();
        body.put("functionCode", "2101501");
        body.put("economicCode", "30101");
        body.put("fundingSource", "GENERAL_PUBLIC_BUDGET");
        body.put("expenditureType", "BASIC");
        body.put("initialBudget", "100.00");
        body.put("reason", "录入");
        return body;
    }

    @Test
    void eachInvalidFieldIsNamedAndNothingChanges() {
        String department = Fixtures.newDepartment();
        long line = Fixtures.newLine(department, 2024, "100.00");
        long pendingBefore = outbox.count();

        assertRejected(department, with("functionCode", "210150"), 400, "functionCode");
        assertRejected(department, with("functionCode", "21015"), 422, "functionCode");
        assertRejected(department, with("functionCode", "2101598"), 422, "functionCode");
        assertRejected(department, with("economicCode", "3010x"), 400, "economicCode");
        assertRejected(department, with("economicCode", "30198"), 422, "economicCode");
        assertRejected(department, with("initialBudget", "-1.00"), 400, "initialBudget");
        assertRejected(department, with("initialBudget", "1.005"), 400, "initialBudget");
        assertRejected(department, with("initialBudget", "12345678901234567890.00"), 400, "initialBudget");
        assertRejected(department, with("fundingSource", "LOTTERY"), 400, "fundingSource");
        assertRejected(department, with("reason", " "), 400, "reason");
        assertRejected(department, with("surprise", "x"), 400, "surprise");
        assertRejected(department, with("initialBudget", Map.of("nested", 1)), 400, "initialBudget");
        Map<String, Object> project = with("expenditureType", "PROJECT");
        assertRejected(department, project, 422, "projectCode");
        assertRejected(department, validLine(), 409, "functionCode");

        given().contentType(ContentType.JSON).body("{\"functionCode\": ")
                .post("/api/v1/ledgers/{d}/2024/expenditure-lines", department)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("body"));

        given().contentType(ContentType.JSON).body(Map.of("measure", "FINAL_ACCOUNT", "amount", "1.00", "reason", "x"))
                .patch("/api/v1/ledgers/{d}/2024/expenditure-lines/{id}", department, line + 100_000)
                .then().statusCode(404).contentType("application/problem+json").body("errors.field", hasItem("lineId"));

        given().contentType(ContentType.JSON).body(Map.of("measure", "FINAL_ACCOUNT", "amount", "1.00", "reason", "x"))
                .patch("/api/v1/ledgers/{d}/1800/expenditure-lines/{id}", department, line)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("fiscalYear"));

        given().get("/api/v1/ledgers/{d}/20x4", department)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("fiscalYear"));
        given().contentType(ContentType.JSON).body(Map.of("measure", "FINAL_ACCOUNT", "amount", "1.00", "reason", "x"))
                .patch("/api/v1/ledgers/{d}/2024/expenditure-lines/abc", department)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("lineId"));

        given().get("/api/v1/ledgers/{d}/2024", department).then().statusCode(200)
                .body("revision", equalTo(1)).body("lines.size()", equalTo(1));
        assertEquals(pendingBefore, outbox.count(), "a refused request writes no event");
    }

    @Test
    void unknownDepartmentIsNotFoundAndErrorsNeverLeakInternals() {
        given().contentType(ContentType.JSON).body(validLine())
                .post("/api/v1/ledgers/NOPE999/2024/expenditure-lines")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("errors.field", hasItem("departmentCode"))
                .body(not(containsString("Exception")));
    }

    @Test
    void departmentCannotBeItsOwnAncestor() {
        String parent = Fixtures.newDepartment();
        given().contentType(ContentType.JSON).body(Map.of("name", "子单位", "unitType", "PUBLIC_INSTITUTION", "parentCode", parent))
                .put("/api/v1/departments/{c}", parent + "1").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("name", "主管部门", "unitType", "ADMINISTRATIVE", "parentCode", parent + "1"))
                .put("/api/v1/departments/{c}", parent)
                .then().statusCode(422).body("errors.field", hasItem("parentCode"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x", "unitType", "MINISTRY"))
                .put("/api/v1/departments/{c}", parent)
                .then().statusCode(400).body("errors.field", hasItem("unitType"));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = validLine();
        body.put(field, value);
        return body;
    }

    private static void assertRejected(String department, Map<String, Object> body, int status, String field) {
        given().contentType(ContentType.JSON).body(body)
                .post("/api/v1/ledgers/{d}/2024/expenditure-lines", department)
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("errors.field", hasItem(field));
    }
}
