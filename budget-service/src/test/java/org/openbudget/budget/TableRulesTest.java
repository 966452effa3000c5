package org.openbudget.budget;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * How tables treat facts beyond what the reference documents show (ReferenceDatasetsTest reproduces those): rounding
 * once per fact, 机关运行经费 by unit type, projects that are not registered, budget and final side by side.
 */
@QuarkusTest
class TableRulesTest {

    @Test
    void partsAlwaysAddUpToTotalsBecauseEachFactIsRoundedOnce() {
        String department = Fixtures.newDepartment();
        List<Map<String, Object>> figures = new ArrayList<>();
        // three facts of 16,666.50 元 = 1.66665 万元 each: each prints 1.67, so the total prints 5.01 (exact: 5.00)
        for (String economic : List.of("30101", "30102", "30103")) {
            figures.add(Fixtures.figure("2101501", economic, "BASIC", null, "FINAL_ACCOUNT", new BigDecimal("16666.50")));
        }
        post(department, figures);
        assertEquals("5.01", table(department, "FA05").getString("total.cells.total"));
        JsonPath fa06 = table(department, "FA06");
        assertEquals("1.67", fa06.getString("rows.find { it.code == '30101' }.cells.amount"));
        assertEquals("5.01", fa06.getString("rows.find { it.code == '301' }.cells.amount"));
        assertEquals("5.01", fa06.getString("total.cells.amount"), "the same figure prints the same in 05表 and 06表");
    }

    @Test
    void agencyOperatingCostsAreThePublicCostsOfAnAdministrativeUnitOnly() {
        String department = Fixtures.newDepartment();
        post(department, List.of(
                Fixtures.figure("2101501", "30101", "BASIC", null, "FINAL_ACCOUNT", new BigDecimal("500000.00")),
                Fixtures.figure("2101501", "30201", "BASIC", null, "FINAL_ACCOUNT", new BigDecimal("12345.00")),
                Fixtures.figure("2101501", "31002", "BASIC", null, "FINAL_ACCOUNT", new BigDecimal("10000.00")),
                Fixtures.figure("2101501", "30299", "PROJECT", "P1", "FINAL_ACCOUNT", new BigDecimal("99999.00"))));
        // 公用经费 of 基本支出: 1.23 + 1.00; personnel and project spending are not 机关运行经费
        assertEquals("2.23", table(department, "FA09").getString("total.cells.'final.agencyOperating'"));
        given().contentType(ContentType.JSON).body(Map.of("name", "事业单位", "unitType", "PUBLIC_INSTITUTION"))
                .put("/api/v1/departments/{d}", department).then().statusCode(200);
        assertNull(table(department, "FA09").get("total.cells.'final.agencyOperating'"));
    }

    @Test
    void aProjectLineWithoutItsProjectIsAnErrorAndListedAsUnregistered() {
        String department = Fixtures.newDepartment();
        post(department, List.of(
                Fixtures.figure("2101506", "30227", "PROJECT", "P9", "INITIAL_BUDGET", new BigDecimal("100000.00")),
                Fixtures.figure("2101506", "30227", "PROJECT", "P9", "ADJUSTED_BUDGET", new BigDecimal("120000.00")),
                Fixtures.figure("2101506", "30227", "PROJECT", "P9", "FINAL_ACCOUNT", new BigDecimal("118000.00"))));
        given().get("/api/v1/ledgers/{d}/2024/validation", department).then().statusCode(200)
                .body("findings.ruleId", hasItem("PRJ-01"));
        JsonPath fa11 = table(department, "FA11");
        assertEquals("未登记项目", fa11.getString("rows.find { it.code == '4' }.name"));
        assertEquals(List.of("10.00", "12.00", "11.80"), List.of(fa11.getString("rows.find { it.code == 'P9' }.cells.initial"),
                fa11.getString("rows.find { it.code == 'P9' }.cells.fullYear"),
                fa11.getString("rows.find { it.code == 'P9' }.cells.final")));

        given().contentType(ContentType.JSON)
                .body(Map.of("value", Map.of("name", "经办服务", "category", "SPECIFIC_PURPOSE"), "reason", "项目登记"))
                .put("/api/v1/ledgers/{d}/2024/attributes/project/P9", department).then().statusCode(200);
        given().get("/api/v1/ledgers/{d}/2024/validation", department).then().statusCode(200)
                .body("findings.ruleId", not(hasItem("PRJ-01")));
        assertEquals("经办服务", table(department, "FA11").getString("rows.find { it.code == 'P9' }.name"));
        // 情况说明 五(三): 年初预算, 全年预算 (the adjusted one) and 决算 of the 项, side by side
        JsonPath fa10 = table(department, "FA10");
        assertEquals(List.of("10.00", "12.00", "11.80"), List.of(fa10.getString("rows.find { it.code == '2101506' }.cells.initial"),
                fa10.getString("rows.find { it.code == '2101506' }.cells.fullYear"),
                fa10.getString("rows.find { it.code == '2101506' }.cells.final")));
    }

    private static void post(String department, List<Map<String, Object>> figures) {
        given().contentType(ContentType.JSON).body(Map.of("reason", "录入", "figures", figures))
                .post("/api/v1/ledgers/{d}/2024/figures", department).then().statusCode(200);
    }

    private static JsonPath table(String department, String id) {
        return given().get("/api/v1/ledgers/{d}/2024/tables/{t}", department, id).then().statusCode(200)
                .extract().jsonPath();
    }
}
