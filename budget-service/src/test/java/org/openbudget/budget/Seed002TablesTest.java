package org.openbudget.budget;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Seed 002 (武汉市医疗保险中心 2024 年度部门决算): facts whose marginals are the published 公开05表 and 公开06表 are
 * loaded through the API; the derived 公开03/05/06/08/09表 must equal the published figures cell by cell.
 */
@QuarkusTest
class Seed002TablesTest {

    /** 公开05表, 项 rows, 基本支出 column (万元 as printed). */
    static final Map<String, String> BASIC_BY_FUNCTION = ordered(
            "2080501", "31.77", "2080505", "239.12", "2101101", "216.40", "2101103", "251.21", "2101501", "2,652.86",
            "2101599", "51.32", "2210201", "287.80", "2210202", "52.08", "2210203", "102.68");
    /** 公开06表, non-zero 款 (万元 as printed). */
    static final Map<String, String> BASIC_BY_ECONOMIC = ordered(
            "30101", "505.83", "30102", "548.85", "30103", "1,049.35", "30107", "51.32", "30108", "239.12",
            "30110", "216.40", "30111", "223.87", "30112", "9.24", "30113", "287.80", "30199", "229.85",
            "30201", "69.90", "30207", "24.00", "30211", "8.00", "30213", "10.00", "30216", "3.00", "30217", "1.01",
            "30227", "109.44", "30228", "52.00", "30229", "65.00", "30231", "0.80", "30239", "81.00", "30299", "44.69",
            "30302", "15.01", "30307", "27.34", "30309", "3.26", "30399", "9.16");

