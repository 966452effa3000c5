package org.openbudget.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A document from another region: 上海市普陀区财政局 2024 年度部门决算 (figures transcribed in
 * src/test/resources/reference/putuo_caizhengju_2024_final.expected.json). Its facts are rebuilt from the printed
 * marginals, its nine tables derived, and its self-contradictions reported by DECL-01: 社会保障和就业支出 326.71 in 表1
 * against 326.72 everywhere else, a 基本支出 合计 of 2,336.91 whose 项 rows add up to 2,336.92, and 表6 款 rows that
 * add up to 2,336.94 (301: 2,082.86 printed as 2,082.85; 302: 171.09 printed as 171.07).
 */
@QuarkusTest
class PutuoFinalAccountsTest {

    @Test
    void theDocumentIsReproducedAndItsContradictionsAreFindings() throws Exception {
        JsonNode doc;
        try (InputStream in = getClass().getResourceAsStream("/reference/putuo_caizhengju_2024_final.expected.json")) {
            doc = new ObjectMapper().readTree(in);
        }
        JsonNode tables = doc.get("tables");
        Map<String, String> basicByFunction = new LinkedHashMap<>();
        Map<String, String> projectByFunction = new LinkedHashMap<>();
        for (JsonNode row : tables.get("05_general_budget_expenditure").get("rows")) {
            if (row.get("code").asText().length() == 7) {
                putIfPresent(basicByFunction, row, "基本支出");
                putIfPresent(projectByFunction, row, "项目支出");
            }
        }
        Map<String, String> basicByEconomic = new LinkedHashMap<>();
        for (String side : List.of("left_rows", "right_rows")) {
            for (JsonNode row : tables.get("06_basic_expenditure_detail").get(side)) {
                if (row.get("code").asText().length() == 5 && !row.get("amount").isNull()) {
                    basicByEconomic.put(row.get("code").asText(), row.get("amount").asText());
                }
            }
        }
        // Each printed figure was rounded on its own, so the document's 项 rows (2,336.92) and 款 rows (2,336.94)
        // disagree. Facts satisfy one set only: keep the 项 rows, take the 2 cents off 其他商品和服务支出.
        BigDecimal gap = sum(basicByFunction).subtract(sum(basicByEconomic));
        assertEquals(new BigDecimal("-0.02"), gap);
        basicByEconomic.put("30299", new BigDecimal(basicByEconomic.get("30299")).add(gap).toPlainString());

        String department = Fixtures.newDepartment();
        List<Map<String, Object>> figures = new ArrayList<>();
        for (PublishedMarginals.Fact fact : PublishedMarginals.allocate(basicByFunction, basicByEconomic)) {
            figures.add(Fixtures.figure(fact.functionCode(), fact.economicCode(), "BASIC", null, "FINAL_ACCOUNT", fact.yuan()));
        }
        int project = 0;
        for (Map.Entry<String, String> item : projectByFunction.entrySet()) {
            figures.add(Fixtures.figure(item.getKey(), "30227", "PROJECT", "PUTUOCZ" + (++project), "FINAL_ACCOUNT", yuan(item.getValue())));
        }
        // 公开07表 prints a 预算数 of 0.95 for 公务接待费 and no 决算数
        figures.add(Fixtures.figure("2010601", "30217", "BASIC", null, "ADJUSTED_BUDGET", yuan("0.95")));
        for (JsonNode row : tables.get("02_income").get("rows")) {
            if (row.get("code").asText().length() == 7) {
                income(figures, row, "财政拨款收入", "GENERAL_PUBLIC_BUDGET");
                income(figures, row, "其他收入", "OTHER_REVENUE");
            }
        }
        // 表4: 一般公共预算 年初/年末 21.63; 表1: all sources 49.14 / 55.34, so 其他 27.51 / 33.71
        figures.add(balance("OPENING_BALANCE", "GENERAL_PUBLIC_BUDGET", "21.63"));
        figures.add(balance("CLOSING_BALANCE", "GENERAL_PUBLIC_BUDGET", "21.63"));
        figures.add(balance("OPENING_BALANCE", "OTHER_REVENUE", "27.51"));
        figures.add(balance("CLOSING_BALANCE", "OTHER_REVENUE", "33.71"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "普陀区财政局 2024 决算", "figures", figures))
                .post("/api/v1/ledgers/{d}/2024/figures", department).then().statusCode(200);
        for (int p = 1; p <= project; p++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("value", Map.of("name", "项目" + p, "category", "SPECIFIC_PURPOSE"), "reason", "登记"))
                    .put("/api/v1/ledgers/{d}/2024/attributes/project/PUTUOCZ{p}", department, p).then().statusCode(200);
        }

