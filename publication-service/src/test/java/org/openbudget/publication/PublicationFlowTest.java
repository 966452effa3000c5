package org.openbudget.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regeneration through the real broker: a budget event makes a version from the revision it names, read from
 * budget-service (played back from recorded responses); missing text blocks publication; an amendment republishes
 * with a 更正说明; identical inputs make no version; an outage of budget-service delays but never corrupts.
 *
 * Recorded sources (src/test/resources/sources/): TEST01 2024 at revision 2 (figures, no explanations), 17 (every
 * explanation written) and 18 (2101501 基本工资 决算 210.00 → 220.00 万元, income with it), and 2023 (prior year).
 */
@QuarkusTest
class PublicationFlowTest {

    static final String KIND = SourceFixtures.KIND;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void anAmendmentRepublishesWithACorrectionAndLeavesThePreviousVersionAsItWas() throws Exception {
        String d = SourceFixtures.newDepartment();
        SourceFixtures.load(d, 2023, "current", "TEST01-2023.json");
        SourceFixtures.load(d, 2024, "2", "TEST01-2024-r2.json");
        SourceFixtures.event(d, 2);

        JsonPath first = SourceFixtures.awaitNewest(d, v -> v.getLong("budgetRevision") == 2);
        assertEquals("BLOCKED", first.getString("status"), "explanations and editorial text are missing");
        List<String> blocking = first.getList("blocking", String.class);
        assertTrue(blocking.stream().anyMatch(b -> b.contains("yoy:total")), blocking.toString());
        assertTrue(blocking.stream().anyMatch(b -> b.contains("variance:FINAL_ACCOUNT:2101506")), blocking.toString());
        assertTrue(blocking.stream().anyMatch(b -> b.contains("editorial:functions")), blocking.toString());
        String text = documentText(d, first.getInt("number"));
        assertTrue(text.contains("2024 年度收、支总计均为 570.00 万元。与 2023 年度相比，收、支总计各增加 50.00 万元，增长 9.6%"), text);
        assertTrue(text.contains("【待补充"), "a missing explanation shows as a placeholder");

        for (String key : List.of("functions", "organization", "key-work")) {
            given().contentType("application/json").header("Authorization", Tokens.bearer("editor@test", List.of("editor"), d))
                    .body(Map.of("text", "测试文本：" + key, "reason", "录入"))
                    .put("/api/v1/editorial/{d}/2024/{key}", d, key).then().statusCode(200).body("changed", equalTo(true));
        }
        SourceFixtures.load(d, 2024, "17", "TEST01-2024-r17.json");
        SourceFixtures.event(d, 17);
        JsonPath published = SourceFixtures.awaitNewest(d, v -> v.getLong("budgetRevision") == 17 && v.getLong("editorialRevision") == 3);
        assertEquals("PUBLISHED", published.getString("status"), published.prettify());
        assertNull(published.get("correction"), "the first public version corrects nothing");
        int publishedNumber = published.getInt("number");
        String publishedHash = published.getString("contentHash");
        String publishedText = documentText(d, publishedNumber);
        assertFalse(publishedText.contains("【待补充"));
        assertTrue(publishedText.contains("主要原因是按实际发生数列支（yoy:total）"), "the explanation is inserted");

        SourceFixtures.load(d, 2024, "18", "TEST01-2024-r18.json");
        SourceFixtures.event(d, 18);
        JsonPath corrected = SourceFixtures.awaitNewest(d, v -> v.getLong("budgetRevision") == 18);
        assertEquals("PUBLISHED", corrected.getString("status"), corrected.prettify());
        assertEquals(publishedNumber, corrected.getInt("correctsNumber"));
        List<Map<String, String>> cells = corrected.getList("correction.cells");
        assertTrue(cells.stream().anyMatch(c -> c.get("table").startsWith("公开05表") && c.get("row").equals("2101501 行政运行")
                && c.get("oldValue").equals("259.50") && c.get("newValue").equals("269.50")), cells.toString());
        assertTrue(cells.stream().anyMatch(c -> c.get("table").startsWith("公开01表") && c.get("oldValue").equals("570.00")
                && c.get("newValue").equals("580.00")), cells.toString());
        List<Map<String, String>> texts = corrected.getList("correction.texts");
        assertTrue(texts.stream().anyMatch(t -> t.get("oldText").contains("收、支总计均为 570.00 万元")
                && t.get("newText").contains("收、支总计均为 580.00 万元")), texts.toString());
        String correctedText = documentText(d, corrected.getInt("number"));
        assertTrue(correctedText.startsWith("更正说明"), "the 更正说明 opens the corrected version");
        assertTrue(correctedText.contains("增加 60.00 万元，增长 11.5%"), "the narrative follows the amended figures");

        JsonPath chart = JsonPath.from(json.writeValueAsString(json.readTree(given().get(
                "/api/v1/publications/{d}/2024/{k}/versions/{n}", d, KIND, corrected.getInt("number")).asString())
                .get("document").findValues("blocks").stream().flatMap(b -> java.util.stream.StreamSupport.stream(b.spliterator(), false))
                .filter(b -> "chart".equals(b.path("type").asText()) && "totals".equals(b.path("id").asText())).findFirst().orElseThrow()));
        assertEquals(List.of(520.0f, 520.0f), chart.getList("series[0].values", Float.class), "图1 keeps 2023 as it was");
        assertEquals(List.of(580.0f, 580.0f), chart.getList("series[1].values", Float.class), "图1 draws the amended totals");

        JsonPath previous = version(d, publishedNumber);
        assertEquals(publishedHash, previous.getString("version.contentHash"));
        assertEquals(publishedText, documentText(d, publishedNumber), "a published version never changes");
    }

