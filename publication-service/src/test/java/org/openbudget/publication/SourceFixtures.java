package org.openbudget.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.openbudget.local.EventSchemas;
import org.openbudget.local.TopicWriter;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Drives publication-service as its sources would: recorded budget-service responses loaded into
 * {@link FakeBudgetService}, documented events through the real broker, editorial text through the API.
 */
final class SourceFixtures {

    static final String KIND = "FINAL_ACCOUNTS";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SourceFixtures() {
    }

    static String newDepartment() {
        return "P" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }

    /** A recorded budget-service response, served for another department so tests never share state. */
    static void load(String department, int year, String revision, String resource) throws Exception {
        try (InputStream in = SourceFixtures.class.getResourceAsStream("/sources/" + resource)) {
            ObjectNode source = (ObjectNode) JSON.readTree(in);
            source.put("departmentCode", department);
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(fakeUrl() + "/control/sources/"
                    + department + "/" + year + "/" + revision)).PUT(HttpRequest.BodyPublishers.ofString(source.toString(),
                    StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(204, response.statusCode());
        }
    }

    /** A performance-service disclosure source (goals and scored self-evaluations) for this department's 2024. */
    static void loadPerformance(String department, String resource) throws Exception {
        try (InputStream in = SourceFixtures.class.getResourceAsStream("/sources/" + resource)) {
            ObjectNode source = (ObjectNode) JSON.readTree(in);
            source.put("departmentCode", department);
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(fakeUrl() + "/control/sources/performance/"
                    + department + "/2024")).PUT(HttpRequest.BodyPublishers.ofString(source.toString(), StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(204, response.statusCode());
        }
    }

    /** The documented performance event, for this department and revision, through the real broker. */
    static void goalEvent(String department, long revision) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(EventSchemas.example("performance.goals.changed"));
        event.put("departmentCode", department);
        event.put("revision", revision);
        event.put("eventId", UUID.randomUUID().toString());
        assertEquals(java.util.Set.of(), EventSchemas.validate("performance.goals.changed", event.toString()));
        TopicWriter.send("performance.goal-events", department + ":2024", event.toString());
    }

    static void control(String what) throws IOException, InterruptedException {
        HTTP.send(HttpRequest.newBuilder(URI.create(fakeUrl() + "/control/" + what)).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String fakeUrl() {
        return ConfigProvider.getConfig().getValue(FakeBudgetService.URL_PROPERTY, String.class);
    }

    /** The documented budget event, for this department and revision, through the real broker. */
    static void event(String department, long revision) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree(EventSchemas.example("budget.ledger.changed"));
        event.put("departmentCode", department);
        event.put("revision", revision);
        event.put("eventId", UUID.randomUUID().toString());
        assertEquals(java.util.Set.of(), EventSchemas.validate("budget.ledger.changed", event.toString()));
        TopicWriter.send("budget.ledger-events", department + ":2024", event.toString());
    }

    static void editorial(String department, String... keys) {
        for (String key : keys) {
            given().contentType("application/json")
                    .header("Authorization", Tokens.bearer("editor@test", java.util.List.of("editor"), department))
                    .body(Map.of("text", "测试文本：" + key, "reason", "录入"))
                    .put("/api/v1/editorial/{d}/2024/{key}", department, key).then().statusCode(200);
        }
    }

    /** A department whose 2024 决算 is published (recorded revision 17, every explanation and text present). */
    static JsonPath published(String department) throws Exception {
        load(department, 2023, "current", "TEST01-2023.json");
        load(department, 2024, "17", "TEST01-2024-r17.json");
        editorial(department, "functions", "organization", "key-work");
        event(department, 17);
        return awaitNewest(department, v -> v.getLong("budgetRevision") == 17 && v.getLong("editorialRevision") == 3
                && "PUBLISHED".equals(v.getString("status")));
    }

    static JsonPath awaitNewest(String department, Predicate<JsonPath> until) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        String last = "none";
        while (System.nanoTime() < deadline) {
            var response = given().get("/api/v1/publications/{d}/2024/{k}", department, KIND);
            if (response.statusCode() == 200) {
                JsonPath version = JsonPath.from(json(response.jsonPath().getMap("[0]")));
                last = version.prettify();
                if (until.test(version)) {
                    return version;
                }
            }
            Thread.sleep(150);
        }
        fail("no version as expected for " + department + "; newest: " + last);
        return null;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
