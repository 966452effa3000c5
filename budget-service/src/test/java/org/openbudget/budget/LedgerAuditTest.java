package org.openbudget.budget;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Every amount ever set is in the audit trail with its actor, reason and revision. */
@QuarkusTest
class LedgerAuditTest {

    @Test
    void amendmentsAreRecordedAndAnUnchangedAmountIsNotAnAmendment() {
        String department = Fixtures.newDepartment();
        long line = Fixtures.newLine(department, 2024, "312240.00");

        given().contentType(ContentType.JSON).header("X-Actor", "zhang.san")
                .body(Map.of("measure", "FINAL_ACCOUNT", "amount", "287800", "reason", "决算录入"))
                .patch("/api/v1/ledgers/{d}/2024/expenditure-lines/{id}", department, line)
                .then().statusCode(200).body("revision", equalTo(2)).body("changed", equalTo(true))
                .body("line.finalAccount", equalTo(287800.0f));

        given().contentType(ContentType.JSON)
                .body(Map.of("measure", "FINAL_ACCOUNT", "amount", "287800.00", "reason", "重复提交"))
                .patch("/api/v1/ledgers/{d}/2024/expenditure-lines/{id}", department, line)
                .then().statusCode(200).body("revision", equalTo(2)).body("changed", equalTo(false))
                .body("eventId", nullValue());

        given().get("/api/v1/ledgers/{d}/2024/amendments", department).then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].measure", equalTo("INITIAL_BUDGET"))
                .body("[0].oldAmount", nullValue())
                .body("[0].actor", equalTo("anonymous"))
                .body("[1].revision", equalTo(2))
                .body("[1].oldAmount", nullValue())
                .body("[1].newAmount", equalTo(287800.0f))
                .body("[1].actor", equalTo("zhang.san"))
                .body("[1].reason", equalTo("决算录入"));
    }
}
