package org.openbudget.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Amend → new published version latency, measured against a running platform: N amendments of one 决算 figure (each
 * large enough to change the printed 万元), one at a time, each timed from the budget-service commit to the moment
 * publication-service serves a PUBLISHED version of that revision; then the first (rendering) download of each
 * format for the last versions. Numbers go in docs/benchmarks.md; this is not a test.
 */
public final class PublicationBenchmark {

    private static final String DEPARTMENT = "BENCHPUB";
    private static final int YEAR = 2024;

    public static void main(String[] args) throws Exception {
        String budget = args[0] + "/api/v1";
        String publication = args[1];
        int amendments = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        ApiClient api = new ApiClient("publication-benchmark");
        String ledger = budget + "/ledgers/" + DEPARTMENT + "/" + YEAR;
        api.expect(api.send("PUT", budget + "/departments/" + DEPARTMENT, Map.of("name", "基准测试部门", "unitType", "ADMINISTRATIVE")), 200, 201);
        for (String key : List.of("functions", "organization", "key-work")) {
            api.expect(api.send("PUT", publication + "/api/v1/editorial/" + DEPARTMENT + "/" + YEAR + "/" + key,
                    Map.of("text", "基准测试文本", "reason", "基准测试")), 200);
        }
        for (String subject : List.of("note:performance", "variance:FINAL_ACCOUNT:2101501")) {
            api.expect(api.send("PUT", ledger + "/attributes/explanation/" + subject,
                    Map.of("value", Map.of("text", "基准测试说明"), "reason", "基准测试")), 200, 201);
        }
        BigDecimal amount = new BigDecimal("1000000.00");
        figures(api, ledger, amount, true);
        List<Long> latencies = new ArrayList<>();
        for (int i = 1; i <= amendments; i++) {
            amount = amount.add(new BigDecimal("100.00"));
            long start = System.nanoTime();
            long revision = figures(api, ledger, amount, false);
            awaitPublished(api, publication, revision);
            latencies.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(latencies);
        System.out.printf("amend → published version, %d amendments: median %d ms, p90 %d ms, p99 %d ms, max %d ms%n",
                latencies.size(), pct(latencies, 50), pct(latencies, 90), pct(latencies, 99), latencies.get(latencies.size() - 1));

        JsonNode versions = api.expect(api.send("GET", publication + "/api/v1/publications/" + DEPARTMENT + "/" + YEAR
                + "/FINAL_ACCOUNTS", null), 200);
        for (String format : List.of("html", "pdf", "xlsx", "zip")) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < Math.min(20, versions.size()); i++) {
                JsonNode v = versions.get(i);
                if (!"PUBLISHED".equals(v.get("status").asText())) {
                    continue;
                }
                long start = System.nanoTime();
                HttpResponse<String> r = api.send("GET", publication + "/portal/" + DEPARTMENT + "/" + YEAR
                        + "/FINAL_ACCOUNTS/v/" + v.get("number").asInt() + "/document." + format, null);
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(format + " answered " + r.statusCode());
                }
                times.add((System.nanoTime() - start) / 1_000_000);
            }
            Collections.sort(times);
            System.out.printf("first download (render + store) of %-4s over %d versions: median %d ms, max %d ms%n",
                    format, times.size(), pct(times, 50), times.get(times.size() - 1));
        }
    }

    private static long figures(ApiClient api, String ledger, BigDecimal amount, boolean withBudget) throws Exception {
        List<Map<String, Object>> figures = new ArrayList<>();
        figures.add(Map.of("flow", "INCOME", "functionCode", "2101501", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                "measure", "FINAL_ACCOUNT", "amount", amount));
        figures.add(Map.of("functionCode", "2101501", "economicCode", "30101", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                "expenditureType", "BASIC", "measure", "FINAL_ACCOUNT", "amount", amount));
        if (withBudget) {
            figures.add(Map.of("functionCode", "2101501", "economicCode", "30101", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                    "expenditureType", "BASIC", "measure", "INITIAL_BUDGET", "amount", amount));
        }
        return api.expect(api.send("POST", ledger + "/figures", Map.of("reason", "基准测试", "figures", figures)), 200)
                .get("revision").asLong();
    }

    private static void awaitPublished(ApiClient api, String publication, long revision) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = api.send("GET", publication + "/api/v1/publications/" + DEPARTMENT + "/" + YEAR
                    + "/FINAL_ACCOUNTS", null);
            if (r.statusCode() == 200) {
                JsonNode newest = api.json().readTree(r.body()).get(0);
                if (newest.get("budgetRevision").asLong() >= revision) {
                    if (!"PUBLISHED".equals(newest.get("status").asText())) {
                        throw new IllegalStateException("version blocked: " + newest.get("blocking"));
                    }
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no version of revision " + revision + " within 60 s");
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
