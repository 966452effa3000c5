package org.openbudget.performance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seed 001's 部门整体支出绩效目标申报表 and seven 部门项目申报表 entered through the API, goal by goal: every target
 * parses, the seed's own mistakes are prevented (a second project on 医保基金监管经费's code) or reported (names that
 * differ from 表10, a project without goal text, 前年 values without their unit), and the department-year survives
 * export and import as JSON and XLSX unchanged.
 */
@QuarkusTest
class Seed001GoalsTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theSeed001GoalsAreEnteredCheckedAndRoundTripped() throws Exception {
        JsonNode goals = Seeds.read("001-goals.json");
        String department = Seeds.newDepartment();
        Seeds.sendBudget(department, Seeds.read("001-budget.json"));

        given().contentType(ContentType.JSON).body(Map.of("annualTasks", goals.get("annualTasks").asText(), "reason", "申报"))
                .put("/api/v1/goal-sets/{d}/{y}/annual-tasks", department, Seeds.YEAR).then().statusCode(200);
        for (JsonNode d : goals.get("declarations")) {
            if (d.get("projectName").asText().equals("政府买岗经费")) {
                // as printed: the 申报表 gives 政府买岗经费 the code of 医保基金监管经费, already declared
                Map<String, Object> printed = declaration(d);
                printed.put("projectCode", "42010523040T000000101");
                given().contentType(ContentType.JSON).body(printed)
                        .post("/api/v1/goal-sets/{d}/{y}/declarations", department, Seeds.YEAR)
                        .then().statusCode(409).contentType("application/problem+json")
                        .body("errors.field", hasItem("projectCode"));
            }
            given().contentType(ContentType.JSON).body(declaration(d))
                    .post("/api/v1/goal-sets/{d}/{y}/declarations", department, Seeds.YEAR).then().statusCode(201);
        }
        int posted = 0;
        for (JsonNode g : goals.get("goals")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("scope", g.get("scope").asText());
            if (g.hasNonNull("projectCode")) {
                body.put("projectCode", g.get("projectCode").asText());
            }
            body.put("term", g.get("term").asText());
            if (g.hasNonNull("endYear")) {
                body.put("endYear", g.get("endYear").asInt());
            }
            if (g.hasNonNull("content")) {
                body.put("content", g.get("content").asText());
            }
            body.put("reason", "2024 年绩效目标申报");
            body.put("indicators", new ObjectMapper().convertValue(g.get("indicators"), List.class));
            given().contentType(ContentType.JSON).body(body).post("/api/v1/goal-sets/{d}/{y}/goals", department, Seeds.YEAR)
                    .then().statusCode(201).body("goal.indicators.size()", equalTo(g.get("indicators").size()));
            posted++;
        }
        assertEquals(24, posted);

        JsonPath set = given().get("/api/v1/goal-sets/{d}/{y}", department, Seeds.YEAR).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(24, set.getList("goals").size());
        List<Map<String, Object>> indicators = set.getList("goals.indicators.flatten()");
        assertEquals(160, indicators.size());
        assertTrue(indicators.stream().allMatch(i -> i.get("parsedTarget") != null), "every target parsed");
        assertEquals(7, set.getList("declarations").size());
        Map<String, Object> fiveDays = indicators.stream().filter(i -> "按时审批的及时性".equals(i.get("name"))).findFirst().orElseThrow();
        assertEquals("NEGATIVE", ((Map<?, ?>) fiveDays.get("parsedTarget")).get("direction"));
        assertEquals("个工作日", ((Map<?, ?>) fiveDays.get("parsedTarget")).get("unit"));
        Map<String, Object> outpatients = indicators.stream().filter(i -> "门诊救助人次".equals(i.get("name"))).findFirst().orElseThrow();
        assertEquals("1万人次", outpatients.get("targetPrior2"));
        assertEquals("5000人次", outpatients.get("target"));
        assertEquals("2024", set.getString("goals.find { it.projectCode == '42010524040T000000102' && it.term == 'LONG_TERM' }.endYear"));

