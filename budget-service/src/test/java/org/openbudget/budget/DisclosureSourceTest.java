package org.openbudget.budget;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What publication-service reads: one revision's tables, attributes, findings and lines together — an older
 * revision as it was, never mixed with what came after.
 */
@QuarkusTest
class DisclosureSourceTest {

    @Test
    void aPastRevisionIsServedWhole() {
        String d = Fixtures.newDepartment();
        long line = Fixtures.newLine(d, 2024, "1000000.00");
        given().contentType(ContentType.JSON).body(Map.of("value", Map.of("text", "人员增加"), "reason", "说明"))
                .put("/api/v1/ledgers/{d}/2024/attributes/explanation/yoy:total", d).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("measure", "INITIAL_BUDGET", "amount", "1500000.00", "reason", "调整"))
                .patch("/api/v1/ledgers/{d}/2024/expenditure-lines/{id}", d, line).then().statusCode(200);

        JsonPath first = given().get("/api/v1/ledgers/{d}/2024/disclosure-source?revision=1", d).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, first.getInt("revision"));
        assertEquals("测试部门 " + d, first.getString("departmentName"));
        assertEquals("ADMINISTRATIVE", first.getString("unitType"));
        assertEquals("100.00", first.getString("tables.BA01.total.cells.total"), "revision 1 had 1,000,000 元");
        assertEquals("100.00", first.getString("tables.FA10.total.cells.initial"));
        assertNull(first.get("attributes['EXPLANATION/yoy:total']"), "the explanation came at revision 2");
        assertEquals("1000000.00", first.getString("lines[0].initialBudget"));
        assertEquals(1, first.getInt("validation.revision"));

        JsonPath current = given().get("/api/v1/ledgers/{d}/2024/disclosure-source", d).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(3, current.getInt("revision"));
        assertEquals("150.00", current.getString("tables.BA01.total.cells.total"));
        assertEquals("人员增加", current.getString("attributes['EXPLANATION/yoy:total'].text"));
        assertTrue(current.getList("statistics.key").contains("procurement.goods"));
        assertTrue(current.getMap("tables").keySet().containsAll(java.util.List.of("FA01", "FA09", "BA10", "FA10", "FA11")));
    }

    @Test
    void aYearHeldOnlyForQuotedFiguresSaysSoAndNamesThem() {
        String d = Fixtures.newDepartment();
        Fixtures.newLine(d, 2024, "80808200.00");
        given().contentType(ContentType.JSON).body(Map.of("source", "2025 年度决算 情况说明 一", "cells",
                        java.util.List.of(Map.of("row", "total", "column", "total", "value", "8080.82"))))
                .put("/api/v1/ledgers/{d}/2024/declared/FA01", d).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("value", Map.of("scope", "SOME"), "reason", "坏"))
                .put("/api/v1/ledgers/{d}/2024/attributes/coverage/ledger", d)
                .then().statusCode(422).body("errors.field", hasItem("value.scope"));
        given().contentType(ContentType.JSON).body(Map.of("value", Map.of("scope", "COMPLETE"), "reason", "坏"))
                .put("/api/v1/ledgers/{d}/2024/attributes/coverage/lines", d)
                .then().statusCode(422).body("errors.field", hasItem("key"));
        given().contentType(ContentType.JSON)
                .body(Map.of("value", Map.of("scope", "QUOTED_FIGURES", "note", "2025 年决算所引上年数"), "reason", "上年数"))
                .put("/api/v1/ledgers/{d}/2024/attributes/coverage/ledger", d).then().statusCode(200);

        JsonPath source = given().get("/api/v1/ledgers/{d}/2024/disclosure-source", d).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("QUOTED_FIGURES", source.getString("attributes['COVERAGE/ledger'].scope"));
        assertEquals(1, source.getList("declaredCells").size());
        assertEquals("FA01", source.getString("declaredCells[0].table"));
        assertEquals("total", source.getString("declaredCells[0].row"));
        assertEquals("total", source.getString("declaredCells[0].column"));
        assertEquals("2025 年度决算 情况说明 一", source.getString("declaredCells[0].source"));
    }

    @Test
    void badRequestsAreProblemsNamingTheField() {
        String d = Fixtures.newDepartment();
        Fixtures.newLine(d, 2024, "1.00");
        given().get("/api/v1/ledgers/{d}/2024/disclosure-source?revision=x1", d).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("revision"));
        given().get("/api/v1/ledgers/{d}/2024/disclosure-source?revision=9", d).then().statusCode(404)
                .contentType("application/problem+json").body("errors.field", hasItem("revision"));
        given().get("/api/v1/ledgers/{d}/2023/disclosure-source", d).then().statusCode(404)
                .contentType("application/problem+json").body("errors.field", hasItem("fiscalYear"));
    }
}