    @Test
    void goalsAndScoredSelfEvaluationsFromPerformanceServiceAppearAsAttachments() throws Exception {
        String d = SourceFixtures.newDepartment();
        SourceFixtures.published(d);
        SourceFixtures.loadPerformance(d, "TEST01-2024-performance.json");
        SourceFixtures.goalEvent(d, 5);
        JsonPath version = SourceFixtures.awaitNewest(d, v -> v.getLong("performanceRevision") == 5);
        assertEquals("PUBLISHED", version.getString("status"), version.prettify());
        String text = documentText(d, version.getInt("number"));
        assertTrue(text.contains("附件1 2024年度测试市医疗保障中心项目绩效自评表") || text.contains("医疗保险经办服务工作经费项目绩效自评表"), text);
        assertTrue(text.contains("医疗保险经办服务工作经费自评得分 100.00 分，评价结果为“优”"), text);
        List<Map<String, String>> texts = version.getList("correction.texts");
        assertTrue(texts.stream().anyMatch(t -> t.get("newText").contains("自评得分 100.00 分")), texts.toString());
    }

    @Test
    void theSameInputsMakeNoNewVersion() throws Exception {
        String d = SourceFixtures.newDepartment();
        SourceFixtures.load(d, 2024, "2", "TEST01-2024-r2.json");
        SourceFixtures.event(d, 2);
        JsonPath first = SourceFixtures.awaitNewest(d, v -> v.getLong("budgetRevision") == 2);
        given().post("/api/v1/publications/{d}/2024/regenerate", d).then().statusCode(204);
        Thread.sleep(3_000);
        List<Integer> numbers = given().get("/api/v1/publications/{d}/2024/{k}", d, KIND).jsonPath().getList("number", Integer.class);
        assertEquals(List.of(first.getInt("number")), numbers, "regenerating unchanged inputs made a version");
    }

    @Test
    void whileBudgetServiceIsDownNothingIsPublishedAndTheVersionFollowsWhenItIsBack() throws Exception {
        String d = SourceFixtures.newDepartment();
        SourceFixtures.load(d, 2024, "2", "TEST01-2024-r2.json");
        SourceFixtures.control("down");
        try {
            SourceFixtures.event(d, 2);
            Thread.sleep(3_000);
            given().get("/api/v1/publications/{d}/2024/{k}", d, KIND).then().statusCode(404);
        } finally {
            SourceFixtures.control("up");
        }
        JsonPath version = SourceFixtures.awaitNewest(d, v -> v.getLong("budgetRevision") == 2);
        assertEquals(1, version.getInt("number"));
    }

    @Test
    void aPublisherCanOverrideABlockWithAReasonOnceAndOnlyTheNewestVersion() throws Exception {
        String d = SourceFixtures.newDepartment();
        SourceFixtures.load(d, 2024, "2", "TEST01-2024-r2.json");
        SourceFixtures.event(d, 2);
        JsonPath blocked = SourceFixtures.awaitNewest(d, v -> v.getLong("budgetRevision") == 2);
        assertEquals("BLOCKED", blocked.getString("status"));
        int n = blocked.getInt("number");

        given().contentType("application/json").body(Map.of())
                .post("/api/v1/publications/{d}/2024/{k}/versions/{n}/publish", d, KIND, n)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("reason"));
        given().contentType("application/json").body(Map.of("reason", "x"))
                .post("/api/v1/publications/{d}/2024/{k}/versions/{n}/publish", d, "DRAFT", n)
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        given().get("/api/v1/publications/{d}/2024/{k}/versions/{n}", d, KIND, n).then().statusCode(200)
                .body("version.status", equalTo("BLOCKED"));

