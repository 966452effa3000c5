package org.openbudget.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The guided amendment of the README (deploy/local/amend): against the running platform, corrects the 决算 of
 * 住房公积金 (2210201 × 30113) of 武汉市医疗保险中心 2024 — and its 一般公共预算财政拨款 income, so the ledger stays
 * balanced — with a reason, waits for the republished version and prints its 更正说明.
 */
public final class GuidedAmendment {

    static final String DEPARTMENT = "WHYBZX";
    static final int YEAR = 2024;

    private GuidedAmendment() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String budget = args.length > 0 ? args[0] : "http://127.0.0.1:8081";
        String publication = args.length > 1 ? args[1] : "http://127.0.0.1:8083";
        String amount = args.length > 2 ? args[2] : "2879000.00";
        System.exit(run(budget, publication, new BigDecimal(amount), out));
    }

    public static int run(String budget, String publication, BigDecimal amount, PrintStream out) throws Exception {
        ApiClient api = new ApiClient("guided-amendment");
        String versionsUrl = publication + "/api/v1/publications/" + DEPARTMENT + "/" + YEAR + "/FINAL_ACCOUNTS";
        JsonNode before = api.expect(api.send("GET", versionsUrl, null), 200).get(0);
        out.printf("before: version %d (%s) from budget revision %d%n", before.get("number").asInt(),
                before.get("status").asText(), before.get("budgetRevision").asLong());

        List<Map<String, Object>> figures = List.of(
                Map.of("functionCode", "2210201", "economicCode", "30113", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                        "expenditureType", "BASIC", "measure", "FINAL_ACCOUNT", "amount", amount),
                Map.of("flow", "INCOME", "functionCode", "2210201", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                        "measure", "FINAL_ACCOUNT", "amount", amount));
        JsonNode result = api.expect(api.send("POST", budget + "/api/v1/ledgers/" + DEPARTMENT + "/" + YEAR + "/figures",
                Map.of("reason", "住房公积金决算数据按财政核定数更正", "figures", figures)), 200);
        if (!result.get("changed").asBoolean()) {
            out.println("nothing changed: the 决算 of 2210201 住房公积金 is already " + amount + " 元 (pass another amount)");
            return 0;
        }
        long revision = result.get("revision").asLong();
        out.printf("budget-service committed revision %d: 2210201 住房公积金 决算 → %s 元 (and its income)%n", revision, amount);

        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = api.send("GET", versionsUrl, null);
            JsonNode newest = api.json().readTree(response.body()).get(0);
            if (newest.get("budgetRevision").asLong() >= revision) {
                out.printf("after: version %d (%s), published %s%n", newest.get("number").asInt(),
                        newest.get("status").asText(), newest.path("publishedAt").asText("-"));
                JsonNode correction = newest.path("correction");
                if (!correction.isMissingNode() && !correction.isNull()) {
                    out.printf("更正说明 (corrects version %d):%n", correction.get("againstNumber").asInt());
                    correction.path("cells").forEach(c -> out.printf("  %s | %s | %s: %s → %s%n", c.get("table").asText(),
                            c.get("row").asText(), c.get("column").asText(), c.get("oldValue").asText(), c.get("newValue").asText()));
                    correction.path("texts").forEach(t -> out.printf("  %s:%n    原文：%s%n    更正：%s%n", t.get("section").asText(),
                            t.get("oldText").asText(), t.get("newText").asText()));
                } else {
                    newest.path("blocking").forEach(b -> out.println("  blocked: " + b.asText()));
                }
                out.println("portal: " + publication + "/portal/" + DEPARTMENT + "/" + YEAR + "/FINAL_ACCOUNTS/history");
                return "PUBLISHED".equals(newest.get("status").asText()) ? 0 : 1;
            }
            Thread.sleep(200);
        }
        out.println("no new version within 60 s");
        return 1;
    }
}
