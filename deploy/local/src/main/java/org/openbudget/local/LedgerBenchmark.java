package org.openbudget.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Benchmark of budget-service against a running instance (deploy/local/benchmark starts one): import of a
 * department-year of N lines through the CSV file endpoint, and derivation of every public table for a ledger of M
 * lines. Prints the numbers that go in docs/benchmarks.md. Not a test: nothing here asserts.
 */
public final class LedgerBenchmark {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private static final String HEADER = "flow,functionCode,economicCode,fundingSource,expenditureType,projectCode,"
            + "initialBudget,adjustedBudget,finalAccount\n";
    private static final String[] SOURCES = {"GENERAL_PUBLIC_BUDGET", "GOVERNMENT_FUND_BUDGET",
            "STATE_CAPITAL_OPERATION_BUDGET", "SUPERIOR_SUBSIDY", "PUBLIC_SERVICE_REVENUE", "OTHER_REVENUE"};

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    private LedgerBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8081";
        int importLines = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int tableLines = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        new LedgerBenchmark(base).run(importLines, tableLines);
    }

    private void run(int importLines, int tableLines) throws Exception {
        List<String> functions = codes("/api/v1/catalogs/function/2024?level=ITEM");
        List<String> economics = codes("/api/v1/catalogs/economic/2024?level=SECTION");
        OUT.printf("catalog: %d 项 × %d 款%n", functions.size(), economics.size());

        String small = department("BENCHT" + System.currentTimeMillis() % 100000);
        importFile(small, csv(tableLines, functions, economics, 0), "warm-up and table ledger");
        List<Long> derivations = new ArrayList<>();
        List<String> tables = List.of("FA01", "FA02", "FA03", "FA04", "FA05", "FA06", "FA07", "FA08", "FA09");
        for (int round = 0; round < 10; round++) {
            for (String table : tables) {
                long start = System.nanoTime();
                expect(send("GET", "/api/v1/ledgers/" + small + "/2024/tables/" + table, null, null), 200);
                derivations.add(System.nanoTime() - start);
            }
        }
        long validationStart = System.nanoTime();
        expect(send("GET", "/api/v1/ledgers/" + small + "/2024/validation", null, null), 200);
        long validationNanos = System.nanoTime() - validationStart;
        Collections.sort(derivations);
        OUT.printf("derivation, %d-line ledger, %d requests over 9 tables: median %.1f ms, p95 %.1f ms, max %.1f ms; "
                        + "full validation (13 rules, all tables) %.1f ms%n", tableLines, derivations.size(),
                millis(derivations.get(derivations.size() / 2)), millis(derivations.get(derivations.size() * 95 / 100)),
                millis(derivations.get(derivations.size() - 1)), millis(validationNanos));

        String large = department("BENCHL" + System.currentTimeMillis() % 100000);
        String file = csv(importLines, functions, economics, 1);
        OUT.printf("import file: %d lines, %.1f MB%n", importLines, file.length() / 1e6);
        long start = System.nanoTime();
        JsonNode result = importFile(large, file, "benchmark import");
        long nanos = System.nanoTime() - start;
        OUT.printf("import of %d lines (%d figures): %.1f s, %.0f lines/s%n", importLines,
                result.get("figuresChanged").asInt(), nanos / 1e9, importLines / (nanos / 1e9));
        start = System.nanoTime();
        JsonNode again = importFile(large, file, "benchmark re-import");
        OUT.printf("re-import of the same file (no change, changed=%s): %.1f s%n", again.get("changed"),
                (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        expect(send("GET", "/api/v1/ledgers/" + large + "/2024/tables/FA05", null, null), 200);
        OUT.printf("derivation of FA05 for the %d-line ledger: %.0f ms%n", importLines, millis(System.nanoTime() - start));
    }

    /** Distinct grains: 基本支出 by (项, 款, source), then 项目支出 lines with one project each. */
    private static String csv(int lines, List<String> functions, List<String> economics, int salt) {
        StringBuilder csv = new StringBuilder(HEADER);
        int written = 0;
        outer:
        for (String source : SOURCES) {
            for (String function : functions) {
                for (String economic : economics) {
                    if (written == lines) {
                        break outer;
                    }
                    long yuan = 1000 + ((long) written * 7919 + salt) % 9_000_000;
                    csv.append("EXPENDITURE,").append(function).append(',').append(economic).append(',').append(source)
                            .append(",BASIC,,").append(yuan).append(".00,,").append(yuan + 37).append(".15\n");
                    written++;
                }
            }
        }
        for (int p = 0; written < lines; p++, written++) {
            csv.append("EXPENDITURE,").append(functions.get(p % functions.size())).append(",30227,GENERAL_PUBLIC_BUDGET,")
                    .append("PROJECT,P").append(p).append(",,,").append(100 + p).append(".00\n");
        }
        return csv.toString();
    }

    private String department(String code) throws Exception {
        expect(send("PUT", "/api/v1/departments/" + code, "application/json",
                "{\"name\":\"基准测试部门\",\"unitType\":\"ADMINISTRATIVE\"}"), 200, 201);
        return code;
    }

    private JsonNode importFile(String department, String csv, String reason) throws Exception {
        return expect(send("PUT", "/api/v1/ledgers/" + department + "/2024/file?reason="
                + URLEncoder.encode(reason, StandardCharsets.UTF_8), "text/csv; charset=UTF-8", csv), 200);
    }

    private List<String> codes(String path) throws Exception {
        List<String> codes = new ArrayList<>();
        expect(send("GET", path, null, null), 200).forEach(item -> codes.add(item.get("code").asText()));
        return codes;
    }

    private static final String TOKEN = DevTokens.admin("ledger-benchmark");

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + TOKEN);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode expect(HttpResponse<String> response, int... statuses) throws Exception {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return json.readTree(response.body());
            }
        }
        throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                + response.body().substring(0, Math.min(500, response.body().length())));
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
