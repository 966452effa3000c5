package org.openbudget.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N concurrent editors amend 决算 figures of one department-year for a while against a running platform, each with
 * their own token; then the harness checks that nothing was lost — every acknowledged amendment is stored and in the
 * audit history, and the newest publication was computed from the final value of every figure — and reports
 * throughput, latency percentiles and the lag from the last acknowledgement to the publication that reflects it.
 * A benchmark, not a test (docs/benchmarks.md); {@code FaultsAcceptanceTest} runs a short one in CI.
 *
 * <pre>deploy/local/load [EDITORS] [SECONDS]   (defaults 8 180, against a platform it starts)</pre>
 */
public final class LoadHarness {

    private static final int YEAR = 2024;
    private static final String[] ECONOMIC = {"30101", "30102", "30103", "30107", "30108", "30109", "30110", "30112",
            "30113", "30199", "30201", "30202", "30205", "30206", "30207", "30211", "30213", "30216", "30217", "30228"};

    public record Result(long acknowledged, long refused, long stored, double perSecond, long p50, long p95, long p99,
                         long max, long lagMillis, long finalRevision, int versionNumber) {
    }

    private LoadHarness() {
    }

    public static Result run(String budgetUrl, String publicationUrl, int editors, Duration duration, PrintStream out)
            throws Exception {
        String department = "LOAD" + System.currentTimeMillis() % 100_000_000;
        String ledger = budgetUrl + "/api/v1/ledgers/" + department + "/" + YEAR;
        ApiClient admin = new ApiClient("load-harness");
        admin.expect(admin.send("PUT", budgetUrl + "/api/v1/departments/" + department,
                Map.of("name", "负载测试部门", "unitType", "ADMINISTRATIVE")), 200, 201);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String economic : ECONOMIC) {
            lines.add(figure(economic, 100_000));
        }
        admin.expect(admin.send("POST", ledger + "/figures", Map.of("reason", "负载测试：录入", "figures", lines)), 200);
        long setupRevision = revision(admin, ledger);

        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong lastAck = new AtomicLong();
        Instant end = Instant.now().plus(duration);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        List<Future<?>> running = new ArrayList<>();
        Instant began = Instant.now();
        for (int e = 0; e < editors; e++) {
            ApiClient editor = new ApiClient("editor-" + e, List.of("editor"), List.of(department));
            running.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (Instant.now().isBefore(end)) {
                    String economic = ECONOMIC[random.nextInt(ECONOMIC.length)];
                    long yuan = 100_000 + random.nextLong(1, 5_000_000) * 100; // whole 元 hundreds: the 万元 changes
                    long start = System.nanoTime();
                    HttpResponse<String> response = editor.send("POST", ledger + "/figures",
                            Map.of("reason", "负载测试：更正", "figures", List.of(figure(economic, yuan))));
                    latencies.add((System.nanoTime() - start) / 1_000_000);
                    if (response.statusCode() == 200 && response.body().contains("\"changed\":true")) {
                        acknowledged.incrementAndGet();
                        lastAck.set(System.nanoTime());
                    } else if (response.statusCode() != 200) {
                        refused.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        double seconds = Duration.between(began, Instant.now()).toMillis() / 1000.0;

        // nothing lost: every acknowledged amendment is one stored revision and one audit row
        long finalRevision = revision(admin, ledger);
        JsonNode history = admin.expect(admin.send("GET", ledger + "/history", null), 200);
        long stored = 0;
        for (JsonNode row : history) {
            if (row.get("revision").asLong() > setupRevision && "负载测试：更正".equals(row.get("reason").asText())) {
                stored++;
            }
        }
        // the publication reflects the final value of every figure
        Map<String, String> finalValues = new HashMap<>();
        for (JsonNode line : admin.expect(admin.send("GET", ledger, null), 200).get("lines")) {
            finalValues.put(line.get("economicCode").asText(), new BigDecimal(line.get("finalAccount").asText()).setScale(2).toPlainString());
        }
        // publication-service applies events one by one (about a hundred a second on two cores): a long run's backlog
        // takes minutes to drain, so the wait grows with it
        JsonNode version = awaitVersion(admin, publicationUrl, department, finalRevision,
                Duration.ofMinutes(3).plusSeconds(acknowledged.get() / 40));
        long lag = (System.nanoTime() - lastAck.get()) / 1_000_000;
        Map<String, String> published = facts(admin, publicationUrl, department, version.get("number").asInt());
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Result result = new Result(acknowledged.get(), refused.get(), stored, acknowledged.get() / seconds,
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1),
                lag, finalRevision, version.get("number").asInt());
        out.printf("load: %d editors for %.0f s: %d amendments acknowledged (%.1f/s), %d refused, %d stored in the audit "
                        + "history; latency p50 %d ms, p95 %d ms, p99 %d ms, max %d ms; last acknowledgement → publication "
                        + "v%d of r%d in %d ms%n", editors, seconds, result.acknowledged(), result.perSecond(),
                result.refused(), result.stored(), result.p50(), result.p95(), result.p99(), result.max(),
                result.versionNumber(), result.finalRevision(), result.lagMillis());
        if (stored != acknowledged.get()) {
            throw new IllegalStateException("acknowledged " + acknowledged.get() + " amendments, stored " + stored);
        }
        if (finalRevision != setupRevision + acknowledged.get()) {
            throw new IllegalStateException("revision " + finalRevision + " after " + acknowledged.get()
                    + " acknowledged amendments from " + setupRevision);
        }
        if (!published.equals(finalValues)) {
            throw new IllegalStateException("the publication shows " + published + ", the ledger holds " + finalValues);
        }
        return result;
    }

    private static Map<String, Object> figure(String economic, long yuan) {
        return Map.of("functionCode", "2101501", "economicCode", economic, "fundingSource", "GENERAL_PUBLIC_BUDGET",
                "expenditureType", "BASIC", "measure", "FINAL_ACCOUNT",
                "amount", BigDecimal.valueOf(yuan).setScale(2).toPlainString());
    }

    private static long revision(ApiClient api, String ledger) throws Exception {
        return api.expect(api.send("GET", ledger, null), 200).get("revision").asLong();
    }

    private static JsonNode awaitVersion(ApiClient api, String publication, String department, long revision,
                                         Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            HttpResponse<String> response = api.send("GET", publication + "/api/v1/publications/" + department + "/"
                    + YEAR + "/FINAL_ACCOUNTS", null);
            if (response.statusCode() == 200) {
                JsonNode versions = api.json().readTree(response.body());
                if (!versions.isEmpty() && versions.get(0).get("budgetRevision").asLong() >= revision) {
                    return versions.get(0);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("no publication of revision " + revision + " within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    /** The 决算 of each economic code in the version's open-data facts. */
    private static Map<String, String> facts(ApiClient api, String publication, String department, int number)
            throws Exception {
        JsonNode document = api.expect(api.send("GET", publication + "/api/v1/publications/" + department + "/" + YEAR
                + "/FINAL_ACCOUNTS/versions/" + number, null), 200).get("document");
        JsonNode columns = document.path("facts").path("columns");
        int economic = -1;
        int finalAccount = -1;
        for (int i = 0; i < columns.size(); i++) {
            String id = columns.get(i).path("id").asText();
            economic = id.equals("economicCode") ? i : economic;
            finalAccount = id.equals("finalAccount") ? i : finalAccount;
        }
        Map<String, String> values = new HashMap<>();
        for (JsonNode row : document.path("facts").path("rows")) {
            if (!row.get(economic).isNull() && !row.get(finalAccount).isNull() && !row.get(finalAccount).asText().isEmpty()) {
                values.put(row.get(economic).asText(), new BigDecimal(row.get(finalAccount).asText()).setScale(2).toPlainString());
            }
        }
        return values;
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        run(args[0], args[1], args.length > 2 ? Integer.parseInt(args[2]) : 8,
                Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 180), out);
    }
}