        // a draft is not public, and only a publisher publishes
        Tokens.anonymously(() -> {
            given().get("/api/v1/publications/{d}/2024/{k}/versions/{n}", d, KIND, n).then().statusCode(401)
                    .contentType("application/problem+json");
            given().get("/api/v1/publications/{d}/2024/{k}/versions/{n}/document.html", d, KIND, n).then().statusCode(401);
            given().get("/api/v1/publications/{d}/2024/{k}", d, KIND).then().statusCode(200).body("size()", equalTo(0));
        });
        given().contentType("application/json").header("Authorization", Tokens.bearer("editor@test", List.of("editor"), d))
                .body(Map.of("reason", "编辑无权公开")).post("/api/v1/publications/{d}/2024/{k}/versions/{n}/publish", d, KIND, n)
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/json").header("Authorization", Tokens.bearer("editor@test", List.of("editor"), "OTHER01"))
                .body(Map.of("text", "越权", "reason", "越权")).put("/api/v1/editorial/{d}/2024/functions", d)
                .then().statusCode(403).body("errors.field", hasItem("departmentCode"));

        given().contentType("application/json").header("Authorization", Tokens.bearer("publisher@test", List.of("publisher")))
                .body(Map.of("reason", "领导批准先行公开"))
                .post("/api/v1/publications/{d}/2024/{k}/versions/{n}/publish", d, KIND, n)
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("overrideReason", equalTo("领导批准先行公开"))
                .body("publishedBy", equalTo("publisher@test"));
        given().contentType("application/json").body(Map.of("reason", "again"))
                .post("/api/v1/publications/{d}/2024/{k}/versions/{n}/publish", d, KIND, n)
                .then().statusCode(409).contentType("application/problem+json");
        Tokens.anonymously(() -> {
            given().get("/api/v1/publications").then().statusCode(200)
                    .body("findAll { it.departmentCode == '" + d + "' }.number", hasItem(n));
            given().get("/api/v1/publications/{d}/2024/{k}/versions/{n}", d, KIND, n).then().statusCode(200)
                    .body("version.publishedBy", equalTo("publisher@test"));
            given().get("/api/v1/publications/{d}/2024/{k}", d, KIND).then().statusCode(200).body("number", hasItem(n));
        });
    }

    @Test
    void aYearHeldOnlyForItsFiguresPublishesNothing() throws Exception {
        String d = SourceFixtures.newDepartment();
        given().contentType("application/json").body(Map.of("documents", List.of("DRAFT"), "reason", "x"))
                .put("/api/v1/document-choice/{d}/2024", d).then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("documents", List.of(), "reason", "仅供下一年度比较"))
                .put("/api/v1/document-choice/{d}/2024", d).then().statusCode(200).body("changed", equalTo(true));
        SourceFixtures.load(d, 2024, "2", "TEST01-2024-r2.json");
        SourceFixtures.event(d, 2);
        Thread.sleep(2_500);
        given().get("/api/v1/publications/{d}/2024/{k}", d, KIND).then().statusCode(404);

        given().contentType("application/json").body(Map.of("documents", List.of("FINAL_ACCOUNTS"), "reason", "公开决算"))
                .put("/api/v1/document-choice/{d}/2024", d).then().statusCode(200).body("changed", equalTo(true));
        SourceFixtures.awaitNewest(d, v -> v.getLong("budgetRevision") == 2);
    }

    @Test
    void anEventForALedgerBudgetServiceDoesNotHoldMakesNoDocument() throws Exception {
        String d = SourceFixtures.newDepartment();
        SourceFixtures.event(d, 1);
        Thread.sleep(2_000);
        given().get("/api/v1/publications/{d}/2024/{k}", d, KIND).then().statusCode(404)
                .contentType("application/problem+json").body("errors.field", hasItem("kind"));
    }

    private static JsonPath version(String department, int number) {
        return given().get("/api/v1/publications/{d}/2024/{k}/versions/{n}", department, KIND, number).then()
                .statusCode(200).extract().jsonPath();
    }

    /** Every heading, paragraph and table caption of a version's document, in order, one per line. */
    private String documentText(String department, int number) throws Exception {
        var document = json.readTree(given().get("/api/v1/publications/{d}/2024/{k}/versions/{n}", department, KIND, number)
                .then().statusCode(200).extract().asString()).get("document");
        StringBuilder out = new StringBuilder();
        for (var section : document.get("sections")) {
            append(section, out);
        }
        return out.toString();
    }

    private static void append(com.fasterxml.jackson.databind.JsonNode section, StringBuilder out) {
        out.append(section.get("heading").asText()).append('\n');
        for (var block : section.get("blocks")) {
            if ("paragraph".equals(block.get("type").asText())) {
                block.get("runs").forEach(r -> out.append(r.get("text").asText()));
                out.append('\n');
            } else if ("table".equals(block.get("type").asText())) {
                out.append(block.get("number").asText()).append(' ').append(block.get("title").asText()).append('\n');
            }
        }
        section.get("children").forEach(child -> append(child, out));
    }
}