        // The document's 项 rows add up to 0.01 more than its printed totals (2,940.06 against 2,940.05, because
        // 社会保障和就业支出's items add to 326.72 where its total prints 326.71): totals from facts are the sums.
        JsonNode t01 = tables.get("01_income_expenditure_summary");
        JsonPath fa01 = table(department, "FA01");
        assertEquals("2946.26", fa01.getString("rows.find { it.name == '本年收入合计' }.cells.total"), "printed 2946.25");
        assertEquals(t01.get("年初结转和结余").asText(), fa01.getString("rows.find { it.name == '年初结转和结余' }.cells.total"));
        assertEquals("2995.40", fa01.getString("rows.find { it.level == 'INCOME_GRAND_TOTAL' }.cells.total"), "printed 2995.39");
        assertEquals("2940.06", fa01.getString("rows.find { it.name == '本年支出合计' }.cells.total"), "printed 2940.05");
        assertEquals(t01.get("年末结转和结余").asText(), fa01.getString("rows.find { it.name == '年末结转和结余' }.cells.total"));
        assertEquals("2995.40", fa01.getString("total.cells.total"), "printed 2995.39; balanced with the income side");
        assertEquals("6.20", fa01.getString("rows.find { it.code == 'OTHER_REVENUE' }.cells.total"));
        assertEquals("326.72", fa01.getString("rows.find { it.code == '208' }.cells.total"), "the 项 rows' sum; 表1 prints 326.71");

        JsonPath fa02 = table(department, "FA02");
        for (JsonNode row : tables.get("02_income").get("rows")) {
            if (row.get("code").asText().isEmpty()) {
                assertEquals("2946.26", fa02.getString("total.cells.total"), "printed 2946.25");
                continue;
            }
            String path = "rows.find { it.code == '" + row.get("code").asText() + "' }";
            assertEquals(row.get("本年收入合计").asText(), fa02.getString(path + ".cells.total"), "表2 " + row);
            assertEquals(text(row, "其他收入"), fa02.getString(path + ".cells.other"), "表2 " + row);
        }

        JsonPath fa05 = table(department, "FA05");
        for (JsonNode row : tables.get("05_general_budget_expenditure").get("rows")) {
            if (row.get("code").asText().isEmpty()) {
                assertEquals("2336.92", fa05.getString("total.cells.basic"), "printed 2336.91: its rows add to 2336.92");
                assertEquals(row.get("项目支出").asText(), fa05.getString("total.cells.project"));
                continue;
            }
            String path = "rows.find { it.code == '" + row.get("code").asText() + "' }";
            assertEquals(row.get("合计").asText(), fa05.getString(path + ".cells.total"), "表5 " + row);
            assertEquals(text(row, "基本支出"), fa05.getString(path + ".cells.basic"), "表5 " + row);
            assertEquals(text(row, "项目支出"), fa05.getString(path + ".cells.project"), "表5 " + row);
        }

        JsonPath fa04 = table(department, "FA04");
        JsonNode t04 = tables.get("04_fiscal_appropriation_summary");
        assertEquals("2961.69", fa04.getString("rows.find { it.level == 'INCOME_GRAND_TOTAL' }.cells.total"),
                "printed " + t04.get("总计_收入").asText());
        assertEquals("21.63", fa04.getString("rows.find { it.name == '年末财政拨款结转和结余' }.cells.GENERAL_PUBLIC_BUDGET"));