    @Test
    void theDerivedTablesEqualThePublishedOnesCellByCell() {
        String department = Fixtures.newDepartment();
        List<Map<String, Object>> figures = new ArrayList<>();
        for (PublishedMarginals.Fact fact : PublishedMarginals.allocate(BASIC_BY_FUNCTION, BASIC_BY_ECONOMIC)) {
            figures.add(Fixtures.figure(fact.functionCode(), fact.economicCode(), "BASIC", null, "FINAL_ACCOUNT", fact.yuan()));
            if (fact.economicCode().equals("30217") || fact.economicCode().equals("30231")) {
                // 公开09表 预算数 equals 决算数 for both "三公" items in this document
                figures.add(Fixtures.figure(fact.functionCode(), fact.economicCode(), "BASIC", null, "ADJUSTED_BUDGET", fact.yuan()));
            }
        }
        // 项目支出 5,225.87 = 医疗保险经办服务工作经费 4,575.87 + 医疗保险经办运行工作经费 650 (情况说明 五(三))
        figures.add(Fixtures.figure("2101506", "30227", "PROJECT", "SEED002P1", "FINAL_ACCOUNT", new BigDecimal("45758700.00")));
        figures.add(Fixtures.figure("2101506", "30227", "PROJECT", "SEED002P2", "FINAL_ACCOUNT", new BigDecimal("6500000.00")));
        // 全额拨款: every 项's spending was appropriated as 一般公共预算财政拨款收入 of the same 项
        Map<String, String> incomeByFunction = new LinkedHashMap<>(BASIC_BY_FUNCTION);
        incomeByFunction.put("2101506", "5,225.87");
        incomeByFunction.forEach((function, wan) -> figures.add(income(function, wan)));
        given().contentType(ContentType.JSON).body(Map.of("reason", "seed 002 决算", "figures", figures))
                .post("/api/v1/ledgers/{d}/2024/figures", department).then().statusCode(200);

        JsonPath fa05 = table(department, "FA05");
        assertRow(fa05, null, "9111.11", "3885.24", "5225.87");
        assertRow(fa05, "208", "270.89", "270.89", null);
        assertRow(fa05, "20805", "270.89", "270.89", null);
        assertRow(fa05, "2080501", "31.77", "31.77", null);
        assertRow(fa05, "2080505", "239.12", "239.12", null);
        assertRow(fa05, "210", "8397.66", "3171.79", "5225.87");
        assertRow(fa05, "21011", "467.61", "467.61", null);
        assertRow(fa05, "2101101", "216.40", "216.40", null);
        assertRow(fa05, "2101103", "251.21", "251.21", null);
        assertRow(fa05, "21015", "7930.05", "2704.18", "5225.87");
        assertRow(fa05, "2101501", "2652.86", "2652.86", null);
        assertRow(fa05, "2101506", "5225.87", null, "5225.87");
        assertRow(fa05, "2101599", "51.32", "51.32", null);
        assertRow(fa05, "221", "442.56", "442.56", null);
        assertRow(fa05, "22102", "442.56", "442.56", null);
        assertRow(fa05, "2210201", "287.80", "287.80", null);
        assertRow(fa05, "2210202", "52.08", "52.08", null);
        assertRow(fa05, "2210203", "102.68", "102.68", null);
        assertEquals(17, fa05.getList("rows").size(), "3 类 + 4 款 + 10 项, as printed");
        assertEquals("医疗保障经办事务", fa05.getString("rows.find { it.code == '2101506' }.name"));

        JsonPath fa03 = table(department, "FA03");
        assertEquals("9111.11", fa03.getString("total.cells.total"));
        assertEquals("3885.24", fa03.getString("total.cells.basic"));
        assertEquals("5225.87", fa03.getString("total.cells.project"));
        assertNull(fa03.get("total.cells.remittance"));

        JsonPath fa06 = table(department, "FA06");
        Map<String, String> expected = new HashMap<>(BASIC_BY_ECONOMIC);
        expected.putAll(Map.of("301", "3,361.63", "303", "54.77", "302", "468.84", "310", "0.00",
                "30106", "0.00", "30212", "0.00", "31013", "0.00"));
        expected.forEach((code, amount) -> assertEquals(amount.replace(",", ""),
                fa06.getString("rows.find { it.code == '" + code + "' }.cells.amount"), "公开06表 " + code));
        assertEquals("3416.40", fa06.getString("rows.find { it.name == '人员经费合计' }.cells.amount"));
        assertEquals("468.84", fa06.getString("rows.find { it.name == '公用经费合计' }.cells.amount"));

        JsonPath fa09 = table(department, "FA09");
        for (String measure : List.of("budget", "final")) {
            assertEquals("1.81", fa09.getString("total.cells.'" + measure + ".total'"));
            assertEquals("0.80", fa09.getString("total.cells.'" + measure + ".vehicles'"));
            assertEquals("0.80", fa09.getString("total.cells.'" + measure + ".vehicleOperation'"));
            assertEquals("1.01", fa09.getString("total.cells.'" + measure + ".reception'"));
            assertNull(fa09.get("total.cells.'" + measure + ".overseasTravel'"));
            assertNull(fa09.get("total.cells.'" + measure + ".vehiclePurchase'"));
        }

        JsonPath fa01 = table(department, "FA01");
        assertEquals("9111.11", fa01.getString("rows.find { it.code == 'GENERAL_PUBLIC_BUDGET' }.cells.total"));
        assertNull(fa01.get("rows.find { it.code == 'GOVERNMENT_FUND_BUDGET' }.cells.total"));
        assertEquals("9111.11", fa01.getString("rows.find { it.name == '本年收入合计' }.cells.total"));
        assertEquals("9111.11", fa01.getString("rows.find { it.level == 'INCOME_GRAND_TOTAL' }.cells.total"));
        assertEquals("270.89", fa01.getString("rows.find { it.code == '208' }.cells.total"));
        assertEquals("8397.66", fa01.getString("rows.find { it.code == '210' }.cells.total"));
        assertEquals("442.56", fa01.getString("rows.find { it.code == '221' }.cells.total"));
        assertNull(fa01.get("rows.find { it.code == '201' }.cells.total"), "一般公共服务支出 is listed, empty");
        assertEquals("9111.11", fa01.getString("rows.find { it.name == '本年支出合计' }.cells.total"));
        assertEquals("9111.11", fa01.getString("total.cells.total"));

        JsonPath fa04 = table(department, "FA04");
        assertEquals("9111.11", fa04.getString("rows.find { it.name == '本年收入合计' }.cells.total"));
        assertEquals("8397.66", fa04.getString("rows.find { it.code == '210' }.cells.GENERAL_PUBLIC_BUDGET"));
        assertNull(fa04.get("rows.find { it.code == '210' }.cells.GOVERNMENT_FUND_BUDGET"));
        assertEquals("9111.11", fa04.getString("total.cells.GENERAL_PUBLIC_BUDGET"));

        JsonPath fa02 = table(department, "FA02");
        assertEquals("9111.11", fa02.getString("total.cells.total"));
        assertEquals("9111.11", fa02.getString("total.cells.appropriation"));
        assertEquals("442.56", fa02.getString("rows.find { it.code == '221' }.cells.appropriation"));

        JsonPath fa07 = table(department, "FA07");
        assertEquals("本部门 2024 年度无政府性基金预算财政拨款收入支出。", fa07.getString("emptyNote"));

        given().get("/api/v1/ledgers/{d}/2024/validation", department).then().statusCode(200)
                .body("findings.ruleId", org.hamcrest.Matchers.hasItem("PRJ-01"));
        for (String[] project : new String[][] {{"SEED002P1", "医疗保险经办服务工作经费"}, {"SEED002P2", "医疗保险经办运行工作经费"}}) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("value", Map.of("name", project[1], "category", "SPECIFIC_PURPOSE"), "reason", "项目登记"))
                    .put("/api/v1/ledgers/{d}/2024/attributes/project/{p}", department, project[0])
                    .then().statusCode(200);
        }
        given().get("/api/v1/ledgers/{d}/2024/validation", department).then().statusCode(200)
                .body("errors", org.hamcrest.Matchers.equalTo(0));

        // 机关运行经费 = 公用经费 of 基本支出 of a 行政/参公 unit: 468.84 as 情况说明 十 quotes; none for a 事业单位
        assertEquals("468.84", fa09.getString("total.cells.'final.agencyOperating'"));
        given().contentType(ContentType.JSON).body(Map.of("name", "事业单位", "unitType", "PUBLIC_INSTITUTION"))
                .put("/api/v1/departments/{d}", department).then().statusCode(200);
        assertNull(table(department, "FA09").get("total.cells.'final.agencyOperating'"));

        JsonPath fa08 = table(department, "FA08");
        assertEquals(0, fa08.getList("rows").size());
        assertEquals("本部门 2024 年度无国有资本经营预算财政拨款支出。", fa08.getString("emptyNote"));
    }

    @Test
    void partsAlwaysAddUpToTotalsBecauseEachFactIsRoundedOnce() {
        String department = Fixtures.newDepartment();
        List<Map<String, Object>> figures = new ArrayList<>();
        // three facts of 16,666.50 元 = 1.66665 万元 each: each prints 1.67, so the total prints 5.01 (exact: 5.00)
        for (String economic : List.of("30101", "30102", "30103")) {
            figures.add(Fixtures.figure("2101501", economic, "BASIC", null, "FINAL_ACCOUNT", new BigDecimal("16666.50")));
        }
        given().contentType(ContentType.JSON).body(Map.of("reason", "rounding", "figures", figures))
                .post("/api/v1/ledgers/{d}/2024/figures", department).then().statusCode(200);
        JsonPath fa05 = table(department, "FA05");
        assertEquals("5.01", fa05.getString("total.cells.total"));
        JsonPath fa06 = table(department, "FA06");
        assertEquals("1.67", fa06.getString("rows.find { it.code == '30101' }.cells.amount"));
        assertEquals("5.01", fa06.getString("rows.find { it.code == '301' }.cells.amount"));
        assertEquals("5.01", fa06.getString("total.cells.amount"), "the same figure prints the same in 05表 and 06表");
    }

    private static Map<String, Object> income(String function, String wan) {
        return Map.of("flow", "INCOME", "functionCode", function, "fundingSource", "GENERAL_PUBLIC_BUDGET",
                "measure", "FINAL_ACCOUNT",
                "amount", new BigDecimal(wan.replace(",", "")).movePointRight(4).setScale(2).toPlainString());
    }

    private static JsonPath table(String department, String id) {
        return given().get("/api/v1/ledgers/{d}/2024/tables/{t}", department, id).then().statusCode(200)
                .extract().jsonPath();
    }

    private static void assertRow(JsonPath table, String code, String total, String basic, String project) {
        String row = code == null ? "total" : "rows.find { it.code == '" + code + "' }";
        assertEquals(total, table.getString(row + ".cells.total"), code + " 合计");
        assertEquals(basic, table.getString(row + ".cells.basic"), code + " 基本支出");
        assertEquals(project, table.getString(row + ".cells.project"), code + " 项目支出");
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
