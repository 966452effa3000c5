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
 * Seed 001 (武汉市汉阳区医疗保障局本级 2024年部门预算): facts whose marginals are the published 表5 (功能分类 × 人员/公用/项目),
 * 表6 (经济分类) and 表10 (项目) are loaded; the derived 表1, 3, 5, 6, 7, 8, 9, 10 equal the published figures — except
 * 表3's 卫生健康支出 基本支出 169.22, the seed's own error: one set of facts can only give 169.23, as 表5 prints.
 */
@QuarkusTest
class Seed001BudgetTablesTest {

    static final Map<String, String> PERSONNEL_BY_FUNCTION = ordered("2080505", "14.99", "2080506", "7.49",
            "2101101", "5.27", "2101103", "10.35", "2101501", "131.29", "2210201", "15.53", "2210202", "2.93");
    static final Map<String, String> PERSONNEL_BY_ECONOMIC = ordered("30101", "32.89", "30102", "29.70", "30103", "71.63",
            "30108", "14.99", "30109", "7.49", "30110", "5.27", "30111", "10.35", "30113", "15.53");
    static final Map<String, String> PERSONNEL_PROJECTS = ordered("42010522040R000000100", "32.89",
            "42010522040R000000101", "26.77", "42010523040R000000100", "2.93", "42010522040R000000103", "2.74",
            "42010522040R000000105", "14.99", "42010522040R000000106", "7.49", "42010522040R000000107", "5.27",
            "42010522040R000000108", "10.35", "42010522040R000000111", "15.53", "42010523040R000000102", "48.40",
            "42010523040R000000103", "20.49");
    static final Map<String, String> OPERATING_BY_FUNCTION = ordered("2101501", "22.32");
    static final Map<String, String> OPERATING_BY_ECONOMIC = ordered("30201", "0.90", "30202", "3.00", "30207", "0.50",
            "30211", "0.70", "30213", "0.20", "30228", "1.91", "30229", "8.29", "30239", "5.62", "31002", "1.20");
    static final Map<String, String> OPERATING_PROJECTS = ordered("42010522040Y000000100", "7.51",
            "42010522040Y000000102", "5.62", "42010524040Y000000104", "7.98", "42010522040Y000000103", "1.21");
    static final Map<String, String> PROJECT_BY_FUNCTION = ordered("2081199", "1.80", "2101301", "612.23",
            "2101505", "20.00", "2101599", "46.42", "2130599", "5.00");
    static final Map<String, String> SPECIFIC_PROJECTS = ordered("42010524040T000000102", "1.80",
            "42010523040T000000103", "612.23", "42010523040T000000101", "20.00", "42010523040T000000102", "13.40",
            "42010523040T000000106", "33.02", "42010524040T000000100", "3.00", "42010524040T000000101", "2.00");
    static final Map<String, String> PROJECT_NAMES = ordered("42010522040R000000100", "基本工资",
            "42010522040R000000101", "津贴补贴", "42010523040R000000100", "在职人员住房补贴",
            "42010522040R000000103", "年终一次性奖金", "42010522040R000000105", "机关事业单位基本养老保险",
            "42010522040R000000106", "职业年金缴费", "42010522040R000000107", "医疗保险",
            "42010522040R000000108", "公务员医疗补助", "42010522040R000000111", "住房公积金",
            "42010523040R000000102", "基础绩效奖", "42010523040R000000103", "年度考核奖",
            "42010522040Y000000100", "在职人员公用", "42010522040Y000000102", "公务交通补贴",
            "42010524040Y000000104", "不可预见公用经费", "42010522040Y000000103", "工会经费",
            "42010523040T000000101", "医保基金监管经费", "42010523040T000000102", "政府买岗经费",
            "42010523040T000000103", "医疗救助经费", "42010523040T000000106", "医保局业务工作经费",
            "42010524040T000000100", "乡村振兴帮扶专项资金", "42010524040T000000101", "驻村工作经费",
            "42010524040T000000102", "行政事业单位缴纳残保金");

