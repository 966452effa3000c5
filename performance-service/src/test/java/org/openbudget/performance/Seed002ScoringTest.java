package org.openbudget.performance;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seed 002's three self-evaluation forms entered through the API, with 预算数/执行数 from budget-service's events:
 * under the policy printed in seed 002 the service reproduces every printed score — each indicator's 得分, 满意度 19,
 * 总分 99, A/优.
 */
@QuarkusTest
class Seed002ScoringTest {

    @Test
    void theSeed002FormsAreReproducedUnderTheirOwnPolicy() throws Exception {
        JsonNode seed = Seeds.read("002-self-evaluation.json");
        String department = Seeds.newDepartment();
        Seeds.sendBudget(department, seed);
        given().contentType(ContentType.JSON).body(Map.of("policyId", seed.get("policyId").asText(), "reason", "武汉市市直评分办法"))
                .put("/api/v1/goal-sets/{d}/{y}/policy", department, Seeds.YEAR).then().statusCode(200);

        for (JsonNode subject : seed.get("subjects")) {
            String project = subject.get("projectCode").isNull() ? null : subject.get("projectCode").asText();
            List<Long> ids = Seeds.postAnnualGoal(department, subject.get("scope").asText(), project,
                    subject.get("goalContent").isNull() ? null : subject.get("goalContent").asText(), subject.get("indicators"));
            given().contentType(ContentType.JSON)
                    .body(Seeds.evaluationRequest(ids, subject.get("indicators"), subject.get("deviationReason").asText(),
                            subject.get("improvementMeasures").asText()))
                    .put(Seeds.evaluationPath(project), department, Seeds.YEAR).then().statusCode(200);
        }

        for (JsonNode subject : seed.get("subjects")) {
            String project = subject.get("projectCode").isNull() ? null : subject.get("projectCode").asText();
            JsonNode printed = subject.get("printed");
            JsonPath e = Seeds.evaluation(department, project);
            String form = project == null ? "整体" : project;
            // 预算数, 执行数 and 执行率 come from the budget events, as printed
            assertEquals(printed.get("budgeted").asText(), e.getString("budget.budgetedWanYuan"), form);
            assertEquals(printed.get("executed").asText(), e.getString("budget.executedWanYuan"), form);
            assertEquals(printed.get("rate").asText(), Seeds.asPrinted(e.getString("budget.executionRate"), printed.get("rate").asText()));
            assertEquals("wuhan-municipal-2024", e.getString("score.policyId"));
            assertEquals(printed.get("executionScore").asText(), Seeds.asPrinted(e.getString("score.execution.score"),
                    printed.get("executionScore").asText()), form);
            // each indicator's 得分
            List<Map<String, Object>> scored = e.getList("score.groups.indicators.flatten()");
            assertEquals(subject.get("indicators").size(), scored.size());
            for (int k = 0; k < scored.size(); k++) {
                JsonNode source = subject.get("indicators").get(k);
                assertEquals(source.get("name").asText(), scored.get(k).get("name"));
                assertEquals(source.get("printedScore").asText(), scored.get(k).get("score"), form + " " + source.get("name").asText());
                assertEquals("SCORED", scored.get(k).get("status"));
            }
            for (String group : List.of("OUTPUT", "BENEFIT", "SATISFACTION")) {
                assertEquals(printed.get("groupScores").get(group).asText(),
                        e.getString("score.groups.find { it.id == '" + group + "' }.score"), form + " " + group);
            }
            assertEquals(printed.get("total").asText(), Seeds.asPrinted(e.getString("score.total"), printed.get("total").asText()));
            assertEquals("99.00", e.getString("score.total"));
            assertEquals(printed.get("grade").asText(), e.getString("score.grade.zh"));
            assertEquals(printed.get("type").asText(), e.getString("score.grade.type"));
            assertTrue(e.getBoolean("score.complete"));
            // the trace of the 满意度 score: inputs, formula, result, and the reason of the deduction
            Map<String, Object> satisfaction = e.getMap("score.groups.find { it.id == 'SATISFACTION' }.indicators[0].trace");
            assertEquals("max(0, weight × min(B/A, 1) − deduction)", satisfaction.get("formula"));
            assertEquals("19.00", satisfaction.get("result"));
            assertEquals("≥95%", ((Map<?, ?>) satisfaction.get("inputs")).get("target"));
            assertEquals("100.00%", ((Map<?, ?>) satisfaction.get("inputs")).get("actual"));
            assertTrue(satisfaction.get("notes").toString().contains("全年只有 43 人参与"));
            assertEquals("weight × min(B/A, 1)", e.getString("score.execution.trace.formula"));
        }

        // the forms are complete: each can be finalised
        for (String path : List.of("department-wide", "projects/SEED002P1", "projects/SEED002P2")) {
            given().contentType(ContentType.JSON).body(Map.of("reason", "自评定稿"))
                    .post("/api/v1/goal-sets/{d}/{y}/evaluations/" + path + "/finalise", department, Seeds.YEAR)
                    .then().statusCode(200).body("changed", equalTo(true));
        }
        given().get("/api/v1/goal-sets/{d}/{y}/evaluations", department, Seeds.YEAR).then().statusCode(200)
                .body("status", equalTo(List.of("FINALISED", "FINALISED", "FINALISED")));

        // the same forms under the national policy: its 10/50/30/10 do not match the typed 目标分值, and it says so
        JsonPath national = given().queryParam("policy", "national-2020")
                .get("/api/v1/goal-sets/{d}/{y}/evaluations/department-wide", department, Seeds.YEAR)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("10.00", national.getString("score.execution.score"));
        assertTrue(national.getString("score.groups.find { it.id == 'OUTPUT' }.notes").contains("typed weights add to 40.00, not the group's 50"));
        assertFalse(national.getString("score.total").equals("99.00"));
    }
}
