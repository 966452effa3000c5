package org.openbudget.performance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.openbudget.local.EventSchemas;
import org.openbudget.local.PlatformTopics;
import org.openbudget.local.TopicReader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 预算数 and 执行数 travel from budget-service's events through the real broker into the 自评: when budget-service
 * amends a project's 决算, its 执行率 and score change with no call to this service, and the goal set publishes the
 * change. Redeliveries and stale revisions have no effect; a revision whose changes did not fit in its event, or one
 * never received, makes the service read the whole ledger from budget-service's REST API (retried when it fails).
 */
@QuarkusTest
class BudgetFiguresFlowTest {

    static final String PROJECT = "SEEDFLOWP5";
    static final ObjectMapper JSON = new ObjectMapper();

    /** Seed 000's 保健医疗专项工作经费: 预算数 4.8 万元, 执行数 3.67 万元, its seven indicators all met. */
    private String setUp() throws Exception {
        String department = Seeds.newDepartment();
        JsonNode seed = Seeds.read("000-self-evaluation.json");
        JsonNode form = seed.get("projectForms").get(4);
        JsonNode line = JSON.readTree("{\"functionCode\":\"2109999\",\"economicCode\":\"30201\",\"expenditureType\":\"PROJECT\"}");
        BudgetEvents.send(department, Seeds.YEAR, 1, "2024 决算", List.of(
                BudgetEvents.figure("LINE_ADDED", 7, line, PROJECT, "ADJUSTED_BUDGET", null, "48000.00"),
                BudgetEvents.figure("LINE_ADDED", 7, line, PROJECT, "FINAL_ACCOUNT", null, "36700.00"),
                BudgetEvents.project(PROJECT, "保健医疗专项工作经费", "SPECIFIC_PURPOSE")));
        BudgetEvents.awaitRevision(department, Seeds.YEAR, 1);
        List<Long> ids = Seeds.postAnnualGoal(department, "PROJECT", PROJECT, null, form.get("indicators"));
        given().contentType(ContentType.JSON).body(Seeds.evaluationRequest(ids, form.get("indicators"), null, null))
                .put(Seeds.evaluationPath(PROJECT), department, Seeds.YEAR).then().statusCode(200);
        JsonPath e = Seeds.evaluation(department, PROJECT);
        assertEquals("76.46%", e.getString("budget.executionRate"));
        assertEquals("7.65", e.getString("score.execution.score"));
        assertEquals("97.65", e.getString("score.total"));
        return department;
    }

    private static JsonNode line() throws Exception {
        return JSON.readTree("{\"functionCode\":\"2109999\",\"economicCode\":\"30201\",\"expenditureType\":\"PROJECT\"}");
    }

    private static long goalSetRevision(String department) {
        return given().get("/api/v1/goal-sets/{d}/{y}", department, Seeds.YEAR).then().statusCode(200)
                .extract().jsonPath().getLong("revision");
    }

