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
    void aWriteAgainstAStaleRevisionIsRefusedAndChangesNothing() {
        String department = Fixtures.newDepartment();
        long line = Fixtures.newLine(department, 2024, "100.00");
        String etag = given().get("/api/v1/ledgers/{d}/2024", department).then().statusCode(200)
                .extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertEquals("\"r1\"", etag);

        // editor A saves first, with the ETag she read
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("measure", "INITIAL_BUDGET", "amount", "200.00", "reason", "A"))
                .patch("/api/v1/ledgers/{d}/2024/expenditure-lines/{id}", department, line)
                .then().statusCode(200).header("ETag", "\"r2\"");
        // editor B read the same revision: refused, and A's value stands
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("measure", "INITIAL_BUDGET", "amount", "300.00", "reason", "B"))
                .patch("/api/v1/ledgers/{d}/2024/expenditure-lines/{id}", department, line)
                .then().statusCode(412).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("If-Match"));
        given().contentType(ContentType.JSON).header("If-Match", "yesterday")
                .body(Map.of("measure", "INITIAL_BUDGET", "amount", "300.00", "reason", "B"))
                .patch("/api/v1/ledgers/{d}/2024/expenditure-lines/{id}", department, line)
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("If-Match"));
        given().get("/api/v1/ledgers/{d}/2024", department).then()
                .body("revision", equalTo(2)).body("lines[0].initialBudget", equalTo(200.0f));
    }

    @Test
    void aPastRevisionReadsExactlyAsItWasThen() {
        String department = Fixtures.newDepartment();
        long line = Fixtures.newLine(department, 2024, "100000.00");
        for (String amount : new String[] {"200000.00", "350000.00"}) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("measure", "FINAL_ACCOUNT", "amount", amount, "reason", "调整"))
                    .patch("/api/v1/ledgers/{d}/2024/expenditure-lines/{id}", department, line).then().statusCode(200);
        }
        given().contentType(ContentType.JSON).body(Map.of("reason", "新增", "figures", java.util.List.of(
                        Map.of("functionCode", "2101501", "economicCode", "30201", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                                "expenditureType", "BASIC", "measure", "FINAL_ACCOUNT", "amount", "50000.00"))))
                .post("/api/v1/ledgers/{d}/2024/figures", department).then().statusCode(200).body("revision", equalTo(4));

        given().get("/api/v1/ledgers/{d}/2024?revision=2", department).then().statusCode(200)
                .header("ETag", "\"r2\"").body("revision", equalTo(2))
                .body("lines.size()", equalTo(1)).body("lines[0].finalAccount", equalTo(200000.0f))
                .body("lines[0].initialBudget", equalTo(100000.0f));
        given().get("/api/v1/ledgers/{d}/2024?revision=0", department).then().statusCode(200)
                .body("lines.size()", equalTo(0));
        given().get("/api/v1/ledgers/{d}/2024?revision=4", department).then()
                .body("lines.size()", equalTo(2));
        given().get("/api/v1/ledgers/{d}/2024/tables/FA05?revision=3", department).then().statusCode(200)
                .body("revision", equalTo(3)).body("total.cells.total", equalTo("35.00"));
        given().get("/api/v1/ledgers/{d}/2024/tables/FA05", department).then()
                .body("revision", equalTo(4)).body("total.cells.total", equalTo("40.00"));
        given().get("/api/v1/ledgers/{d}/2024?revision=5", department).then().statusCode(404)
                .body("errors.field", org.hamcrest.Matchers.hasItem("revision"));
        given().get("/api/v1/ledgers/{d}/2024?revision=last", department).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("revision"));
    }

    @Test
    void aBatchIsOneRevisionAndAllOrNothing() {
        String department = Fixtures.newDepartment();
        Map<String, Object> wages = Map.of("functionCode", "2101501", "economicCode", "30101",
                "fundingSource", "GENERAL_PUBLIC_BUDGET", "expenditureType", "BASIC",
                "measure", "FINAL_ACCOUNT", "amount", "5058300.00");
        Map<String, Object> office = Map.of("functionCode", "2101501", "economicCode", "30201",
                "fundingSource", "GENERAL_PUBLIC_BUDGET", "expenditureType", "BASIC",
                "measure", "FINAL_ACCOUNT", "amount", "699000.00");
        Map<String, Object> project = Map.of("functionCode", "2101506", "economicCode", "30227",
                "fundingSource", "GENERAL_PUBLIC_BUDGET", "expenditureType", "PROJECT",
                "measure", "FINAL_ACCOUNT", "amount", "1.00");

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "决算录入", "figures", java.util.List.of(wages, office, project)))
                .post("/api/v1/ledgers/{d}/2024/figures", department)
                .then().statusCode(422).body("errors.field", org.hamcrest.Matchers.hasItem("figures[2].projectCode"));
        given().get("/api/v1/ledgers/{d}/2024", department).then().statusCode(404); // not even the ledger was created

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "决算录入", "figures", java.util.List.of(wages, office)))
                .post("/api/v1/ledgers/{d}/2024/figures", department)
                .then().statusCode(200).body("revision", equalTo(1)).body("figuresChanged", equalTo(2));
        // the same batch again changes nothing
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "重复导入", "figures", java.util.List.of(wages, office)))
                .post("/api/v1/ledgers/{d}/2024/figures", department)
                .then().statusCode(200).body("revision", equalTo(1)).body("changed", equalTo(false));
        given().get("/api/v1/ledgers/{d}/2024/history", department).then().body("size()", equalTo(2))
                .body("revision", org.hamcrest.Matchers.everyItem(equalTo(1)));

        // amend an existing line and add a new one in the same batch (audit rows must follow their new line)
        Map<String, Object> wagesAmended = new java.util.HashMap<>(wages);
        wagesAmended.put("amount", "5058400.00");
        Map<String, Object> printing = new java.util.HashMap<>(office);
        printing.put("economicCode", "30202");
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "补录", "figures", java.util.List.of(wagesAmended, printing)))
                .post("/api/v1/ledgers/{d}/2024/figures", department)
                .then().statusCode(200).body("revision", equalTo(2)).body("figuresChanged", equalTo(2));
    }

    @Test
    void amendmentsAreRecordedAndAnUnchangedAmountIsNotAnAmendment() {
        String department = Fixtures.newDepartment();
        long line = Fixtures.newLine(department, 2024, "312240.00");

        given().contentType(ContentType.JSON)
                .header("Authorization", Tokens.bearer("zhang.san", java.util.List.of("editor"), department))
                .body(Map.of("measure", "FINAL_ACCOUNT", "amount", "287800", "reason", "决算录入"))
                .patch("/api/v1/ledgers/{d}/2024/expenditure-lines/{id}", department, line)
                .then().statusCode(200).body("revision", equalTo(2)).body("changed", equalTo(true))
                .body("line.finalAccount", equalTo(287800.0f));

        given().contentType(ContentType.JSON)
                .body(Map.of("measure", "FINAL_ACCOUNT", "amount", "287800.00", "reason", "重复提交"))
                .patch("/api/v1/ledgers/{d}/2024/expenditure-lines/{id}", department, line)
                .then().statusCode(200).body("revision", equalTo(2)).body("changed", equalTo(false))
                .body("eventId", nullValue());

        given().get("/api/v1/ledgers/{d}/2024/history", department).then().statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].measure", equalTo("INITIAL_BUDGET"))
                .body("[0].oldAmount", nullValue())
                .body("[0].actor", equalTo("test-admin"))
                .body("[1].revision", equalTo(2))
                .body("[1].oldAmount", nullValue())
                .body("[1].newAmount", equalTo(287800.0f))
                .body("[1].actor", equalTo("zhang.san"))
                .body("[1].reason", equalTo("决算录入"));
    }
}
