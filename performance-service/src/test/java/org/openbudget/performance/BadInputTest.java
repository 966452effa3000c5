package org.openbudget.performance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every refusal is RFC 9457 problem+json naming the field at fault, and leaves the department-year as it was:
 * same revision, same history.
 */
@QuarkusTest
class BadInputTest {

    static final Map<String, Object> OUTPUT = Map.of("level1", "OUTPUT", "level2", "QUANTITY", "name", "门诊救助人次", "target", "≥5000人次");
    static final Map<String, Object> BENEFIT = Map.of("level1", "BENEFIT", "level2", "SOCIAL_BENEFIT", "name", "救助效果明显", "target", "是");
    static final Map<String, Object> SATISFACTION = Map.of("level1", "SATISFACTION", "level2", "BENEFICIARY_SATISFACTION", "name", "满意度", "target", "≥90%");

    private static Map<String, Object> goal(List<Map<String, Object>> indicators) {
        return Map.of("scope", "DEPARTMENT_WIDE", "term", "ANNUAL", "content", "做好医疗救助工作", "reason", "申报",
                "indicators", indicators);
    }

    private static ValidatableResponse problem(ValidatableResponse r, int status, String field) {
        return r.statusCode(status).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private record State(long revision, int history) {
    }

    private static State state(String department) {
        JsonPath set = given().get("/api/v1/goal-sets/{d}/2024", department).then().statusCode(200).extract().jsonPath();
        int history = given().get("/api/v1/goal-sets/{d}/2024/amendments", department).then().statusCode(200)
                .extract().jsonPath().getList("$").size();
        return new State(set.getLong("revision"), history);
    }

    @Test
    void aTargetThatDoesNotParseIsA422ThatSaysWhatWasUnderstood() {
        String department = Seeds.newDepartment();
        problem(given().contentType(ContentType.JSON).body(goal(List.of(OUTPUT, Map.of("level1", "BENEFIT",
                        "level2", "SOCIAL_BENEFIT", "name", "就医覆盖率", "target", "≥9O%"))))
                .post("/api/v1/goal-sets/{d}/2024/goals", department).then(), 422, "indicators[1].target")
                .body("errors.message", hasItem(containsString("understood comparator ≥ (GE), number 9")));
        // nothing was created, not even the goal set
        given().get("/api/v1/goal-sets/{d}/2024", department).then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("text", "≥abc"))
                .post("/api/v1/targets/parse").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", containsString("a number must follow the comparator"));
        given().contentType(ContentType.JSON).body(Map.of("text", "≥ 1,065 万人"))
                .post("/api/v1/targets/parse").then().statusCode(200)
                .body("target.comparator", equalTo("GE")).body("target.value", equalTo("1065"))
                .body("target.unit", equalTo("万人")).body("target.direction", equalTo("POSITIVE"));
        // a phrase the vocabulary does not know is accepted when declared qualitative
        given().contentType(ContentType.JSON).body(goal(List.of(OUTPUT, Map.of("level1", "BENEFIT",
                        "level2", "SOCIAL_BENEFIT", "name", "群众获得感", "target", "明显增强的获得感", "targetKind", "QUALITATIVE"))))
                .post("/api/v1/goal-sets/{d}/2024/goals", department).then().statusCode(201)
                .body("goal.indicators[1].parsedTarget.kind", equalTo("QUALITATIVE"));
    }

