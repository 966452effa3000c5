package org.openbudget.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Another region, another year, another unit: 上海市普陀区司法局 2026 年部门预算, whose tables print 元 (figures in
 * src/test/resources/reference/putuo_sifaju_2026_budget.expected.json). The 2026 catalogs are started from 2024's
 * as an administrator would; the facts are rebuilt from the printed marginals and every table cell is compared in 元.
 */
@QuarkusTest
class PutuoBudgetTest {

    @Test
    void aShanghaiBudgetIn元IsReproducedCellByCell() throws Exception {
        JsonNode doc;
        try (InputStream in = getClass().getResourceAsStream("/reference/putuo_sifaju_2026_budget.expected.json")) {
            doc = new ObjectMapper().readTree(in);
        }
        JsonNode tables = doc.get("tables");
        Fixtures.catalogsFor(2026);

        Map<String, String> basicByFunction = new LinkedHashMap<>();
        Map<String, String> projectByFunction = new LinkedHashMap<>();
        for (JsonNode row : tables.get("05_general_budget_expenditure_by_function").get("rows")) {
            if (row.get("code").asText().length() == 7) {
                putIfNonZero(basicByFunction, row, "基本支出");
                putIfNonZero(projectByFunction, row, "项目支出");
            }
        }
        Map<String, String> basicByEconomic = new LinkedHashMap<>();
        for (JsonNode row : tables.get("08_basic_expenditure_economic").get("rows")) {
            if (row.get("code").asText().length() == 5) {
                putIfNonZero(basicByEconomic, row, "合计");
            }
        }
        String department = Fixtures.newDepartment();
        List<Map<String, Object>> figures = new ArrayList<>();
        // amounts are 元 here: PublishedMarginals reads 万元, so scale down by 10^4 on the way in
        for (PublishedMarginals.Fact fact : PublishedMarginals.allocate(wan(basicByFunction), wan(basicByEconomic))) {
            figures.add(Fixtures.figure(fact.functionCode(), fact.economicCode(), "BASIC", null, "INITIAL_BUDGET", fact.yuan()));
        }
        int project = 0;
        for (Map.Entry<String, String> item : projectByFunction.entrySet()) {
            figures.add(Fixtures.figure(item.getKey(), "30227", "PROJECT", "SFJ2026P" + (++project), "INITIAL_BUDGET",
                    new BigDecimal(item.getValue())));
        }
        for (JsonNode row : tables.get("02_income_budget").get("rows")) {
            if (row.get("code").asText().length() == 7) {
                figures.add(Map.of("flow", "INCOME", "functionCode", row.get("code").asText(),
                        "fundingSource", "GENERAL_PUBLIC_BUDGET", "measure", "INITIAL_BUDGET",
                        "amount", row.get("财政拨款收入").asText()));
            }
        }
        given().contentType(ContentType.JSON).body(Map.of("reason", "普陀区司法局 2026 预算", "figures", figures))
                .post("/api/v1/ledgers/{d}/2026/figures", department).then().statusCode(200);

        JsonPath ba03 = table(department, "BA03");
        for (JsonNode row : tables.get("03_expenditure_budget").get("rows")) {
            String path = row.get("code").asText().isEmpty() ? "total" : "rows.find { it.code == '" + row.get("code").asText() + "' }";
            assertEquals(printed(row, "合计"), ba03.getString(path + ".cells.total"), "支出预算总表 " + row);
            assertEquals(printed(row, "基本支出"), ba03.getString(path + ".cells.basic"), "支出预算总表 " + row);
            assertEquals(printed(row, "项目支出"), ba03.getString(path + ".cells.project"), "支出预算总表 " + row);
        }
        JsonPath ba05 = table(department, "BA05");
        for (JsonNode row : tables.get("05_general_budget_expenditure_by_function").get("rows")) {
            String path = row.get("code").asText().isEmpty() ? "total" : "rows.find { it.code == '" + row.get("code").asText() + "' }";
            assertEquals(printed(row, "合计"), ba05.getString(path + ".cells.total"), "一般公共预算支出功能分类预算表 " + row);
            assertEquals(printed(row, "基本支出"), ba05.getString(path + ".cells.basic"), "一般公共预算支出功能分类预算表 " + row);
        }
        JsonPath ba06 = table(department, "BA06");
        for (JsonNode row : tables.get("08_basic_expenditure_economic").get("rows")) {
            String path = row.get("code").asText().isEmpty() ? "total" : "rows.find { it.code == '" + row.get("code").asText() + "' }";
            assertEquals(printed(row, "合计"), ba06.getString(path + ".cells.amount"), "经济分类预算表 " + row);
            assertEquals(printed(row, "人员经费"), ba06.getString(path + ".cells.personnel"), "经济分类预算表 " + row);
            assertEquals(printed(row, "公用经费"), ba06.getString(path + ".cells.operating"), "经济分类预算表 " + row);
        }
        JsonNode summary = tables.get("01_financial_revenue_expenditure_summary");
        JsonPath ba01 = table(department, "BA01");
        assertEquals(summary.get("收入总计").asText(), ba01.getString("rows.find { it.level == 'INCOME_GRAND_TOTAL' }.cells.total"));
        assertEquals(summary.get("支出总计").asText(), ba01.getString("total.cells.total"));
        for (JsonNode row : summary.get("expenditure")) {
            assertEquals(row.get("amount").asText(), ba01.getString("rows.find { it.code == '" + row.get("code").asText() + "' }.cells.total"));
        }

        // the "三公" table prints 万元: 公务接待费 0.83 + 公务用车运行费 9.98 = 合计 10.81. Rounding the exact 元 total
        // would give 10.80; rounding each fact once and adding (docs/rounding.md) gives what the document printed.
        JsonNode threePublic = tables.get("09_three_public_and_office_running").get("values");
        JsonPath ba07Yuan = table(department, "BA07");
        assertEquals("10.80", wan(ba07Yuan.getString("total.cells.'budget.total'")));
        JsonPath ba07 = given().get("/api/v1/ledgers/{d}/2026/tables/BA07", department).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("万元", ba07.getString("unit"));
        assertEquals(threePublic.get("公务接待费").asText(), ba07.getString("total.cells.'budget.reception'"));
        assertEquals(threePublic.get("运行费").asText(), ba07.getString("total.cells.'budget.vehicleOperation'"));
        assertEquals(threePublic.get("三公合计").asText(), ba07.getString("total.cells.'budget.total'"));
        // 机关运行经费 (公用经费 of 基本支出, 行政单位): 2,178,324.44 元, printed 217.83 万元. In 万元 the rebuilt facts (the
        // allocation splits 302/310 over several 项) would add their own roundings, so compare the exact sum.
        assertEquals("2178324.44", ba07Yuan.getString("total.cells.'budget.agencyOperating'"));
        assertEquals(threePublic.get("机关运行经费预算数").asText(), wan(ba07Yuan.getString("total.cells.'budget.agencyOperating'")));
    }

    private static Map<String, String> wan(Map<String, String> yuan) {
        Map<String, String> out = new LinkedHashMap<>();
        yuan.forEach((code, amount) -> out.put(code, new BigDecimal(amount).movePointLeft(4).toPlainString()));
        return out;
    }

    private static String wan(String yuan) {
        return new BigDecimal(yuan).movePointLeft(4).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static void putIfNonZero(Map<String, String> map, JsonNode row, String column) {
        if (row.hasNonNull(column) && new BigDecimal(row.get(column).asText()).signum() != 0) {
            map.put(row.get("code").asText(), row.get(column).asText());
        }
    }

    /** The document prints 0.00 where no figure exists; the derived table leaves such a cell empty. */
    private static String printed(JsonNode row, String column) {
        if (!row.hasNonNull(column) || new BigDecimal(row.get(column).asText()).signum() == 0) {
            return null;
        }
        return row.get(column).asText();
    }

    private static JsonPath table(String department, String id) {
        return given().get("/api/v1/ledgers/{d}/2026/tables/{t}?unit=YUAN", department, id).then().statusCode(200)
                .extract().jsonPath();
    }
}