    private static JsonPath awaitEvaluation(String department, Predicate<JsonPath> until, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            last = Seeds.evaluation(department, PROJECT);
            if (until.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting for " + what + ": " + (last == null ? null : last.prettify()));
    }

    @Test
    void anAmended决算ChangesTheRateAndTheScoreWithoutACallToThisService() throws Exception {
        String department = setUp();
        long before = goalSetRevision(department);

        // budget-service amends the 决算 of the project's line: 36,700.00 → 48,000.00 元
        UUID amendment = BudgetEvents.send(department, Seeds.YEAR, 2, "决算数据按财政核定数更正", List.of(
                BudgetEvents.figure("AMOUNT_AMENDED", 7, line(), PROJECT, "FINAL_ACCOUNT", "36700.00", "48000.00")));
        JsonPath e = awaitEvaluation(department, p -> "100.00".equals(p.getString("score.total")), "the new score");
        assertEquals("100.00%", e.getString("budget.executionRate"));
        assertEquals("4.80", e.getString("budget.executedWanYuan"));
        assertEquals("10.00", e.getString("score.execution.score"));
        assertEquals(2, e.getLong("budget.budgetRevision"));
        assertEquals(before + 1, goalSetRevision(department), "the moved figures are one revision of the goal set");

        // … which the goal set publishes: old and new 执行数, score and grade, in the contract's shape
        List<ConsumerRecord<String, String>> records = TopicReader.read(PlatformTopics.PERFORMANCE_GOAL_EVENTS,
                r -> r.key().equals(department + ":" + Seeds.YEAR) && r.value().contains("BUDGET_FIGURES_CHANGED"),
                Duration.ofSeconds(30), Duration.ofSeconds(2));
        assertEquals(1, records.size());
        assertEquals(Set.of(), EventSchemas.validate("performance.goals.changed", records.get(0).value()));
        JsonNode event = JSON.readTree(records.get(0).value());
        assertEquals(before + 1, event.get("revision").asLong());
        assertTrue(event.get("actor").asText().startsWith("budget-service"));
        List<String> changes = new ArrayList<>();
        event.get("changes").forEach(c -> changes.add(c.get("kind").asText() + " " + c.get("field").asText() + " "
                + c.get("oldValue").asText() + " → " + c.get("newValue").asText()));
        assertTrue(changes.contains("BUDGET_FIGURES_CHANGED executed 36700.00 → 48000.00"), changes.toString());
        assertTrue(changes.contains("BUDGET_FIGURES_CHANGED budgetRevision 1 → 2"), changes.toString());
        assertTrue(changes.contains("SCORE_CHANGED totalScore 97.65 → 100.00"), changes.toString());
        given().get("/api/v1/goal-sets/{d}/{y}/amendments", department, Seeds.YEAR).then().statusCode(200)
                .body("findAll { it.entity == 'BUDGET_FIGURES' && it.field == 'executed' }.newValue", org.hamcrest.Matchers.hasItem("48000.00"));

        // the same event delivered again, and an older revision, have no effect
        String replay = BudgetEventsReplay.of(department, amendment);
        BudgetEvents.sendRaw(department, Seeds.YEAR, replay);
        BudgetEvents.send(department, Seeds.YEAR, 2, "stale", List.of(
                BudgetEvents.figure("AMOUNT_AMENDED", 7, line(), PROJECT, "FINAL_ACCOUNT", "48000.00", "1.00")));
        // a marker revision behind them shows they were consumed (one partition per department-year keeps the order)
        BudgetEvents.send(department, Seeds.YEAR, 3, "marker", List.of(
                BudgetEvents.figure("AMOUNT_AMENDED", 7, line(), PROJECT, "INITIAL_BUDGET", null, "48000.00")));
        BudgetEvents.awaitRevision(department, Seeds.YEAR, 3);
        JsonPath after = Seeds.evaluation(department, PROJECT);
        assertEquals("4.80", after.getString("budget.executedWanYuan"));
        assertEquals(before + 1, goalSetRevision(department), "nothing the scores use moved");
    }

    @Test
    void aRevisionWhoseChangesDoNotFitIsReadWholeFromBudgetServiceWithRetries() throws Exception {
        String department = setUp();
        // budget-service's revision 2 is a large import: the event carries 1 of its 250 changes
        FakeBudgetService.serveLedger(department, Seeds.YEAR, 2, """
                {"departmentCode":"%s","fiscalYear":2024,"revision":2,"lines":[
                 {"id":7,"flow":"EXPENDITURE","functionCode":"2109999","economicCode":"30201","fundingSource":"GENERAL_PUBLIC_BUDGET",
                  "expenditureType":"PROJECT","projectCode":"%s","initialBudget":null,"adjustedBudget":48000.00,"finalAccount":24000.00},
                 {"id":8,"flow":"EXPENDITURE","functionCode":"2109999","economicCode":"30101","fundingSource":"GENERAL_PUBLIC_BUDGET",
                  "expenditureType":"BASIC","projectCode":null,"initialBudget":null,"adjustedBudget":100000.00,"finalAccount":100000.00}]}
                """.formatted(department, PROJECT));
        FakeBudgetService.serveAttributes(department, Seeds.YEAR,
                "{\"PROJECT/" + PROJECT + "\":{\"name\":\"保健医疗专项工作经费\",\"category\":\"SPECIFIC_PURPOSE\"}}");
        FakeBudgetService.failNext(department, Seeds.YEAR, 2);
        BudgetEvents.send(department, Seeds.YEAR, 2, "决算导入", List.of(
                BudgetEvents.figure("AMOUNT_AMENDED", 7, line(), PROJECT, "FINAL_ACCOUNT", "36700.00", "24000.00")), 250);

        JsonPath copy = BudgetEvents.awaitRevision(department, Seeds.YEAR, 2);
        assertEquals("124000.00", copy.getString("departmentWide.executed"), "line 8 came from the REST API, not the event");
        List<String> requests = FakeBudgetService.requests(department, Seeds.YEAR);
        assertTrue(requests.stream().filter(r -> r.contains("revision=2")).count() >= 3,
                "two 503s, then the ledger: " + requests);
        JsonPath e = Seeds.evaluation(department, PROJECT);
        assertEquals("50.00%", e.getString("budget.executionRate"));
        assertEquals("5.00", e.getString("score.execution.score"));
        assertEquals("95.00", e.getString("score.total"));

        // revision 3 never arrives; revision 4 does: the gap is noticed and the ledger read whole at 4
        FakeBudgetService.serveLedger(department, Seeds.YEAR, 4, """
                {"departmentCode":"%s","fiscalYear":2024,"revision":4,"lines":[
                 {"id":7,"flow":"EXPENDITURE","functionCode":"2109999","economicCode":"30201","fundingSource":"GENERAL_PUBLIC_BUDGET",
                  "expenditureType":"PROJECT","projectCode":"%s","initialBudget":null,"adjustedBudget":48000.00,"finalAccount":36000.00}]}
                """.formatted(department, PROJECT));
        BudgetEvents.send(department, Seeds.YEAR, 4, "更正", List.of(
                BudgetEvents.figure("AMOUNT_AMENDED", 7, line(), PROJECT, "FINAL_ACCOUNT", "30000.00", "36000.00")));
        copy = BudgetEvents.awaitRevision(department, Seeds.YEAR, 4);
        assertEquals("36000.00", copy.getString("departmentWide.executed"), "line 8 is gone at revision 4");
        assertEquals("7.50", Seeds.evaluation(department, PROJECT).getString("score.execution.score"));
    }

    @Test
    void figuresOfADepartmentWithoutGoalsAreKeptAndPublishNothing() throws Exception {
        String department = Seeds.newDepartment();
        BudgetEvents.send(department, Seeds.YEAR, 1, "预算", List.of(
                BudgetEvents.figure("LINE_ADDED", 1, line(), "P1", "INITIAL_BUDGET", null, "10000.00")));
        JsonPath copy = BudgetEvents.awaitRevision(department, Seeds.YEAR, 1);
        assertEquals("1.00", copy.getString("projects.P1.budgetedWanYuan"));
        given().get("/api/v1/goal-sets/{d}/{y}", department, Seeds.YEAR).then().statusCode(404);
        assertEquals(List.of(), TopicReader.read(PlatformTopics.PERFORMANCE_GOAL_EVENTS,
                r -> r.key().equals(department + ":" + Seeds.YEAR), Duration.ofSeconds(3), Duration.ZERO));
    }

    /** Re-sends an event as it was: kept here so the replay is byte for byte the original. */
    static final class BudgetEventsReplay {
        static String of(String department, UUID eventId) {
            List<ConsumerRecord<String, String>> records = TopicReader.read(PlatformTopics.BUDGET_LEDGER_EVENTS,
                    r -> r.value().contains(eventId.toString()), Duration.ofSeconds(30), Duration.ZERO);
            assertEquals(department + ":" + Seeds.YEAR, records.get(0).key());
            return records.get(0).value();
        }
    }

}