        JsonPath fa06 = table(department, "FA06");
        assertEquals("2152.27", fa06.getString("rows.find { it.name == '人员经费合计' }.cells.amount"), "printed 2152.26");
        assertEquals(tables.get("06_basic_expenditure_detail").get("公用经费合计").asText(),
                fa06.getString("rows.find { it.name == '公用经费合计' }.cells.amount"));
        assertEquals("171.07", fa06.getString("rows.find { it.code == '302' }.cells.amount"));

        JsonPath fa09 = table(department, "FA09");
        assertEquals("0.95", fa09.getString("total.cells.'budget.reception'"));
        assertEquals("0.95", fa09.getString("total.cells.'budget.total'"));
        assertNull(fa09.get("total.cells.'final.total'"));
        assertEquals("本部门 2024 年度无政府性基金预算财政拨款收入支出。", table(department, "FA07").getString("emptyNote"));

        declare(department, "FA01", "表1", Map.of("row", "208", "column", "total", "value", "326.71"),
                Map.of("row", "total", "column", "total", "value", t01.get("总计_支出").asText()));
        declare(department, "FA05", "表5", Map.of("row", "total", "column", "basic", "value", "2336.91"),
                Map.of("row", "208", "column", "total", "value", "326.72"));
        declare(department, "FA06", "表6", Map.of("row", "301", "column", "amount", "value", "2082.85"),
                Map.of("row", "30299", "column", "amount", "value", "11.53"),
                Map.of("row", "name=人员经费合计", "column", "amount", "value", "2152.26"),
                Map.of("row", "name=公用经费合计", "column", "amount", "value", "184.65"));
        JsonPath report = given().get("/api/v1/ledgers/{d}/2024/validation", department).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(0, report.getList("findings.findAll { it.ruleId != 'DECL-01' && it.severity == 'ERROR' }").size(),
                report.prettify());
        assertEquals(List.of("FA01:row[code=208]:total (表1)", "FA01:total:total (表1)", "FA05:total:basic (表5)", "FA06:row[code=301]:amount (表6)",
                        "FA06:row[code=30299]:amount (表6)", "FA06:row[name=人员经费合计]:amount (表6)"),
                report.getList("findings.findAll { it.ruleId == 'DECL-01' }.location"));
    }

    @SafeVarargs
    private static void declare(String department, String table, String source, Map<String, String>... cells) {
        given().contentType(ContentType.JSON).body(Map.of("source", source, "cells", List.of(cells)))
                .put("/api/v1/ledgers/{d}/2024/declared/{t}", department, table).then().statusCode(200);
    }

    private static void putIfPresent(Map<String, String> map, JsonNode row, String column) {
        if (row.hasNonNull(column)) {
            map.put(row.get("code").asText(), row.get(column).asText());
        }
    }

    private static String text(JsonNode row, String column) {
        return row.hasNonNull(column) ? row.get(column).asText() : null;
    }

    private static BigDecimal sum(Map<String, String> amounts) {
        return amounts.values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal yuan(String wan) {
        return new BigDecimal(wan).movePointRight(4);
    }

    private static void income(List<Map<String, Object>> figures, JsonNode row, String column, String source) {
        if (row.hasNonNull(column)) {
            figures.add(Map.of("flow", "INCOME", "functionCode", row.get("code").asText(), "fundingSource", source,
                    "measure", "FINAL_ACCOUNT", "amount", yuan(row.get(column).asText()).setScale(2).toPlainString()));
        }
    }

    private static Map<String, Object> balance(String flow, String source, String wan) {
        return Map.of("flow", flow, "fundingSource", source, "measure", "FINAL_ACCOUNT",
                "amount", yuan(wan).setScale(2).toPlainString());
    }

    private static JsonPath table(String department, String id) {
        return given().get("/api/v1/ledgers/{d}/2024/tables/{t}", department, id).then().statusCode(200)
                .extract().jsonPath();
    }
}
