package org.openbudget.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The publication path through real processes: a balanced 决算 with its editorial text is published as a version;
 * amending one 决算 figure (with its explanation) republishes it as a new version whose 更正说明 names the figure,
 * old → new, while the previous version stays as it was. Re-runnable: each run amends by 100 元 more.
 */
final class PublicationRoundTrip {

    static final String DEPARTMENT = "SMOKEPUB";
    static final int YEAR = 2024;
    private static final String KIND = "FINAL_ACCOUNTS";

    private final SmokeCheck smoke;

    PublicationRoundTrip(SmokeCheck smoke) {
        this.smoke = smoke;
    }

    void run() throws IOException, InterruptedException {
        String budget = smoke.url("budget-service") + "/api/v1";
        String publication = smoke.url("publication-service") + "/api/v1";
        String ledger = budget + "/ledgers/" + DEPARTMENT + "/" + YEAR;
        smoke.expect(smoke.send("PUT", budget + "/departments/" + DEPARTMENT,
                Map.of("name", "冒烟测试公开部门", "unitType", "ADMINISTRATIVE")), 200, 201);
        for (String key : List.of("functions", "organization", "key-work")) {
            smoke.expect(smoke.send("PUT", publication + "/editorial/" + DEPARTMENT + "/" + YEAR + "/" + key,
                    Map.of("text", "冒烟测试文本：" + key, "reason", "冒烟测试")), 200);
        }
        HttpResponse<String> existing = smoke.send("GET", ledger, null);
        BigDecimal amount = new BigDecimal("1000000.00");
        if (existing.statusCode() == 200) {
            for (JsonNode line : smoke.expect(existing, 200).get("lines")) {
                if (line.hasNonNull("finalAccount")) {
                    amount = line.get("finalAccount").decimalValue();
                }
            }
        } else {
            setExplanation(ledger, "note:performance", "冒烟测试：本年度绩效管理按计划开展。");
            setExplanation(ledger, "variance:FINAL_ACCOUNT:2101501", "冒烟测试：按实际发生数列支。");
            long revision = figures(ledger, amount, true);
            smoke.out().println("budget-service committed the SMOKEPUB 决算 at revision " + revision);
        }
        JsonNode first = awaitVersion(publication, 0);
        smoke.out().printf("publication-service: %s version %d PUBLISHED from budget revision %d%n", KIND,
                first.get("number").asInt(), first.get("budgetRevision").asLong());

        Instant amended = Instant.now();
        BigDecimal next = amount.add(new BigDecimal("100.00"));
        long revision = figures(ledger, next, false);
        JsonNode second = awaitVersion(publication, revision);
        double seconds = Duration.between(amended, Instant.now()).toMillis() / 1000.0;
        JsonNode cells = second.path("correction").path("cells");
        String oldText = wan(amount);
        String newText = wan(next);
        boolean named = false;
        for (JsonNode cell : cells) {
            named |= cell.path("oldValue").asText().equals(oldText) && cell.path("newValue").asText().equals(newText);
        }
        if (!named) {
            throw new IllegalStateException("version " + second.get("number") + " has no 更正说明 entry " + oldText
                    + " → " + newText + ": " + second.path("correction"));
        }
        JsonNode previous = smoke.expect(smoke.send("GET", publication + "/publications/" + DEPARTMENT + "/" + YEAR + "/"
                + KIND + "/versions/" + first.get("number").asInt(), null), 200);
        if (!previous.path("version").path("contentHash").asText().equals(first.get("contentHash").asText())) {
            throw new IllegalStateException("version " + first.get("number") + " changed after it was published");
        }
        smoke.out().printf("SMOKE OK: amended 决算 2101501 %s → %s 万元; version %d published %.1f s later with a "
                        + "更正说明 of %d cells and %d sentences; version %d unchanged%n", oldText, newText,
                second.get("number").asInt(), seconds, cells.size(), second.path("correction").path("texts").size(),
                first.get("number").asInt());
    }

    private void setExplanation(String ledger, String subject, String text) throws IOException, InterruptedException {
        smoke.expect(smoke.send("PUT", ledger + "/attributes/explanation/" + subject,
                Map.of("value", Map.of("text", text), "reason", "冒烟测试")), 200, 201);
    }

    /** Income and expenditure of 2101501 at the same 决算 amount (balanced); the first time also the 年初预算. */
    private long figures(String ledger, BigDecimal amount, boolean withBudget) throws IOException, InterruptedException {
        List<Map<String, Object>> figures = new java.util.ArrayList<>();
        figures.add(Map.of("flow", "INCOME", "functionCode", "2101501", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                "measure", "FINAL_ACCOUNT", "amount", amount));
        figures.add(Map.of("functionCode", "2101501", "economicCode", "30101", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                "expenditureType", "BASIC", "measure", "FINAL_ACCOUNT", "amount", amount));
        if (withBudget) {
            figures.add(Map.of("functionCode", "2101501", "economicCode", "30101", "fundingSource", "GENERAL_PUBLIC_BUDGET",
                    "expenditureType", "BASIC", "measure", "INITIAL_BUDGET", "amount", amount));
        }
        JsonNode result = smoke.expect(smoke.send("POST", ledger + "/figures",
                Map.of("reason", withBudget ? "冒烟测试：录入决算" : "冒烟测试：更正决算", "figures", figures)), 200);
        return result.get("revision").asLong();
    }

    /** Waits for a PUBLISHED version made from at least the given budget revision. */
    private JsonNode awaitVersion(String publication, long revision) throws IOException, InterruptedException {
        String url = publication + "/publications/" + DEPARTMENT + "/" + YEAR + "/" + KIND;
        Instant deadline = Instant.now().plusSeconds(60);
        String last = "no version yet";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = smoke.send("GET", url, null);
            if (response.statusCode() == 200) {
                JsonNode newest = smoke.json().readTree(response.body()).get(0);
                if (newest.get("budgetRevision").asLong() >= revision) {
                    if ("PUBLISHED".equals(newest.get("status").asText())) {
                        return newest;
                    }
                    last = "version " + newest.get("number") + " is " + newest.get("status") + ": " + newest.get("blocking");
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no published version from budget revision " + revision + " within 60 s (" + last + ")");
    }

    /** 元 → 万元 as documents print it (two decimals, thousands separators). */
    private static String wan(BigDecimal yuan) {
        return new java.text.DecimalFormat("#,##0.00").format(yuan.movePointLeft(4).setScale(2, java.math.RoundingMode.HALF_UP));
    }
}
