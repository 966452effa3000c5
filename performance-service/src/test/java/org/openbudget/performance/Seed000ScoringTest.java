package org.openbudget.performance;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seed 000's unscored self-evaluation forms entered through the API and scored under the national policy
 * (财预〔2020〕10号), with 预算数/执行数 from budget-service's events. Expected scores are worked by hand: 10 × B/A
 * rounded half up, plus 90 because every 实际完成值 (100%) meets its target.
 */
@QuarkusTest
class Seed000ScoringTest {

    static final Map<String, String[]> EXPECTED = Map.of(
            // project: 执行率 score, total (grade 优 for all)
            "SEED000P1", new String[] {"9.27", "99.27"},    // 1166.7 / 1259     = 92.67%
            "SEED000P2", new String[] {"9.62", "99.62"},    // 1331.91 / 1384.5  = 96.20%
            "SEED000P3", new String[] {"10.00", "100.00"},  // 300 / 300
            "SEED000P4", new String[] {"9.62", "99.62"},    // 1924.59 / 2000.8  = 96.19%
            "SEED000P5", new String[] {"7.65", "97.65"},    // 3.67 / 4.8        = 76.46%
            "SEED000P6", new String[] {"10.00", "100.00"}); // 152.2 / 152.2

    @Test
    void theSeed000FormsAreScoredUnderTheNationalPolicy() throws Exception {
        JsonNode seed = Seeds.read("000-self-evaluation.json");
        String department = Seeds.newDepartment();
        Seeds.sendBudget(department, seed);

        JsonNode wide = seed.get("departmentWide");
        List<Long> wideIds = new ArrayList<>();
        List<JsonNode> wideIndicators = new ArrayList<>();
        for (JsonNode goal : wide.get("goals")) {
            wideIds.addAll(Seeds.postAnnualGoal(department, "DEPARTMENT_WIDE", null, goal.get("content").asText(),
                    goal.get("indicators")));
            goal.get("indicators").forEach(wideIndicators::add);
        }
        given().contentType(ContentType.JSON)
                .body(Seeds.evaluationRequest(wideIds, new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(wideIndicators), null, null))
                .put(Seeds.evaluationPath(null), department, Seeds.YEAR).then().statusCode(200);
        for (JsonNode form : seed.get("projectForms")) {
            String project = form.get("projectCode").asText();
            List<Long> ids = Seeds.postAnnualGoal(department, "PROJECT", project, null, form.get("indicators"));
            given().contentType(ContentType.JSON).body(Seeds.evaluationRequest(ids, form.get("indicators"), null, null))
                    .put(Seeds.evaluationPath(project), department, Seeds.YEAR).then().statusCode(200);
        }

        for (JsonNode form : seed.get("projectForms")) {
            String project = form.get("projectCode").asText();
            JsonNode printed = form.get("printed");
            JsonPath e = Seeds.evaluation(department, project);
            String name = form.get("projectName").asText();
            assertEquals(name, e.getString("projectName"));
            assertEquals(printed.get("budgeted").asText(), Seeds.asPrinted(e.getString("budget.budgetedWanYuan"), printed.get("budgeted").asText()), name);
            assertEquals(printed.get("executed").asText(), Seeds.asPrinted(e.getString("budget.executedWanYuan"), printed.get("executed").asText()), name);
            assertEquals(printed.get("rate").asText(), Seeds.asPrinted(e.getString("budget.executionRate"), printed.get("rate").asText()), name);
            assertEquals("national-2020", e.getString("score.policyId"));
            assertEquals(EXPECTED.get(project)[0], e.getString("score.execution.score"), name);
            assertEquals(EXPECTED.get(project)[1], e.getString("score.total"), name);
            assertEquals("EXCELLENT", e.getString("score.grade.grade"));
            assertEquals("优", e.getString("score.grade.zh"));
            assertEquals(List.of("50.00", "30.00", "10.00"), e.getList("score.groups.score"));
            // no 目标分值 is printed: each group's points are shared among its indicators, to the cent
            assertTrue(e.getList("score.groups.indicators.flatten().weightSource").stream().allMatch("SPREAD"::equals));
        }
        JsonPath whole = Seeds.evaluation(department, null);
        JsonNode printed = wide.get("printed");
        assertEquals("5101.30", whole.getString("budget.budgetedWanYuan"));
        assertEquals("4879.07", whole.getString("budget.executedWanYuan"));
        assertEquals(printed.get("rate").asText(), whole.getString("budget.executionRate"));
        assertEquals("9.56", whole.getString("score.execution.score"));     // 4879.07 / 5101.3 = 95.64%
        assertEquals("99.56", whole.getString("score.total"));
        assertEquals("优", whole.getString("score.grade.zh"));
        // 22 indicators in three goals: 产出 10 share 50 (5.00 each), 效益 6 share 30, 满意度 3 share 10 (3.34, 3.33, 3.33)
        assertEquals(List.of("3.34", "3.33", "3.33"), whole.getList("score.groups.find { it.id == 'SATISFACTION' }.indicators.weight"));
        // the 完成率 reading of 100% against 6家 is in the trace
        assertTrue(whole.getString("score.groups.find { it.id == 'OUTPUT' }.indicators[1].trace.notes")
                .contains("read as the completion rate 100.00%"));

        // the 整体 form says 6 定点社区卫生室 where the two project forms say 9: flagged, with both values
        JsonPath report = given().get("/api/v1/goal-sets/{d}/{y}/validation", department, Seeds.YEAR).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(0, report.getInt("errors"));
        List<Map<String, Object>> same = report.getList("findings.findAll { it.ruleId == 'IND-02' }");
        assertEquals(2, same.size(), report.prettify());
        for (Map<String, Object> f : same) {
            assertTrue(f.get("location").toString().contains("定点社区卫生室配置完成数"));
            assertEquals("'6家'", f.get("actual"));
            assertTrue(f.get("expected").toString().startsWith("'9家'"));
        }
        given().contentType(ContentType.JSON).body(Map.of("reason", "自评定稿"))
                .post("/api/v1/goal-sets/{d}/{y}/evaluations/department-wide/finalise", department, Seeds.YEAR)
                .then().statusCode(200);
    }
}