    @Test
    void malformedDeclarationsAreRefusedByName() {
        String department = Seeds.newDepartment();
        given().contentType(ContentType.JSON).body(goal(List.of(OUTPUT, BENEFIT)))
                .post("/api/v1/goal-sets/{d}/2024/goals", department).then().statusCode(201);
        State before = state(department);
        problem(given().contentType(ContentType.JSON).body(goal(List.of(Map.of("level1", "OUTPUT", "level2", "SOCIAL_BENEFIT",
                        "name", "x", "target", "1次"))))
                .post("/api/v1/goal-sets/{d}/2024/goals", department).then(), 422, "indicators[0].level2");
        problem(given().contentType(ContentType.JSON).body(goal(List.of(Map.of("level1", "INPUT", "level2", "QUANTITY",
                        "name", "x", "target", "1次"))))
                .post("/api/v1/goal-sets/{d}/2024/goals", department).then(), 400, "indicators[0].level1");
        problem(given().contentType(ContentType.JSON).body(goal(List.of(Map.of("level1", "OUTPUT", "level2", "QUANTITY",
                        "name", "x", "target", "1次", "weight", "101"))))
                .post("/api/v1/goal-sets/{d}/2024/goals", department).then(), 400, "indicators[0].weight");
        problem(given().contentType(ContentType.JSON).body(goal(List.of(Map.of("level1", "OUTPUT", "level2", "QUANTITY",
                        "name", "x", "target", "80%-90%", "direction", "NEGATIVE"))))
                .post("/api/v1/goal-sets/{d}/2024/goals", department).then(), 422, "indicators[0].direction");
        problem(given().contentType(ContentType.JSON).body(goal(List.of(Map.of("level1", "OUTPUT", "level2", "QUANTITY",
                        "name", "x", "target", "1次", "targetPrior1", "约一次"))))
                .post("/api/v1/goal-sets/{d}/2024/goals", department).then(), 422, "indicators[0].targetPrior1");
        problem(given().contentType(ContentType.JSON).body(Map.of("policyId", "shanghai-2099", "reason", "x"))
                .put("/api/v1/goal-sets/{d}/2024/policy", department).then(), 422, "policyId");
        problem(given().contentType(ContentType.JSON).body(Map.of("projectCode", "P-1", "projectName", "x", "reason", "y"))
                .post("/api/v1/goal-sets/{d}/2024/declarations", department).then(), 400, "projectCode");
        problem(given().contentType(ContentType.JSON).body(Map.of("projectCode", "P1", "projectName", "x", "startYear", 2024,
                        "endYear", 2022, "reason", "y"))
                .post("/api/v1/goal-sets/{d}/2024/declarations", department).then(), 422, "endYear");
        problem(given().contentType(ContentType.JSON).body(Map.of("projectName", "x", "reason", "y"))
                .put("/api/v1/goal-sets/{d}/2024/declarations/{p}", department, "P404").then(), 404, "projectCode");
        problem(given().delete("/api/v1/goal-sets/{d}/2024/goals/1", department).then(), 400, "reason");
        problem(given().get("/api/v1/goal-sets/{d}/20x4", department).then(), 400, "fiscalYear");
        assertEquals(before, state(department));
    }