    @Test
    void theDerivedBudgetTablesEqualThePublishedOnes() {
        String department = Fixtures.newDepartment();
        List<Map<String, Object>> figures = new ArrayList<>();
        Map<String, BigDecimal> incomeByFunction = new LinkedHashMap<>();
        for (var fact : PublishedMarginals.allocate(List.of(PERSONNEL_BY_FUNCTION, PERSONNEL_BY_ECONOMIC, PERSONNEL_PROJECTS))) {
            figures.add(line(fact.getKey().get(0), fact.getKey().get(1), "BASIC", fact.getKey().get(2), fact.getValue()));
        }
        for (var fact : PublishedMarginals.allocate(List.of(OPERATING_BY_FUNCTION, OPERATING_BY_ECONOMIC, OPERATING_PROJECTS))) {
            figures.add(line(fact.getKey().get(0), fact.getKey().get(1), "BASIC", fact.getKey().get(2), fact.getValue()));
        }
        for (var fact : PublishedMarginals.allocate(List.of(PROJECT_BY_FUNCTION, SPECIFIC_PROJECTS))) {
            // the budget prints no economic detail of project spending; any 302 款 serves
            figures.add(line(fact.getKey().get(0), "30299", "PROJECT", fact.getKey().get(1), fact.getValue()));
        }
        for (Map<String, Object> f : figures) {
            incomeByFunction.merge((String) f.get("functionCode"), new BigDecimal((String) f.get("amount")), BigDecimal::add);
        }
        incomeByFunction.forEach((function, yuan) -> figures.add(Map.of("flow", "INCOME", "functionCode", function,
                "fundingSource", "GENERAL_PUBLIC_BUDGET", "measure", "INITIAL_BUDGET", "amount", yuan.toPlainString())));
        given().contentType(ContentType.JSON).body(Map.of("reason", "seed 001 预算", "figures", figures))
                .post("/api/v1/ledgers/{d}/2024/figures", department).then().statusCode(200);
        PROJECT_NAMES.forEach((code, name) -> given().contentType(ContentType.JSON)
                .body(Map.of("value", Map.of("name", name, "category", code.charAt(11) == 'R' ? "PERSONNEL"
                        : code.charAt(11) == 'Y' ? "OPERATIONS" : "SPECIFIC_PURPOSE",
                        "executingUnit", "武汉市汉阳区医疗保障局本级"), "reason", "项目登记"))
                .put("/api/v1/ledgers/{d}/2024/attributes/project/{p}", department, code).then().statusCode(200));

        JsonPath t1 = table(department, "BA01");
        assertEquals("895.62", t1.getString("rows.find { it.code == 'GENERAL_PUBLIC_BUDGET' }.cells.total"));
        assertEquals("895.62", t1.getString("rows.find { it.name == '本年收入合计' }.cells.total"));
        assertEquals("24.28", t1.getString("rows.find { it.code == '208' }.cells.total"));
        assertEquals("847.88", t1.getString("rows.find { it.code == '210' }.cells.total"));
        assertEquals("5.00", t1.getString("rows.find { it.code == '213' }.cells.total"));
        assertEquals("18.46", t1.getString("rows.find { it.code == '221' }.cells.total"));
        assertEquals("895.62", t1.getString("total.cells.total"));

        JsonPath t3 = table(department, "BA03");
        assertEquals(List.of("895.62", "210.17", "685.45"), cells(t3, "total", "total", "basic", "project"));
        assertEquals(List.of("24.28", "22.48", "1.80"), cells(t3, "rows.find { it.code == '208' }", "total", "basic", "project"));
        assertEquals("169.23", t3.getString("rows.find { it.code == '210' }.cells.basic"),
                "the seed prints 169.22 here and 169.23 in 表5; facts give one value");
        assertEquals(List.of("220.03", "153.61", "66.42"), cells(t3, "rows.find { it.code == '21015' }", "total", "basic", "project"));
        assertEquals(java.util.Arrays.asList("612.23", null, "612.23"), cells(t3, "rows.find { it.code == '2101301' }", "total", "basic", "project"));

        JsonPath t5 = table(department, "BA05");
        assertEquals(List.of("895.62", "210.17", "187.85", "22.32", "685.45"),
                cells(t5, "total", "total", "basic", "personnel", "operating", "project"));
        assertEquals(List.of("847.88", "169.23", "146.91", "22.32", "678.65"),
                cells(t5, "rows.find { it.code == '210' }", "total", "basic", "personnel", "operating", "project"));
        assertEquals(List.of("153.61", "153.61", "131.29", "22.32"),
                cells(t5, "rows.find { it.code == '2101501' }", "total", "basic", "personnel", "operating"));
        assertEquals("其他巩固脱贫攻坚成果衔接乡村振兴支出", t5.getString("rows.find { it.code == '2130599' }.name"));

        JsonPath t6 = table(department, "BA06");
        assertEquals(List.of("210.17", "187.85", "22.32"), cells(t6, "total", "amount", "personnel", "operating"));
        assertEquals(List.of("187.85", "187.85"), cells(t6, "rows.find { it.code == '301' }", "amount", "personnel"));
        assertEquals(List.of("21.12", "21.12"), cells(t6, "rows.find { it.code == '302' }", "amount", "operating"));
        assertEquals(List.of("1.20", "1.20"), cells(t6, "rows.find { it.code == '31002' }", "amount", "operating"));
        assertEquals("29.70", t6.getString("rows.find { it.code == '30102' }.cells.amount"));
        assertNull(t6.get("rows.find { it.code == '30104' }"), "the budget lists only 款 with figures");

        assertEquals("2024年本单位无“三公”经费支出。", table(department, "BA07").getString("emptyNote"));
        assertEquals("2024年本单位无政府性基金预算支出。", table(department, "BA08").getString("emptyNote"));
        assertEquals("2024年本单位无国有资本经营预算支出。", table(department, "BA09").getString("emptyNote"));

        // what the document printed: 表3 says 169.22 where 表5 says 169.23 — the validation report names it
        given().contentType(ContentType.JSON).body(Map.of("source", "seed 001 表3", "cells", List.of(
                        Map.of("row", "210", "column", "total", "value", "847.88"),
                        Map.of("row", "210", "column", "basic", "value", "169.22"),
                        Map.of("row", "total", "column", "total", "value", "895.62"))))
                .put("/api/v1/ledgers/{d}/2024/declared/BA03", department).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("source", "seed 001 表5", "cells", List.of(
                        Map.of("row", "210", "column", "basic", "value", "169.23"),
                        Map.of("row", "210", "column", "personnel", "value", "146.91"))))
                .put("/api/v1/ledgers/{d}/2024/declared/BA05", department).then().statusCode(200);
        JsonPath report = given().get("/api/v1/ledgers/{d}/2024/validation", department).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("BA03:row[code=210]:basic (seed 001 表3)"),
                report.getList("findings.findAll { it.ruleId == 'DECL-01' }.location"));
        assertEquals("169.23", report.getString("findings.find { it.ruleId == 'DECL-01' }.expected"));
        assertEquals("169.22", report.getString("findings.find { it.ruleId == 'DECL-01' }.actual"));

        JsonPath t10 = table(department, "BA10");
        assertEquals("895.62", t10.getString("total.cells.total"));
        assertEquals("895.62", t10.getString("total.cells.GENERAL_PUBLIC_BUDGET"));
        assertEquals(List.of("人员经费", "187.85"), List.of(t10.getString("rows.find { it.code == '1' }.name"),
                t10.getString("rows.find { it.code == '1' }.cells.total")));
        assertEquals("22.32", t10.getString("rows.find { it.code == '2' }.cells.total"));
        assertEquals("685.45", t10.getString("rows.find { it.code == '3' }.cells.total"));
        assertEquals("医疗救助经费", t10.getString("rows.find { it.code == '42010523040T000000103' }.name"));
        assertEquals("612.23", t10.getString("rows.find { it.code == '42010523040T000000103' }.cells.total"));
        assertEquals("26.77", t10.getString("rows.find { it.code == '42010522040R000000101' }.cells.total"));
        assertEquals(3 + 22, t10.getList("rows").size());
    }

    private static Map<String, Object> line(String function, String economic, String type, String project, BigDecimal yuan) {
        Map<String, Object> f = new HashMap<>();
        f.put("functionCode", function);
        f.put("economicCode", economic);
        f.put("fundingSource", "GENERAL_PUBLIC_BUDGET");
        f.put("expenditureType", type);
        f.put("projectCode", project);
        f.put("measure", "INITIAL_BUDGET");
        f.put("amount", yuan.setScale(2).toPlainString());
        return f;
    }

    private static List<String> cells(JsonPath table, String row, String... columns) {
        List<String> values = new ArrayList<>();
        for (String column : columns) {
            values.add(table.getString(row + ".cells." + column));
        }
        return values;
    }

    private static JsonPath table(String department, String id) {
        return given().get("/api/v1/ledgers/{d}/2024/tables/{t}", department, id).then().statusCode(200)
                .extract().jsonPath();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
