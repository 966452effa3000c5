package org.openbudget.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 勾稽 rule catalogue runs against the ledger; findings name rule, location, expected and actual. */
@QuarkusTest
class ValidationTest {

    @Test
    void anUnbalancedLedgerIsReportedWithExpectedAndActual() {
        String department = Fixtures.newDepartment();
        given().contentType(ContentType.JSON).body(Map.of("reason", "录入", "figures", List.of(
                        Map.of("flow", "INCOME", "functionCode", "2101501", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                                "measure", "FINAL_ACCOUNT", "amount", "1000000.00"),
                        Map.of("functionCode", "2101501", "economicCode", "30101", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                                "expenditureType", "BASIC", "measure", "FINAL_ACCOUNT", "amount", "900000.00"))))
                .post("/api/v1/ledgers/{d}/2024/figures", department).then().statusCode(200);

        given().get("/api/v1/ledgers/{d}/2024/validation", department).then().statusCode(200)
                .body("revision", equalTo(1))
                .body("findings.ruleId", hasItems("BAL-01", "BAL-02"))
                .body("findings.find { it.ruleId == 'BAL-01' }.expected", equalTo("90.00"))
                .body("findings.find { it.ruleId == 'BAL-01' }.actual", equalTo("100.00"))
                .body("findings.find { it.ruleId == 'BAL-01' }.severity", equalTo("ERROR"));

        // the 10 万元 left over is carried forward: balanced
        given().contentType(ContentType.JSON).body(Map.of("reason", "年末结转", "figures", List.of(
                        Map.of("flow", "CLOSING_BALANCE", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                                "measure", "FINAL_ACCOUNT", "amount", "100000.00"))))
                .post("/api/v1/ledgers/{d}/2024/figures", department).then().statusCode(200);
        given().get("/api/v1/ledgers/{d}/2024/validation", department).then().statusCode(200)
                .body("errors", equalTo(0))
                .body("findings.ruleId", not(hasItem("BAL-01")));
    }

    @Test
    void aVarianceWithoutItsExplanationIsAWarningUntilExplained() {
        String department = Fixtures.newDepartment();
        given().contentType(ContentType.JSON).body(Map.of("reason", "录入", "figures", List.of(
                        Map.of("functionCode", "2210201", "economicCode", "30113", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                                "expenditureType", "BASIC", "measure", "INITIAL_BUDGET", "amount", "3122400.00"),
                        Map.of("functionCode", "2210201", "economicCode", "30113", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                                "expenditureType", "BASIC", "measure", "FINAL_ACCOUNT", "amount", "2878000.00"))))
                .post("/api/v1/ledgers/{d}/2024/figures", department).then().statusCode(200);
        given().get("/api/v1/ledgers/{d}/2024/validation", department).then()
                .body("findings.find { it.ruleId == 'EXP-01' }.location", equalTo("支出功能分类 2210201"))
                .body("findings.find { it.ruleId == 'EXP-01' }.severity", equalTo("WARNING"));
        given().contentType(ContentType.JSON)
                .body(Map.of("value", Map.of("text", "住房公积金按实际发生数列支"), "reason", "说明"))
                .put("/api/v1/ledgers/{d}/2024/attributes/explanation/variance:FINAL_ACCOUNT:2210201", department)
                .then().statusCode(200);
        given().get("/api/v1/ledgers/{d}/2024/validation", department).then()
                .body("findings.ruleId", not(hasItem("EXP-01")));
    }

    @Test
    void eachPlaceOfADocumentDeclaresItsOwnFiguresInItsOwnUnit() {
        String department = Fixtures.newDepartment();
        Fixtures.newLine(department, 2024, "1234567.89");
        // 表3 prints the figure as derived, 情况说明 a cent off; a 元 table prints it exactly
        declare(department, "BA05", "表5", null, "2101501", "123.46");
        declare(department, "BA05", "情况说明 三", null, "2101501", "123.45");
        declare(department, "BA05", "表5（元）", "YUAN", "2101501", "1234567.89");
        given().get("/api/v1/ledgers/{d}/2024/validation", department).then().statusCode(200)
                .body("findings.findAll { it.ruleId == 'DECL-01' }.location",
                        equalTo(List.of("BA05:row[code=2101501]:total (情况说明 三)")))
                .body("findings.find { it.ruleId == 'DECL-01' }.expected", equalTo("123.46"))
                .body("findings.find { it.ruleId == 'DECL-01' }.actual", equalTo("123.45"));

        // a source replaces only what it declared before: the sentence corrected, 表5 untouched; a cent off in 元 too
        declare(department, "BA05", "情况说明 三", null, "2101501", "123.46");
        declare(department, "BA05", "表5（元）", "YUAN", "2101501", "1234567.88");
        given().get("/api/v1/ledgers/{d}/2024/validation", department).then().statusCode(200)
                .body("findings.findAll { it.ruleId == 'DECL-01' }.location",
                        equalTo(List.of("BA05:row[code=2101501]:total (表5（元）)")))
                .body("findings.find { it.ruleId == 'DECL-01' }.expected", equalTo("1234567.89"));
    }

    private static void declare(String department, String table, String source, String unit, String row, String value) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("source", source,
                "cells", List.of(Map.of("row", row, "column", "total", "value", value))));
        if (unit != null) {
            body.put("unit", unit);
        }
        given().contentType(ContentType.JSON).body(body)
                .put("/api/v1/ledgers/{d}/2024/declared/{t}", department, table).then().statusCode(200);
    }

    @Test
    void everyRuleIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "validation-rules.md"));
        JsonNode rules = new ObjectMapper().readTree(
                given().get("/api/v1/validation-rules").then().statusCode(200).extract().asString());
        assertTrue(rules.size() >= 10);
        for (JsonNode rule : rules) {
            assertTrue(doc.contains("| " + rule.get("id").asText() + " |"), rule.get("id") + " missing from docs");
        }
    }
}