    @Test
    void staleWritesAreRefusedByIfMatch() {
        String department = Seeds.newDepartment();
        String etag = given().contentType(ContentType.JSON).body(goal(List.of(OUTPUT, BENEFIT)))
                .post("/api/v1/goal-sets/{d}/2024/goals", department).then().statusCode(201).extract().header("ETag");
        assertEquals("\"r1\"", etag);
        given().header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("annualTasks", "完善医疗救助体制机制", "reason", "申报"))
                .put("/api/v1/goal-sets/{d}/2024/annual-tasks", department).then().statusCode(200).header("ETag", "\"r2\"");
        State before = state(department);
        problem(given().header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("annualTasks", "另一版本", "reason", "申报"))
                .put("/api/v1/goal-sets/{d}/2024/annual-tasks", department).then(), 412, "If-Match")
                .body("detail", containsString("revision 2, not 1"));
        problem(given().header("If-Match", "yesterday").contentType(ContentType.JSON).body(Map.of("annualTasks", "x", "reason", "y"))
                .put("/api/v1/goal-sets/{d}/2024/annual-tasks", department).then(), 400, "If-Match");
        assertEquals(before, state(department));
        given().get("/api/v1/goal-sets/{d}/2024", department).then().header("ETag", "\"r2\"")
                .body("annualTasks", equalTo("完善医疗救助体制机制"));
    }

    @Test
    void selfEvaluationInputsAreCheckedAgainstTheirIndicators() {
        String department = Seeds.newDepartment();
        List<Long> ids = given().contentType(ContentType.JSON).body(goal(List.of(OUTPUT, BENEFIT, SATISFACTION)))
                .post("/api/v1/goal-sets/{d}/2024/goals", department).then().statusCode(201)
                .extract().jsonPath().getList("goal.indicators.id", Long.class);
        String path = "/api/v1/goal-sets/{d}/2024/evaluations/department-wide";
        given().contentType(ContentType.JSON).body(Map.of("reason", "自评", "indicators",
                        List.of(Map.of("indicatorId", ids.get(0), "actual", "4000人次"))))
                .put(path, department).then().statusCode(200);
        State before = state(department);
        problem(given().contentType(ContentType.JSON).body(Map.of("reason", "x", "indicators",
                        List.of(Map.of("indicatorId", 999999999, "actual", "1")))).put(path, department).then(),
                422, "indicators[0].indicatorId");
        problem(given().contentType(ContentType.JSON).body(Map.of("reason", "x", "indicators",
                        List.of(Map.of("indicatorId", ids.get(2), "actual", "273家")))).put(path, department).then(),
                422, "indicators[0].actual").body("errors[0].message", containsString("cannot be compared"));
        problem(given().contentType(ContentType.JSON).body(Map.of("reason", "x", "indicators",
                        List.of(Map.of("indicatorId", ids.get(0), "actual", "大约五千")))).put(path, department).then(),
                422, "indicators[0].actual").body("errors[0].message", containsString("not a known qualitative phrase and not a number"));
        problem(given().contentType(ContentType.JSON).body(Map.of("reason", "x", "indicators",
                        List.of(Map.of("indicatorId", ids.get(0), "actual", "5200人次", "tier", "ACHIEVED")))).put(path, department).then(),
                422, "indicators[0].tier");
        problem(given().contentType(ContentType.JSON).body(Map.of("reason", "x", "indicators",
                        List.of(Map.of("indicatorId", ids.get(1), "actual", "部分", "tier", "PARTIAL")))).put(path, department).then(),
                422, "indicators[0].tierPercent").body("errors[0].message", containsString("50%–80%"));
        problem(given().contentType(ContentType.JSON).body(Map.of("reason", "x", "indicators",
                        List.of(Map.of("indicatorId", ids.get(1), "actual", "部分", "tier", "PARTIAL", "tierPercent", "85")))).put(path, department).then(),
                422, "indicators[0].tierPercent");
        problem(given().contentType(ContentType.JSON).body(Map.of("reason", "x", "indicators",
                        List.of(Map.of("indicatorId", ids.get(1), "actual", "是", "tier", "EXCELLENT")))).put(path, department).then(),
                422, "indicators[0].tier");
        problem(given().contentType(ContentType.JSON).body(Map.of("reason", "x", "indicators",
                        List.of(Map.of("indicatorId", ids.get(2), "actual", "96%", "deduction", "1")))).put(path, department).then(),
                422, "indicators[0].deductionReason");
        problem(given().contentType(ContentType.JSON).body(Map.of("reason", "x", "indicators",
                        List.of(Map.of("indicatorId", ids.get(2), "actual", "96%", "surprise", "1")))).put(path, department).then(),
                400, "indicators[0].surprise");
        problem(given().contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .put("/api/v1/goal-sets/{d}/2024/evaluations/projects/NOGOALS", department).then(), 422, "projectCode");
        // finalising an incomplete 自评 names what is missing
        problem(given().contentType(ContentType.JSON).body(Map.of("reason", "定稿"))
                .post(path + "/finalise", department).then(), 422, "EVL-01 indicator " + ids.get(1) + " 救助效果明显");
        assertEquals(before, state(department));

        // complete it (a qualitative indicator by tier), finalise, and the finalised 自评 refuses changes until reopened
        given().contentType(ContentType.JSON).body(Map.of("reason", "自评", "indicators", List.of(
                        Map.of("indicatorId", ids.get(0), "actual", "4000人次"),
                        Map.of("indicatorId", ids.get(1), "actual", "部分地区效果明显", "tier", "PARTIAL", "tierPercent", "70"),
                        Map.of("indicatorId", ids.get(2), "actual", "96%"))))
                .put(path, department).then().statusCode(200);
        JsonPath e = given().queryParam("policy", "national-2020").get(path, department).then().statusCode(200).extract().jsonPath();
        // no budget figures yet: the indicators are scored, the total waits for 预算数/执行数
        assertEquals(List.of("40.00", "21.00", "10.00"), e.getList("score.groups.score"));
        assertEquals(null, e.getString("score.total"));
        problem(given().contentType(ContentType.JSON).body(Map.of("reason", "定稿"))
                .post(path + "/finalise", department).then(), 422, "EVL-02 department-wide");
    }

    @Test
    void aFileWithOneBadEntryChangesNothingAndNamesTheEntry() throws Exception {
        String department = Seeds.newDepartment();
        given().contentType(ContentType.JSON).body(goal(List.of(OUTPUT, BENEFIT)))
                .post("/api/v1/goal-sets/{d}/2024/goals", department).then().statusCode(201);
        State before = state(department);
        Map<String, Object> file = Map.of("policyId", "national-2020", "goals", List.of(
                Map.of("scope", "DEPARTMENT_WIDE", "term", "ANNUAL", "indicators", List.of(OUTPUT,
                        Map.of("level1", "BENEFIT", "level2", "SOCIAL_BENEFIT", "name", "覆盖率", "target", "≥9O%")))));
        problem(given().contentType(ContentType.JSON).body(file).queryParam("reason", "导入")
                .put("/api/v1/goal-sets/{d}/2024/file", department).then(), 422, "goals[0].indicators[1].target");
        problem(given().contentType(ContentType.JSON).body(Map.of("goals", List.of(), "colour", "red")).queryParam("reason", "导入")
                .put("/api/v1/goal-sets/{d}/2024/file", department).then(), 400, "colour");

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
        org.dhatim.fastexcel.Worksheet set = wb.newWorksheet("goal-set");
        set.value(0, 0, "policyId 评分办法");
        set.value(1, 0, "national-2020");
        wb.newWorksheet("declarations").value(0, 0, "projectCode");
        org.dhatim.fastexcel.Worksheet goals = wb.newWorksheet("goals");
        List<String> goalColumns = List.of("goalKey", "scope", "term");
        for (int c = 0; c < goalColumns.size(); c++) {
            goals.value(0, c, goalColumns.get(c));
        }
        goals.value(1, 0, "G1");
        goals.value(1, 1, "DEPARTMENT_WIDE");
        goals.value(1, 2, "ANNUAL");
        org.dhatim.fastexcel.Worksheet indicators = wb.newWorksheet("indicators");
        List<String> columns = List.of("goalKey", "level1", "level2", "name", "target", "weight");
        for (int c = 0; c < columns.size(); c++) {
            indicators.value(0, c, columns.get(c) + " 中文");
        }
        Object[][] rows = {{"G1", "OUTPUT", "QUANTITY", "门诊救助人次", "≥5000人次", null},
                {"G1", "BENEFIT", "SOCIAL_BENEFIT", "覆盖率", "≥9O%", null},
                {"G1", "BENEFIT", "SOCIAL_BENEFIT", "救助效果明显", "是", "很多"}};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    indicators.value(r + 1, c, rows[r][c].toString());
                }
            }
        }
        wb.newWorksheet("evaluations").value(0, 0, "scope");
        wb.finish();
        problem(given().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(out.toByteArray())
                .queryParam("reason", "导入").put("/api/v1/goal-sets/{d}/2024/file", department).then(), 422, "indicators!4.weight");
        rows[2][5] = "5";
        out.reset();
        // the weight fixed, the bad target is named by its sheet, row and column
        byte[] fixed = workbookWith(rows);
        problem(given().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(fixed)
                .queryParam("reason", "导入").put("/api/v1/goal-sets/{d}/2024/file", department).then(), 422, "indicators!3.target");
        problem(given().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(new byte[] {1, 2, 3})
                .queryParam("reason", "导入").put("/api/v1/goal-sets/{d}/2024/file", department).then(), 422, "body");
        assertEquals(before, state(department));
    }

    private static byte[] workbookWith(Object[][] rows) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
        wb.newWorksheet("goal-set").value(0, 0, "policyId");
        wb.newWorksheet("declarations").value(0, 0, "projectCode");
        org.dhatim.fastexcel.Worksheet goals = wb.newWorksheet("goals");
        goals.value(0, 0, "goalKey");
        goals.value(0, 1, "scope");
        goals.value(0, 2, "term");
        goals.value(1, 0, "G1");
        goals.value(1, 1, "DEPARTMENT_WIDE");
        goals.value(1, 2, "ANNUAL");
        org.dhatim.fastexcel.Worksheet indicators = wb.newWorksheet("indicators");
        List<String> columns = List.of("goalKey", "level1", "level2", "name", "target", "weight");
        for (int c = 0; c < columns.size(); c++) {
            indicators.value(0, c, columns.get(c));
        }
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] != null) {
                    indicators.value(r + 1, c, rows[r][c].toString());
                }
            }
        }
        wb.newWorksheet("evaluations").value(0, 0, "scope");
        wb.finish();
        return out.toByteArray();
    }
}
