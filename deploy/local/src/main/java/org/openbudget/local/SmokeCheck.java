package org.openbudget.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One round trip through real processes: a figure changes in budget-service and a goal in performance-service; each
 * must reach publication-service (outbox → Kafka → consumer) at the revision the change produced. Re-runnable on the
 * same data directory: it amends what an earlier run created.
 */
final class SmokeCheck {

    static final String DEPARTMENT = "SMOKE01";
    static final int YEAR = 2024;

    private final Map<String, String> urls;
    private final PrintStream out;
    private final ApiClient api = new ApiClient("smoke-check");
    private final ObjectMapper json = api.json();

    SmokeCheck(Map<String, String> urls, PrintStream out) {
        this.urls = urls;
        this.out = out;
    }

    int run() {
        try {
            Instant begin = Instant.now();
            long budgetRevision = changeAFigure();
            long goalRevision = changeAGoal();
            JsonNode feed = awaitPublication(budgetRevision, goalRevision);
            out.printf("SMOKE OK: publication-service holds budget revision %d and performance revision %d of %s/%d "
                            + "(%d changes applied), round trip %.1f s%n", feed.get("budgetRevision").asLong(),
                    feed.get("performanceRevision").asLong(), DEPARTMENT, YEAR, feed.get("changes").size(),
                    Duration.between(begin, Instant.now()).toMillis() / 1000.0);
            new PublicationRoundTrip(this).run();
            return 0;
        } catch (Exception e) {
            out.println("SMOKE FAILED: " + e.getMessage());
            return 1;
        }
    }

    private long changeAFigure() throws IOException, InterruptedException {
        String budget = urls.get("budget-service");
        expect(send("PUT", budget + "/api/v1/departments/" + DEPARTMENT,
                Map.of("name", "冒烟测试部门", "unitType", "ADMINISTRATIVE")), 200, 201);
        HttpResponse<String> ledger = send("GET", budget + "/api/v1/ledgers/" + DEPARTMENT + "/" + YEAR, null);
        JsonNode result;
        if (ledger.statusCode() == 404) {
            result = expect(send("POST", budget + "/api/v1/ledgers/" + DEPARTMENT + "/" + YEAR + "/expenditure-lines",
                    Map.of("functionCode", "2101501", "economicCode", "30101", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                            "expenditureType", "BASIC", "initialBudget", "100000.00", "reason", "冒烟测试：录入")), 201);
        } else {
            JsonNode line = expect(ledger, 200).get("lines").get(0);
            String amount = line.get("initialBudget").decimalValue().add(java.math.BigDecimal.ONE).toPlainString();
            result = expect(send("PATCH", budget + "/api/v1/ledgers/" + DEPARTMENT + "/" + YEAR + "/expenditure-lines/"
                    + line.get("id").asLong(), Map.of("measure", "INITIAL_BUDGET", "amount", amount,
                    "reason", "冒烟测试：更正")), 200);
        }
        out.println("budget-service committed revision " + result.get("revision").asLong());
        return result.get("revision").asLong();
    }

    private long changeAGoal() throws IOException, InterruptedException {
        String performance = urls.get("performance-service");
        JsonNode result = expect(send("POST", performance + "/api/v1/goal-sets/" + DEPARTMENT + "/" + YEAR + "/goals",
                Map.of("scope", "DEPARTMENT_WIDE", "term", "ANNUAL", "content", "冒烟测试年度目标 " + Instant.now(),
                        "reason", "冒烟测试")), 201);
        out.println("performance-service committed revision " + result.get("revision").asLong());
        return result.get("revision").asLong();
    }

    private JsonNode awaitPublication(long budgetRevision, long goalRevision) throws IOException, InterruptedException {
        String url = urls.get("publication-service") + "/api/v1/change-feed/" + DEPARTMENT + "/" + YEAR;
        Instant deadline = Instant.now().plusSeconds(60);
        String last = "nothing yet";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = send("GET", url, null);
            if (response.statusCode() == 200) {
                JsonNode feed = json.readTree(response.body());
                if (feed.get("budgetRevision").asLong() >= budgetRevision
                        && feed.get("performanceRevision").asLong() >= goalRevision) {
                    return feed;
                }
                last = "budget " + feed.get("budgetRevision") + ", performance " + feed.get("performanceRevision");
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("publication-service did not receive the changes within 60 s (" + last + ")");
    }

    String url(String service) {
        return urls.get(service);
    }

    PrintStream out() {
        return out;
    }

    ObjectMapper json() {
        return json;
    }

    HttpResponse<String> send(String method, String url, Object body) throws IOException, InterruptedException {
        return api.send(method, url, body);
    }

    JsonNode expect(HttpResponse<String> response, int... statuses) throws IOException {
        return api.expect(response, statuses);
    }
}
