package org.openbudget.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the reference datasets (deploy/reference-data/, one folder per department-year) through the public APIs, as
 * an operator would — never into the databases — and waits until each one's document is rendered. Every call is
 * idempotent (imports replace, attributes and texts are set), so loading again on the same data changes nothing.
 */
final class ReferenceData {

    record Dataset(String name, String department, int year, Path dir) {
    }

    record Rendered(Dataset dataset, String kind, int number, String status, List<String> blocking, String url) {
    }

    private static final Duration SETTLE = Duration.ofSeconds(10);

    private final Path root;
    private final Map<String, String> urls;
    private final PrintStream out;
    private final ApiClient api = new ApiClient("reference-data-loader");

    ReferenceData(Path root, Map<String, String> urls, PrintStream out) {
        this.root = root;
        this.urls = urls;
        this.out = out;
    }

    static List<Dataset> datasets(Path root) throws IOException {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(n -> n.matches("[0-9A-Za-z]{3,20}-[0-9]{4}")).sorted()
                    .map(n -> new Dataset(n, n.substring(0, n.lastIndexOf('-')),
                            Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)), root.resolve(n))).toList();
        }
    }

    List<Dataset> load() throws IOException, InterruptedException {
        List<Dataset> datasets = datasets(root);
        for (Dataset dataset : datasets) {
            Instant begin = Instant.now();
            load(dataset);
            out.printf("loaded %-16s in %.1f s%n", dataset.name(), Duration.between(begin, Instant.now()).toMillis() / 1000.0);
        }
        return datasets;
    }

    private void load(Dataset d) throws IOException, InterruptedException {
        String budget = urls.get("budget-service") + "/api/v1";
        String publication = urls.get("publication-service") + "/api/v1";
        String reason = "参考数据 " + d.name();
        JsonNode department = read(d.dir().resolve("department.json"));
        String parentCode = null;
        if (department.hasNonNull("parent")) {
            JsonNode parent = department.get("parent");
            parentCode = parent.get("code").asText();
            putDepartment(budget, parentCode, parent, null);
        }
        putDepartment(budget, d.department(), department, parentCode);

        Path catalogs = d.dir().resolve("catalogs.json");
        if (Files.exists(catalogs)) {
            int from = read(catalogs).get("copyFrom").asInt();
            for (String catalog : List.of("function", "economic")) {
                api.expect(api.send("POST", budget + "/catalogs/" + catalog + "/" + d.year() + "/copy-from/" + from, null), 200);
            }
        }
        String ledger = budget + "/ledgers/" + d.department() + "/" + d.year();
        api.expect(api.send("PUT", ledger + "/file?reason=" + encode(reason),
                Files.readString(d.dir().resolve("ledger.csv"), StandardCharsets.UTF_8), "text/csv; charset=UTF-8"), 200);

        Path attributes = d.dir().resolve("attributes.json");
        if (Files.exists(attributes)) {
            for (Iterator<Map.Entry<String, JsonNode>> kinds = read(attributes).fields(); kinds.hasNext(); ) {
                Map.Entry<String, JsonNode> kind = kinds.next();
                for (Iterator<Map.Entry<String, JsonNode>> keys = kind.getValue().fields(); keys.hasNext(); ) {
                    Map.Entry<String, JsonNode> key = keys.next();
                    api.expect(api.send("PUT", ledger + "/attributes/" + kind.getKey() + "/" + key.getKey(),
                            Map.of("value", key.getValue(), "reason", reason)), 200, 201);
                }
            }
        }
        Path declared = d.dir().resolve("declared.json");
        if (Files.exists(declared)) {
            for (JsonNode group : read(declared)) {
                api.expect(api.send("PUT", ledger + "/declared/" + group.get("table").asText(),
                        Map.of("source", group.get("source").asText(), "unit", group.path("unit").asText("WAN_YUAN"),
                                "cells", group.get("cells"))), 200);
            }
        }
        Path performance = d.dir().resolve("performance.json");
        if (Files.exists(performance)) {
            awaitBudgetFigures(d, api.expect(api.send("GET", ledger, null), 200).get("revision").asLong());
            // goals, indicators and self-evaluations as one goal-set file (docs/performance-files.md), replaced whole
            api.expect(api.send("PUT", urls.get("performance-service") + "/api/v1/goal-sets/" + d.department() + "/"
                    + d.year() + "/file?reason=" + encode(reason), Files.readString(performance, StandardCharsets.UTF_8),
                    "application/json"), 200, 201);
        }
        Path settings = d.dir().resolve("publication.json");
        if (Files.exists(settings)) {
            JsonNode publicationSettings = read(settings);
            if (publicationSettings.hasNonNull("layout")) {
                api.expect(api.send("PUT", publication + "/departments/" + d.department() + "/layout",
                        Map.of("layoutId", publicationSettings.get("layout").asText())), 200);
            }
            if (publicationSettings.has("documents")) {
                api.expect(api.send("PUT", publication + "/document-choice/" + d.department() + "/" + d.year(),
                        Map.of("documents", publicationSettings.get("documents"), "reason", reason)), 200);
            }
        }
        Path editorial = d.dir().resolve("editorial.json");
        if (Files.exists(editorial)) {
            for (Iterator<Map.Entry<String, JsonNode>> texts = read(editorial).path("texts").fields(); texts.hasNext(); ) {
                Map.Entry<String, JsonNode> text = texts.next();
                api.expect(api.send("PUT", publication + "/editorial/" + d.department() + "/" + d.year() + "/" + text.getKey(),
                        Map.of("text", text.getValue().asText(), "reason", reason)), 200);
            }
        }
    }

    /** performance-service scores with the ledger's figures: import goals and evaluations once it has them. */
    private void awaitBudgetFigures(Dataset d, long revision) throws IOException, InterruptedException {
        String url = urls.get("performance-service") + "/api/v1/budget-figures/" + d.department() + "/" + d.year();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = api.send("GET", url, null);
            if (response.statusCode() == 200 && api.json().readTree(response.body()).path("revision").asLong() >= revision) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("performance-service did not receive revision " + revision + " of " + d.name());
    }

    private void putDepartment(String budget, String code, JsonNode department, String parentCode)
            throws IOException, InterruptedException {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", department.get("name").asText());
        body.put("unitType", department.get("unitType").asText());
        if (parentCode != null) {
            body.put("parentCode", parentCode);
        }
        api.expect(api.send("PUT", budget + "/departments/" + code, body), 200, 201);
    }

    /**
     * Waits until each dataset's document reflects the ledger's current revision, then reports it: published (its
     * portal URL) or blocked (with the reasons).
     */
    List<Rendered> awaitRendered(List<Dataset> datasets, Duration timeout) throws IOException, InterruptedException {
        List<Rendered> rendered = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        for (Dataset d : datasets) {
            if (!publishes(d)) {
                continue;
            }
            long revision = api.expect(api.send("GET", urls.get("budget-service") + "/api/v1/ledgers/" + d.department()
                    + "/" + d.year(), null), 200).get("revision").asLong();
            HttpResponse<String> goals = api.send("GET", urls.get("performance-service") + "/api/v1/goal-sets/"
                    + d.department() + "/" + d.year(), null);
            long performanceRevision = goals.statusCode() == 200 ? api.json().readTree(goals.body()).path("revision").asLong() : 0;
            Rendered found = null;
            while (found == null) {
                for (String kind : List.of("FINAL_ACCOUNTS", "BUDGET")) {
                    HttpResponse<String> versions = api.send("GET", urls.get("publication-service") + "/api/v1/publications/"
                            + d.department() + "/" + d.year() + "/" + kind, null);
                    if (versions.statusCode() == 200) {
                        JsonNode newest = api.json().readTree(versions.body()).get(0);
                        if (newest.get("budgetRevision").asLong() >= revision
                                && newest.get("performanceRevision").asLong() >= performanceRevision) {
                            List<String> blocking = new ArrayList<>();
                            newest.get("blocking").forEach(b -> blocking.add(b.asText()));
                            found = new Rendered(d, kind, newest.get("number").asInt(), newest.get("status").asText(),
                                    blocking, urls.get("publication-service") + "/portal/" + d.department() + "/" + d.year() + "/" + kind);
                        }
                    }
                }
                if (found == null && settled(d, revision)) {
                    found = newest(d);
                }
                if (found == null) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("no document of " + d.name() + " reflects budget revision " + revision);
                    }
                    Thread.sleep(250);
                }
            }
            rendered.add(override(found));
        }
        return rendered;
    }

    /**
     * Identical content makes no version (publication-service): when the last revisions change nothing the document
     * shows (declared cells, for one), no version ever carries them, and waiting for one would never end. Once
     * publication-service has taken the revision in and applied nothing more for {@link #SETTLE} — many times its
     * coalescing and polling — its newest version is the document of that revision.
     */
    private boolean settled(Dataset d, long revision) throws IOException, InterruptedException {
        HttpResponse<String> feed = api.send("GET", urls.get("publication-service") + "/api/v1/change-feed/"
                + d.department() + "/" + d.year(), null);
        if (feed.statusCode() != 200) {
            return false;
        }
        JsonNode view = api.json().readTree(feed.body());
        return view.get("budgetRevision").asLong() >= revision
                && Instant.parse(view.get("updatedAt").asText()).plus(SETTLE).isBefore(Instant.now());
    }

    private Rendered newest(Dataset d) throws IOException, InterruptedException {
        for (String kind : List.of("FINAL_ACCOUNTS", "BUDGET")) {
            HttpResponse<String> versions = api.send("GET", urls.get("publication-service") + "/api/v1/publications/"
                    + d.department() + "/" + d.year() + "/" + kind, null);
            if (versions.statusCode() == 200 && api.json().readTree(versions.body()).size() > 0) {
                JsonNode newest = api.json().readTree(versions.body()).get(0);
                List<String> blocking = new ArrayList<>();
                newest.get("blocking").forEach(b -> blocking.add(b.asText()));
                return new Rendered(d, kind, newest.get("number").asInt(), newest.get("status").asText(), blocking,
                        urls.get("publication-service") + "/portal/" + d.department() + "/" + d.year() + "/" + kind);
            }
        }
        return null;
    }

    /**
     * A reference document the original left incomplete (an explanation it never gave) is published as a publisher
     * would: with the recorded reason of publication.json's "publishDespite". Only missing explanations are overridden,
     * never a validation error or missing editorial text.
     */
    private Rendered override(Rendered r) throws IOException, InterruptedException {
        Path settings = r.dataset().dir().resolve("publication.json");
        if (!"BLOCKED".equals(r.status()) || !Files.exists(settings) || !read(settings).hasNonNull("publishDespite")
                || !r.blocking().stream().allMatch(b -> b.startsWith("missing ") && !b.startsWith("missing editorial:"))) {
            return r;
        }
        String url = urls.get("publication-service") + "/api/v1/publications/" + r.dataset().department() + "/"
                + r.dataset().year() + "/" + r.kind() + "/versions/" + r.number() + "/publish";
        JsonNode published = api.expect(api.send("POST", url, Map.of("reason", read(settings).get("publishDespite").asText())), 200);
        return new Rendered(r.dataset(), r.kind(), r.number(), published.get("status").asText(), r.blocking(), r.url());
    }

    /** A dataset held only for figures another year quotes publishes nothing (publication.json "documents": []). */
    private boolean publishes(Dataset d) throws IOException {
        Path settings = d.dir().resolve("publication.json");
        return !Files.exists(settings) || !read(settings).has("documents") || read(settings).get("documents").size() > 0;
    }

    private JsonNode read(Path file) throws IOException {
        return api.json().readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