        // every rule passes but the seed's own slips, reported as warnings
        JsonPath report = given().get("/api/v1/goal-sets/{d}/{y}/validation", department, Seeds.YEAR).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(0, report.getInt("errors"), report.prettify());
        Map<String, Integer> byRule = new TreeMap<>();
        report.getList("findings.ruleId", String.class).forEach(r -> byRule.merge(r, 1, Integer::sum));
        // GOAL-02: 政府买岗经费's 长期/年度绩效目标1 print no text; PRJ-03: 行政事业单位缴纳残保金(经费), 乡村振兴帮扶(专项)资金,
        // 驻村(干部)工作经费 are named differently in 表10 and on their 申报表; TGT-02: "100" (前年, 上年) beside "100%"
        assertEquals(Map.of("GOAL-02", 2, "PRJ-03", 3, "TGT-02", 2), byRule, report.prettify());
        assertTrue(report.getList("findings.findAll { it.ruleId == 'PRJ-03' }.actual").contains("'乡村振兴帮扶资金'"));

        // export, then import into another department: the same content; importing it again changes nothing
        String exported = given().accept(ContentType.JSON).get("/api/v1/goal-sets/{d}/{y}/file", department, Seeds.YEAR)
                .then().statusCode(200).extract().asString();
        String copy = Seeds.newDepartment();
        given().contentType(ContentType.JSON).body(exported).queryParam("reason", "复制")
                .put("/api/v1/goal-sets/{d}/{y}/file", copy, Seeds.YEAR).then().statusCode(200)
                .body("changed", equalTo(true)).body("goals", equalTo(24)).body("indicators", equalTo(160));
        given().contentType(ContentType.JSON).body(exported).queryParam("reason", "再次导入")
                .put("/api/v1/goal-sets/{d}/{y}/file", copy, Seeds.YEAR).then().statusCode(200)
                .body("changed", equalTo(false)).body("revision", equalTo(1));
        assertEquals(withoutOrigin(exported), withoutOrigin(export(copy)));

        // the same through XLSX
        byte[] workbook = given().accept(XLSX).get("/api/v1/goal-sets/{d}/{y}/file", department, Seeds.YEAR)
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        String viaXlsx = Seeds.newDepartment();
        given().contentType(XLSX).body(workbook).queryParam("reason", "由 XLSX 导入")
                .put("/api/v1/goal-sets/{d}/{y}/file", viaXlsx, Seeds.YEAR).then().statusCode(200)
                .body("changed", equalTo(true)).body("indicators", equalTo(160));
        assertEquals(withoutOrigin(exported), withoutOrigin(export(viaXlsx)));
        given().contentType(XLSX).body(workbook).queryParam("reason", "再次导入")
                .put("/api/v1/goal-sets/{d}/{y}/file", viaXlsx, Seeds.YEAR).then().statusCode(200)
                .body("changed", equalTo(false));

        // the seed file as such imports too (its 政府买岗经费 carries 表10's code), and the printed code is refused by name
        String direct = Seeds.newDepartment();
        given().contentType(ContentType.JSON).body(Seeds.text("001-goals.json")).queryParam("reason", "申报表导入")
                .put("/api/v1/goal-sets/{d}/{y}/file", direct, Seeds.YEAR).then().statusCode(200).body("changed", equalTo(true));
        ObjectNode wrong = (ObjectNode) Seeds.read("001-goals.json");
        ((ObjectNode) wrong.get("declarations").get(5)).put("projectCode", "42010523040T000000101");
        String other = Seeds.newDepartment();
        given().contentType(ContentType.JSON).body(wrong.toString()).queryParam("reason", "申报表导入")
                .put("/api/v1/goal-sets/{d}/{y}/file", other, Seeds.YEAR).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("declarations[5].projectCode"));
        given().get("/api/v1/goal-sets/{d}/{y}", other, Seeds.YEAR).then().statusCode(404);
    }

    private static Map<String, Object> declaration(JsonNode d) {
        Map<String, Object> body = new ObjectMapper().convertValue(d, LinkedHashMap.class);
        body.put("reason", "项目申报");
        return body;
    }

    private static String export(String department) {
        return given().accept(ContentType.JSON).get("/api/v1/goal-sets/{d}/{y}/file", department, Seeds.YEAR)
                .then().statusCode(200).extract().asString();
    }

    private static JsonNode withoutOrigin(String json) throws Exception {
        ObjectNode node = (ObjectNode) new ObjectMapper().readTree(json);
        assertNotNull(node.remove("departmentCode"));
        assertFalse(node.get("goals").isEmpty());
        return node;
    }
}
