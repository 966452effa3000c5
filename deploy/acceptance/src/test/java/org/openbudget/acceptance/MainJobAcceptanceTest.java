package org.openbudget.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openbudget.local.LocalPlatform;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main job end to end (docs/acceptance.md): the platform as the run command starts it — real PostgreSQL, a real
 * Kafka broker and the three services, each in its own process from its packaged jar — loads deploy/reference-data/
 * through the public APIs, and then, reading only public APIs and the portal:
 * <ol>
 *   <li>every dataset that publishes ends with a PUBLISHED version;</li>
 *   <li>every figure the original printed in a table (declared.json, 万元) is the derived figure, and the published
 *       table shows it — except the original's own contradictions, which the validation report names and the
 *       document shows consistently;</li>
 *   <li>every figure of the 情况说明 that names a table cell prints that cell;</li>
 *   <li>the portal lists every published document and each one renders in headless Chromium;</li>
 *   <li>an amendment of one 决算 figure republishes, with a 更正说明 naming the old and new value, and the previous
 *       version stays as it was.</li>
 * </ol>
 * The platform is started once for the class; each check is its own test so one failing does not hide the others.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MainJobAcceptanceTest {

    // through System.out: Surefire relays it (writing to the file descriptor would corrupt its channel)
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private static final String WAN_YUAN = "WAN_YUAN";
    private static final BigDecimal AMENDMENT_YUAN = new BigDecimal("1000.00");

    record Dataset(String name, String department, int year, Path dir) {
        JsonNode file(String name) throws IOException {
            Path file = dir.resolve(name);
            return Files.exists(file) ? Http.JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)) : null;
        }
    }

    /** The newest version of one document, its content and the disclosure source at the revision it was made from. */
    record Doc(Dataset dataset, String kind, JsonNode version, JsonNode document, JsonNode source) {
        String label() {
            return dataset.name() + " " + kind + " v" + version.get("number").asInt();
        }

        boolean published() {
            return "PUBLISHED".equals(version.get("status").asText());
        }

        String path() {
            return dataset.department() + "/" + dataset.year() + "/" + kind;
        }
    }

    private final Http http = new Http();
    private Path repoRoot;
    private Path target;
    private LocalPlatform platform;
    private String budget;
    private String publication;
    private final List<Doc> docs = new ArrayList<>();

    @BeforeAll
    void startThePlatformAndLoadTheReferenceData() throws Exception {
        repoRoot = Path.of(System.getProperty("acceptance.repoRoot", "../..")).toAbsolutePath().normalize();
        target = Path.of(System.getProperty("acceptance.target", "target")).toAbsolutePath().normalize();
        Path data = target.resolve("platform-data");
        deleteTree(data);
        int[] ports = freePorts(6);
        LocalPlatform.Options options = LocalPlatform.Options.parse(new String[] {
                "--repo-root", repoRoot.toString(), "--data-dir", data.toString(),
                "--budget-port", Integer.toString(ports[0]), "--performance-port", Integer.toString(ports[1]),
                "--publication-port", Integer.toString(ports[2]), "--kafka-port", Integer.toString(ports[3]),
                "--kafka-controller-port", Integer.toString(ports[4]), "--postgres-port", Integer.toString(ports[5])});
        platform = new LocalPlatform(options);
        Instant begin = Instant.now();
        platform.start();
        Instant started = Instant.now();
        platform.loadReferenceData();
        Instant loaded = Instant.now();
        OUT.printf("%nacceptance: platform up in %.1f s, reference data loaded and rendered in %.1f s%n",
                seconds(begin, started), seconds(started, loaded));
        budget = platform.urls().get("budget-service");
        publication = platform.urls().get("publication-service");

        for (Dataset d : datasets()) {
            for (String kind : kinds(d)) {
                docs.add(newest(d, kind));
            }
        }
        assertFalse(docs.isEmpty(), "the reference datasets publish no document");
    }

    @AfterAll
    void stopThePlatform() {
        if (platform != null) {
            platform.stop();
        }
    }

    // (a) ------------------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void everyDatasetThatPublishesEndsWithAPublishedVersion() {
        List<String> notPublished = new ArrayList<>();
        for (Doc doc : docs) {
            JsonNode v = doc.version();
            String override = v.path("overrideReason").isTextual() ? "  (published over its findings: "
                    + v.get("overrideReason").asText() + ")" : "";
            OUT.printf("(a) %-32s %-10s budget r%d%s%n", doc.label(), v.get("status").asText(),
                    v.get("budgetRevision").asLong(), override);
            if (!doc.published()) {
                notPublished.add(doc.label() + " is " + v.get("status").asText() + ": " + v.get("blocking"));
            }
        }
        assertTrue(notPublished.isEmpty(), notPublished.size() + " of " + docs.size()
                + " documents are not published:\n" + String.join("\n", notPublished));
    }

    // (b) ------------------------------------------------------------------------------------------------------------

    @Test
    @Order(2)
    void everyPrintedTableFigureIsDerivedAndShownAndTheContradictionsAreNamed() throws IOException {
        List<String> problems = new ArrayList<>();
        int allCompared = 0;
        int allShown = 0;
        for (Doc doc : docs) {
            Map<String, Derived> derived = derivedTables(doc.source());
            Map<String, DocumentTable> shown = documentTables(doc.document());
            Map<String, JsonNode> contradictions = new LinkedHashMap<>();
            for (JsonNode f : doc.dataset().file("findings.json")) {
                if (f.get("ruleId").asText().equals("DECL-01")) {
                    contradictions.put(f.get("location").asText(), f);
                }
            }
            Set<String> reported = new LinkedHashSet<>();
            doc.source().path("validation").path("findings").forEach(f -> reported.add(f.path("ruleId").asText() + "|"
                    + f.path("location").asText() + "|" + f.path("expected").asText() + "|" + f.path("actual").asText()));

            int compared = 0, inDocument = 0, named = 0, notDerived = 0, emptyTables = 0, outside = 0, notPrinted = 0, yuan = 0;
            Set<String> outsideTables = new LinkedHashSet<>();
            List<String> notLaidOut = new ArrayList<>();
            for (JsonNode group : doc.dataset().file("declared.json")) {
                String tableId = group.get("table").asText();
                String source = group.get("source").asText();
                if (!group.path("unit").asText(WAN_YUAN).equals(WAN_YUAN)) {
                    yuan += group.get("cells").size(); // the document prints 万元; a 元 figure is a different print
                    continue;
                }
                Derived table = derived.get(tableId);
                if (table == null) {
                    problems.add(doc.label() + ": budget-service derives no table " + tableId);
                    continue;
                }
                DocumentTable printed = shown.get(tableId);
                for (JsonNode cell : group.get("cells")) {
                    String rowKey = cell.get("row").asText();
                    String column = cell.get("column").asText();
                    BigDecimal printedValue = new BigDecimal(cell.get("value").asText());
                    String location = reference(tableId, rowKey, column) + " (" + source + ")";
                    JsonNode row = table.select(rowKey);
                    if (row != null && !table.columns.contains(column)) {
                        problems.add(doc.label() + ": " + tableId + " has no column " + column);
                        continue;
                    }
                    BigDecimal derivedValue = Derived.cell(row, column);
                    BigDecimal value = Derived.orZero(derivedValue);
                    compared++;
                    JsonNode contradiction = contradictions.remove(location);
                    if (contradiction != null) {
                        named++;
                        String finding = "DECL-01|" + location + "|" + value.setScale(2).toPlainString() + "|"
                                + printedValue.setScale(2).toPlainString();
                        if (!reported.contains(finding)) {
                            problems.add(doc.label() + ": the validation report does not name the contradiction " + finding);
                        }
                        if (!contradiction.get("expected").asText().equals(value.setScale(2).toPlainString())) {
                            problems.add(doc.label() + ": " + location + " derives " + value + ", findings.json expects "
                                    + contradiction.get("expected").asText());
                        }
                    } else if (value.compareTo(printedValue) != 0) {
                        problems.add(doc.label() + ": " + location + " derives " + value + " but the original printed "
                                + printedValue);
                    }
                    if (printed == null) {
                        outside++;
                        outsideTables.add(tableId);
                        continue;
                    }
                    if (row == null) {
                        notDerived++; // no such row, printed blank/0.00 (checked above): the document has no row either
                        continue;
                    }
                    if (printed.isEmpty()) {
                        // a table printed as its "无…" note; a figure it still derives (the 机关运行经费 beside an
                        // empty “三公” table) must then be in the 情况说明, as the original printed it
                        emptyTables++;
                        if (value.signum() != 0 && !inNarrative(doc, derived, tableId, row, column, value)) {
                            problems.add(doc.label() + ": " + tableId + " prints as empty and no figure of the 情况说明 "
                                    + "shows " + location + " = " + Derived.format(value));
                        }
                        continue;
                    }
                    DocumentTable.Found found = printed.locate(row, table.columns.indexOf(column));
                    if (found.notPrinted()) {
                        notPrinted++;
                        notLaidOut.add(location + " = " + printedValue);
                        continue;
                    }
                    if (found.problem() != null) {
                        problems.add(doc.label() + ": " + location + " not in the document's " + tableId + ": " + found.problem());
                        continue;
                    }
                    String text = found.cell().path("text").asText("");
                    JsonNode amount = found.cell().path("amount");
                    boolean same = derivedValue == null
                            ? text.isEmpty() || amount.isNumber() && amount.decimalValue().signum() == 0
                            : text.equals(Derived.format(derivedValue)) && amount.isNumber()
                                    && amount.decimalValue().compareTo(derivedValue) == 0;
                    if (!same) {
                        problems.add(doc.label() + ": the document's " + tableId + " row \"" + found.rowText() + "\" shows \""
                                + text + "\" for " + location + ", derived " + (derivedValue == null ? "blank" : Derived.format(derivedValue))
                                + (contradiction != null ? " (a contradiction of the original, printed " + printedValue + ")" : ""));
                    }
                    inDocument++;
                }
            }
            contradictions.keySet().forEach(l -> problems.add(doc.label() + ": findings.json names " + l
                    + " but no 万元 cell of declared.json is there"));
            OUT.printf("(b) %-32s %4d printed cells = derived (%d contradictions named by DECL-01, shown derived); "
                            + "%4d found in the document's tables; %d rows not derived (printed 0), %d in empty tables, "
                            + "%d not laid out (收入 side) %s, %d in tables the document does not print %s, %d 元 cells not compared%n",
                    doc.label(), compared, named, inDocument, notDerived, emptyTables, notPrinted, notLaidOut, outside,
                    outsideTables, yuan);
            if (inDocument == 0) {
                problems.add(doc.label() + ": no printed cell was found in the document's tables");
            }
            allCompared += compared;
            allShown += inDocument;
        }
        OUT.printf("(b) total: %d printed cells compared with the derived tables, %d found in published tables%n",
                allCompared, allShown);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** Whether a figure run of the document names this derived cell and prints it. */
    private static boolean inNarrative(Doc doc, Map<String, Derived> derived, String tableId, JsonNode row, String column,
                                       BigDecimal value) {
        for (JsonNode run : figureRuns(doc.document())) {
            String key = run.path("key").asText();
            if (!key.startsWith(tableId + ".") || Derived.isDerivedFigure(key)) {
                continue;
            }
            Optional<Derived.Cell> cell = cellOf(derived, key);
            if (cell.isPresent() && cell.get().row().equals(row) && cell.get().column().equals(column)
                    && run.path("text").asText().equals(Derived.format(value))) {
                return true;
            }
        }
        return false;
    }

    // (c) ------------------------------------------------------------------------------------------------------------

    @Test
    @Order(3)
    void everyFigureOfTheExplanationsPrintsItsTableCell() {
        List<String> problems = new ArrayList<>();
        for (Doc doc : docs) {
            Map<String, Derived> derived = derivedTables(doc.source());
            int checked = 0, notCells = 0, relative = 0;
            for (JsonNode run : figureRuns(doc.document())) {
                String key = run.path("key").asText();
                if (Derived.isDerivedFigure(key)) {
                    relative++;
                    continue;
                }
                Optional<Derived.Cell> cell = cellOf(derived, key);
                if (cell.isEmpty()) {
                    notCells++;
                    continue;
                }
                checked++;
                String expected = Derived.format(cell.get().value());
                if (!run.path("text").asText().equals(expected)) {
                    problems.add(doc.label() + ": figure " + key + " prints \"" + run.path("text").asText() + "\", its cell is " + expected);
                }
            }
            OUT.printf("(c) %-32s %3d figures checked against their table cells (%d percentages/changes and %d figures "
                    + "that name no table cell skipped)%n", doc.label(), checked, relative, notCells);
            if (checked < 10) {
                problems.add(doc.label() + ": only " + checked + " figures of its 情况说明 name a table cell");
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    // (c') -----------------------------------------------------------------------------------------------------------

    /**
     * Each 与上年相比 change is the current cell minus a prior-year cell the prior-year folder declares — a figure the
     * original quotes. A prior year held only for quoted figures has aggregate lines whose other cells are not the
     * department's, so a comparison with any of them would be invented.
     */
    @Test
    @Order(3)
    void everyYearOnYearChangeComparesWithAFigureTheOriginalQuotes() throws Exception {
        List<String> problems = new ArrayList<>();
        int documentsComparing = 0;
        for (Doc doc : docs) {
            Dataset d = doc.dataset();
            HttpResponse<String> response = http.send("GET", budget + "/api/v1/ledgers/" + d.department() + "/"
                    + (d.year() - 1) + "/disclosure-source", null);
            if (response.statusCode() == 404) {
                continue;
            }
            JsonNode priorSource = Http.expect(response, 200);
            Path priorFolder = d.dir().resolveSibling(d.department() + "-" + (d.year() - 1));
            JsonNode declared = Http.JSON.readTree(Files.readString(priorFolder.resolve("declared.json")));
            Map<String, Derived> current = derivedTables(doc.source());
            Map<String, Derived> prior = derivedTables(priorSource);
            List<String> compared = new ArrayList<>();
            for (JsonNode run : figureRuns(doc.document())) {
                String key = run.path("key").asText();
                if (!key.endsWith(".yoy.change")) {
                    continue;
                }
                String figure = key.substring(0, key.length() - ".yoy.change".length());
                Optional<Derived.Cell> now = cellOf(current, figure);
                Optional<Derived.Cell> before = cellOf(prior, figure);
                if (now.isEmpty() || before.isEmpty()) {
                    problems.add(doc.label() + ": change " + key + " names no cell of both years");
                    continue;
                }
                String table = figure.substring(0, figure.indexOf('.'));
                boolean quoted = false;
                for (JsonNode group : declared) {
                    for (JsonNode cell : group.path("cells")) {
                        quoted |= group.path("table").asText().equals(table)
                                && cell.path("column").asText().equals(before.get().column())
                                && new BigDecimal(cell.path("value").asText()).compareTo(before.get().value()) == 0;
                    }
                }
                if (!quoted) {
                    problems.add(doc.label() + ": " + key + " compares with " + before.get().value() + " of "
                            + (d.year() - 1) + ", a figure the original does not quote");
                }
                String expected = Derived.format(now.get().value().subtract(before.get().value()).abs());
                if (!run.path("text").asText().equals(expected)) {
                    problems.add(doc.label() + ": change " + key + " prints \"" + run.path("text").asText()
                            + "\", the cells give " + expected);
                }
                compared.add(figure + " " + before.get().value() + "→" + now.get().value());
            }
            OUT.printf("(c') %-31s %d changes against %d quoted figures: %s%n", doc.label(), compared.size(),
                    d.year() - 1, compared);
            if (!compared.isEmpty()) {
                documentsComparing++;
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
        assertEquals(docs.size(), documentsComparing, "every reference document quotes the prior year");
    }

    // (e) ------------------------------------------------------------------------------------------------------------

    @Test
    @Order(4)
    void thePortalListsEveryPublishedDocumentAndEachRendersInChromium() throws Exception {
        org.jsoup.nodes.Document index = org.jsoup.Jsoup.parse(http.text(publication + "/portal"));
        Set<String> links = new LinkedHashSet<>(index.select("a[href]").eachAttr("href"));
        List<Doc> published = docs.stream().filter(Doc::published).toList();
        List<String> missing = new ArrayList<>();
        for (Doc doc : published) {
            if (!links.contains("/portal/" + doc.path())) {
                missing.add(doc.label());
            }
        }
        for (JsonNode v : http.get(publication + "/api/v1/publications")) {
            String base = "/portal/" + v.get("departmentCode").asText() + "/" + v.get("fiscalYear").asInt() + "/" + v.get("kind").asText();
            if (!links.contains(base)) {
                missing.add(base + " (published, per the API)");
            }
        }
        assertTrue(missing.isEmpty(), "not on the portal: " + missing);
        assertFalse(published.isEmpty(), "nothing published to render");

        Path shots = Files.createDirectories(target.resolve("screenshots"));
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,2000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        List<String> problems = new ArrayList<>();
        try {
            for (Doc doc : published) {
                browser.get(publication + "/portal");
                browser.findElement(By.cssSelector("a[href='/portal/" + doc.path() + "']")).click();
                String title = doc.document().get("title").asText();
                int tables = documentTables(doc.document()).size();
                int rendered = browser.findElements(By.tagName("table")).size();
                String body = browser.findElement(By.tagName("body")).getText();
                String total = Derived.format(cellOf(derivedTables(doc.source()),
                        doc.kind().equals("BUDGET") ? "BA01.total" : "FA01.total").orElseThrow().value());
                Number width = (Number) browser.executeScript("const s = document.createElement('span');"
                        + "s.textContent = '收入支出'; document.body.appendChild(s); const w = s.getBoundingClientRect().width;"
                        + "s.remove(); return w;");
                Path shot = shots.resolve(doc.dataset().name() + "-" + doc.kind() + ".png");
                Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
                OUT.printf("(e) %-32s rendered: \"%s\", %d tables, total %s, screenshot %s%n", doc.label(),
                        browser.getTitle(), rendered, total, repoRoot.relativize(shot));
                if (!browser.getTitle().contains(title)) {
                    problems.add(doc.label() + ": page title \"" + browser.getTitle() + "\", document title " + title);
                }
                if (rendered < tables) {
                    problems.add(doc.label() + ": " + rendered + " tables rendered of " + tables);
                }
                if (!body.contains(total)) {
                    problems.add(doc.label() + ": the page does not show the total " + total);
                }
                if (width.doubleValue() < 30) {
                    problems.add(doc.label() + ": Chinese text renders " + width + " px wide (no CJK font?)");
                }
            }
        } finally {
            browser.quit();
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // (d) ------------------------------------------------------------------------------------------------------------

    @Test
    @Order(5)
    void anAmendmentRepublishesWithACorrection() throws Exception {
        // a published 决算 if there is one; while the reference data still lacks some human text (reported by (a)),
        // the one lacking the fewest, whose texts are written first as a publisher would: the amendment is measured
        // from a published version
        List<Doc> candidates = docs.stream().filter(d -> d.kind().equals("FINAL_ACCOUNTS") && (d.published() || onlyTextsMissing(d)))
                .sorted(Comparator.comparing((Doc d) -> !d.published()).thenComparingInt(d -> d.version().get("blocking").size()))
                .toList();
        Doc doc = null;
        for (Doc candidate : candidates) {
            JsonNode source = http.get(budget + "/api/v1/ledgers/" + candidate.path().replace("/FINAL_ACCOUNTS", "") + "/disclosure-source");
            if (chooseAmendment(source, derivedTables(source)) != null) {
                doc = candidate;
                break;
            }
        }
        assertNotNull(doc, "no 决算 that is published or blocked only for missing texts has a line to amend");
        if (!doc.published()) {
            writeMissingTexts(doc);
        }
        Dataset d = doc.dataset();
        String ledger = budget + "/api/v1/ledgers/" + d.department() + "/" + d.year();
        JsonNode current = http.get(ledger + "/disclosure-source");
        Map<String, Derived> before = derivedTables(current);
        Amendment amendment = chooseAmendment(current, before);
        assertNotNull(amendment, d.name() + " has no line to amend");
        String code = amendment.expenditure().get("functionCode").asText();
        BigDecimal oldItem = cellOf(before, "FA05." + code).orElseThrow().value();
        BigDecimal newItem = oldItem.add(AMENDMENT_YUAN.movePointLeft(4));
        String subject = "variance:FINAL_ACCOUNT:" + code;
        if (amendment.needsExplanation()) {
            // the change makes 决算 differ from 年初预算: a publisher writes why, before the figure changes
            Http.expect(http.send("PUT", ledger + "/attributes/explanation/" + subject, Map.of(
                    "value", Map.of("text", "验收测试：决算数更正后与年初预算数不一致。"), "reason", "验收测试")), 200, 201);
        }

        JsonNode previous = newestVersion(d, doc.kind());
        int previousNumber = previous.get("number").asInt();
        String versionUrl = publication + "/api/v1/publications/" + doc.path() + "/versions/";
        JsonNode previousContent = http.get(versionUrl + previousNumber);

        Instant sent = Instant.now();
        JsonNode result = Http.expect(http.send("POST", ledger + "/figures", Map.of(
                "reason", "验收测试：更正 " + code + " 决算数",
                "figures", List.of(figure(amendment.expenditure()), figure(amendment.income())))), 200);
        long revision = result.get("revision").asLong();
        assertTrue(result.get("changed").asBoolean(), "the amendment changed nothing: " + result);

        JsonNode republished = awaitNewest(d, doc.kind(), v -> v.get("number").asInt() > previousNumber
                && v.get("budgetRevision").asLong() >= revision, Duration.ofSeconds(60));
        Duration took = Duration.between(sent, Instant.now());
        assertTrue(republished.get("number").asInt() > previousNumber, "no new version of " + doc.path()
                + " from budget revision " + revision + " within 60 s");
        OUT.printf("(d) %s: %s %s 决算 %s → %s 万元 (budget r%d) republished as v%d %s in %d ms%n", d.name(), code,
                amendment.expenditure().get("economicCode").asText(), Derived.format(oldItem), Derived.format(newItem),
                revision, republished.get("number").asInt(), republished.get("status").asText(), took.toMillis());
        assertEquals("PUBLISHED", republished.get("status").asText(), "the amended document is not published: "
                + republished.get("blocking"));
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "republishing took " + took);
        assertEquals(previousNumber, republished.get("correctsNumber").asInt(), "the new version corrects the previous one");

        JsonNode newContent = http.get(versionUrl + republished.get("number").asInt());
        DocumentTable fa05 = documentTables(newContent.get("document")).get("FA05");
        Derived fa05Now = derivedTables(http.get(ledger + "/disclosure-source?revision="
                + republished.get("budgetRevision").asLong())).get("FA05");
        DocumentTable.Found shown = fa05.locate(fa05Now.select(code), fa05Now.columns.indexOf("total"));
        assertEquals(Derived.format(newItem), shown.cell() == null ? shown.problem() : shown.cell().path("text").asText(),
                "the republished FA05 shows the amended figure");

        // the 更正说明 names the 项 of the general-budget table (FA05) with its old and new 决算
        String fa05Name = fa05.block.path("number").asText() + " " + fa05.block.path("title").asText();
        JsonNode cells = republished.path("correction").path("cells");
        JsonNode named = null;
        for (JsonNode c : cells) {
            if (c.path("table").asText().equals(fa05Name) && c.path("row").asText().contains(code)
                    && c.path("oldValue").asText().equals(Derived.format(oldItem))
                    && c.path("newValue").asText().equals(Derived.format(newItem))) {
                named = c;
                break;
            }
        }
        OUT.printf("(d) 更正说明: %d table cells and %d sentences changed, among them %s%n", cells.size(),
                republished.path("correction").path("texts").size(), named);
        assertNotNull(named, "the correction does not name " + fa05Name + " " + code + " " + Derived.format(oldItem)
                + " → " + Derived.format(newItem) + ": " + cells);

        JsonNode previousAfter = http.get(versionUrl + previousNumber);
        assertEquals(previous.get("contentHash").asText(), previousAfter.get("version").get("contentHash").asText(),
                "the previous version's content hash is unchanged");
        assertEquals(previousContent.get("document"), previousAfter.get("document"), "the previous version's document is unchanged");
    }

    private static boolean onlyTextsMissing(Doc doc) {
        JsonNode blocking = doc.version().get("blocking");
        for (JsonNode reason : blocking) {
            if (!reason.asText().startsWith("missing ")) {
                return false;
            }
        }
        return !blocking.isEmpty();
    }

    /**
     * Every {@code bash} block of the README and of docs/ runs as written against this platform — the URLs of its
     * ports instead of the default ones, curl failing on an HTTP error, in a scratch directory — except the run
     * command (this suite starts the platform as it does) and the test command (which runs this suite).
     */
    @Test
    @Order(6)
    void everyCommandOfTheDocsRunsAsWritten() throws Exception {
        List<Path> documents = new ArrayList<>(List.of(repoRoot.resolve("README.md")));
        try (Stream<Path> docsTree = Files.walk(repoRoot.resolve("docs"))) {
            docsTree.filter(f -> f.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        String performance = platform.urls().get("performance-service");
        Path scratch = Files.createDirectories(target.resolve("docs-commands"));
        // curl as the docs write it, but an HTTP error fails the block and shows the answer
        String curl = "curl() { local out code; out=$(command curl -sS -w '\\n%{http_code}' \"$@\") || return $?; "
                + "code=${out##*$'\\n'}; out=${out%$'\\n'*}; printf '%s\\n' \"$out\"; "
                + "if [ \"$code\" -ge 400 ]; then echo \"HTTP $code\" >&2; return 22; fi; }\n";
        int ran = 0;
        for (Path document : documents) {
            java.util.regex.Matcher blocks = java.util.regex.Pattern.compile("```bash\n(.*?)```",
                    java.util.regex.Pattern.DOTALL).matcher(Files.readString(document, StandardCharsets.UTF_8));
            while (blocks.find()) {
                String block = blocks.group(1);
                String first = block.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse("");
                if (first.startsWith("deploy/local/run") || first.startsWith("./mvnw")) {
                    continue;
                }
                String script = block.replace("localhost:8081", budget).replace("localhost:8082", performance)
                        .replace("localhost:8083", publication)
                        .replaceAll("(?m)^deploy/local/amend\\s*$", "deploy/local/amend " + budget + " " + publication)
                        .replaceAll("(?m)(^|\\$\\()deploy/local/", "$1" + repoRoot.resolve("deploy/local") + "/");
                Process process = new ProcessBuilder("bash", "-c", "set -euo pipefail\n" + curl + script)
                        .directory(scratch.toFile()).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(process.waitFor(180, java.util.concurrent.TimeUnit.SECONDS), "block did not end: " + first);
                String where = repoRoot.relativize(document) + " block \"" + first + "\"";
                OUT.printf("(f) %s: exit %d, %d lines of output%n", where, process.exitValue(), output.lines().count());
                assertEquals(0, process.exitValue(), where + "\n" + block + "\nfailed:\n" + output);
                if (first.startsWith("deploy/local/amend")) {
                    // the guided amendment: 住房公积金 of 武汉市医疗保险中心 2,878,000 → 2,879,000 元, its 更正说明 printed
                    assertTrue(output.contains("287.80 → 287.90") && output.contains("更正说明"), output);
                }
                ran++;
            }
        }
        assertTrue(ran >= 4, "only " + ran + " blocks of the docs ran");
    }

    /**
     * Each service serves Prometheus metrics, and every metric the Grafana dashboard (deploy/k8s/grafana) plots
     * exists in them — after the loading, amendments and reads above have exercised every path that records one.
     */
    @Test
    @Order(7)
    void theDashboardPlotsOnlyMetricsTheServicesServe() throws Exception {
        StringBuilder scraped = new StringBuilder();
        for (Map.Entry<String, String> service : platform.urls().entrySet()) {
            String metrics = http.text(service.getValue() + "/q/metrics");
            assertTrue(metrics.contains("http_server_requests_seconds_count"), service.getKey() + " serves no HTTP metrics");
            scraped.append(metrics).append('\n');
        }
        String all = scraped.toString();
        // the docs' commands (f) have just made changes, and the gauge is refreshed every 5 s: each outbox must
        // drain to 0 within a bound, not at the first scrape
        java.util.regex.Pattern drained = java.util.regex.Pattern.compile("(?m)^openbudget_outbox_pending(\\{[^}]*})? 0\\.0$");
        for (String owner : List.of("budget-service", "performance-service")) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            String metrics = http.text(platform.urls().get(owner) + "/q/metrics");
            while (!drained.matcher(metrics).find() && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                metrics = http.text(platform.urls().get(owner) + "/q/metrics");
            }
            assertTrue(drained.matcher(metrics).find(), owner + "'s outbox did not drain to 0 within 60 s");
        }
        JsonNode dashboard = Http.JSON.readTree(Files.readString(repoRoot.resolve("deploy/k8s/grafana/openbudget-dashboard.json")));
        Set<String> names = new java.util.TreeSet<>();
        // metric names, not PromQL functions or label names: the families the platform and its libraries export
        java.util.regex.Pattern metric = java.util.regex.Pattern.compile("\\b((?:openbudget|http|kafka|jvm|process)_[a-z0-9_]+)");
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                java.util.regex.Matcher m = metric.matcher(target.path("expr").asText());
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        List<String> missing = names.stream().filter(n -> !java.util.regex.Pattern.compile("(?m)^" + n + "[{ ]").matcher(all).find()).toList();
        OUT.printf("(g) the dashboard plots %d metrics, all served: %s%n", names.size(), names);
        assertTrue(names.size() >= 8, "the dashboard names " + names);
        assertEquals(List.of(), missing, "dashboard metrics no service serves");
    }

    /**
     * Writes each text a blocked version is missing ("missing SUBJECT in HEADING"): an explanation attribute in
     * budget-service, or an editorial text ({@code editorial:KEY}) in publication-service; then waits for the
     * version that publishes.
     */
    private void writeMissingTexts(Doc doc) throws Exception {
        Dataset d = doc.dataset();
        List<String> subjects = new ArrayList<>();
        for (JsonNode reason : doc.version().get("blocking")) {
            String text = reason.asText().substring("missing ".length());
            String subject = text.substring(0, text.indexOf(" in "));
            subjects.add(subject);
            String placeholder = "验收测试：原文未说明（" + subject + "）。";
            if (subject.startsWith("editorial:")) {
                Http.expect(http.send("PUT", publication + "/api/v1/editorial/" + d.department() + "/" + d.year() + "/"
                        + subject.substring("editorial:".length()), Map.of("text", placeholder, "reason", "验收测试")), 200);
            } else {
                Http.expect(http.send("PUT", budget + "/api/v1/ledgers/" + d.department() + "/" + d.year()
                        + "/attributes/explanation/" + subject, Map.of("value", Map.of("text", placeholder),
                        "reason", "验收测试")), 200, 201);
            }
        }
        JsonNode newest = awaitNewest(d, doc.kind(), v -> v.get("status").asText().equals("PUBLISHED"), Duration.ofSeconds(60));
        OUT.printf("(d) no 决算 was published yet (see (a)): wrote the %d texts %s lacks %s; v%d %s%n", subjects.size(),
                doc.label(), subjects, newest.get("number").asInt(), newest.get("status").asText());
        assertEquals("PUBLISHED", newest.get("status").asText(), doc.path() + " still blocked: " + newest.get("blocking"));
    }

    /** Polls the newest version until it matches; returns the last one seen when the time is up. */
    private JsonNode awaitNewest(Dataset d, String kind, java.util.function.Predicate<JsonNode> wanted, Duration timeout)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            JsonNode newest = newestVersion(d, kind);
            if (wanted.test(newest) || Instant.now().isAfter(deadline)) {
                return newest;
            }
            Thread.sleep(50);
        }
    }

    record Amendment(JsonNode expenditure, JsonNode income, boolean needsExplanation) {
    }

    /** The “三公” economic codes: a change there would also move FA09 and its explanations. */
    private static final Set<String> THREE_PUBLIC = Set.of("30211", "30217", "30231", "31013");

    /**
     * A general-budget expenditure line whose 项 has an income line to balance the change: a 基本支出 personnel line
     * (301) first — moving it leaves 机关运行经费 and the “三公” alone — else a 项目支出 line outside the “三公”. A 项
     * whose variance is already unexplained is avoided (its document would be blocked for another reason).
     */
    private static Amendment chooseAmendment(JsonNode source, Map<String, Derived> tables) {
        Map<String, JsonNode> income = new HashMap<>();
        for (JsonNode line : source.get("lines")) {
            if (line.get("flow").asText().equals("INCOME") && line.get("fundingSource").asText().equals("GENERAL_PUBLIC_BUDGET")
                    && line.path("finalAccount").isTextual()) {
                income.putIfAbsent(line.get("functionCode").asText(), line);
            }
        }
        List<JsonNode> lines = new ArrayList<>();
        source.get("lines").forEach(lines::add);
        lines.sort(Comparator.comparing((JsonNode l) -> !l.path("economicCode").asText().startsWith("301")));
        for (JsonNode line : lines) {
            String code = line.path("functionCode").asText();
            String economic = line.path("economicCode").asText();
            boolean personnel = "BASIC".equals(line.path("expenditureType").asText()) && economic.startsWith("301");
            boolean project = "PROJECT".equals(line.path("expenditureType").asText()) && !THREE_PUBLIC.contains(economic);
            if (!line.get("flow").asText().equals("EXPENDITURE") || !(personnel || project)
                    || !line.get("fundingSource").asText().equals("GENERAL_PUBLIC_BUDGET")
                    || !line.path("finalAccount").isTextual() || !income.containsKey(code)) {
                continue;
            }
            BigDecimal initial = cellOf(tables, "FA10." + code + ".initial").map(Derived.Cell::value).orElse(BigDecimal.ZERO);
            BigDecimal actual = cellOf(tables, "FA05." + code).map(Derived.Cell::value).orElse(BigDecimal.ZERO);
            boolean explained = source.path("attributes").has("EXPLANATION/variance:FINAL_ACCOUNT:" + code);
            if (actual.compareTo(initial) != 0 && !explained) {
                continue;
            }
            BigDecimal after = actual.add(AMENDMENT_YUAN.movePointLeft(4));
            return new Amendment(line, income.get(code), after.compareTo(initial) != 0 && !explained);
        }
        return null;
    }

    /** The same grain with its 决算 raised by {@link #AMENDMENT_YUAN}. */
    private static Map<String, Object> figure(JsonNode line) {
        Map<String, Object> figure = new LinkedHashMap<>();
        for (String field : List.of("flow", "functionCode", "economicCode", "fundingSource", "expenditureType", "projectCode")) {
            if (line.path(field).isTextual()) {
                figure.put(field, line.get(field).asText());
            }
        }
        figure.put("measure", "FINAL_ACCOUNT");
        figure.put("amount", new BigDecimal(line.get("finalAccount").asText()).add(AMENDMENT_YUAN).toPlainString());
        return figure;
    }

    // helpers ---------------------------------------------------------------------------------------------------------

    private List<Dataset> datasets() throws IOException {
        Path root = repoRoot.resolve("deploy/reference-data");
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("[0-9A-Za-z]{3,20}-[0-9]{4}")).sorted()
                    .map(n -> new Dataset(n, n.substring(0, n.lastIndexOf('-')),
                            Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)), root.resolve(n))).toList();
        }
    }

    /**
     * The documents a dataset publishes: publication.json's "documents" if it chooses, otherwise the platform's
     * default — the 决算 once the ledger holds any 决算 figure, else the 预算.
     */
    private static List<String> kinds(Dataset d) throws IOException {
        JsonNode settings = d.file("publication.json");
        if (settings != null && settings.has("documents")) {
            List<String> kinds = new ArrayList<>();
            settings.get("documents").forEach(k -> kinds.add(k.asText()));
            return kinds;
        }
        List<String> lines = Files.readAllLines(d.dir().resolve("ledger.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        int finalAccount = header.indexOf("finalAccount");
        boolean anyFinal = lines.stream().skip(1).map(l -> l.split(",", -1))
                .anyMatch(cells -> cells.length > finalAccount && !cells[finalAccount].isBlank());
        return List.of(anyFinal ? "FINAL_ACCOUNTS" : "BUDGET");
    }

    private JsonNode newestVersion(Dataset d, String kind) throws IOException, InterruptedException {
        JsonNode versions = http.get(publication + "/api/v1/publications/" + d.department() + "/" + d.year() + "/" + kind);
        assertFalse(versions.isEmpty(), d.name() + " has no " + kind + " version");
        return versions.get(0);
    }

    private Doc newest(Dataset d, String kind) throws IOException, InterruptedException {
        JsonNode version = newestVersion(d, kind);
        JsonNode content = http.get(publication + "/api/v1/publications/" + d.department() + "/" + d.year() + "/" + kind
                + "/versions/" + version.get("number").asInt());
        JsonNode source = http.get(budget + "/api/v1/ledgers/" + d.department() + "/" + d.year()
                + "/disclosure-source?revision=" + version.get("budgetRevision").asLong());
        return new Doc(d, kind, version, content.get("document"), source);
    }

    /** The derived cell a 情况说明 figure key names (TABLE.ROW[.COLUMN], see {@link Derived#figure}), if any. */
    private static Optional<Derived.Cell> cellOf(Map<String, Derived> tables, String key) {
        int dot = key.indexOf('.');
        Derived table = dot < 0 ? null : tables.get(key.substring(0, dot));
        return table == null ? Optional.empty() : table.figure(key.substring(dot + 1));
    }

    private static Map<String, Derived> derivedTables(JsonNode source) {
        Map<String, Derived> tables = new LinkedHashMap<>();
        source.path("tables").fields().forEachRemaining(e -> tables.put(e.getKey(), new Derived(e.getKey(), e.getValue())));
        return tables;
    }

    /** The document's table blocks by id, wherever they sit in the section tree. */
    private static Map<String, DocumentTable> documentTables(JsonNode document) {
        Map<String, DocumentTable> tables = new LinkedHashMap<>();
        walk(document.path("sections"), block -> {
            if (block.path("type").asText().equals("table")) {
                tables.put(block.path("id").asText(), new DocumentTable(block));
            }
        });
        return tables;
    }

    private static List<JsonNode> figureRuns(JsonNode document) {
        List<JsonNode> runs = new ArrayList<>();
        walk(document.path("sections"), block -> {
            if (block.path("type").asText().equals("paragraph")) {
                block.path("runs").forEach(run -> {
                    if (run.path("type").asText().equals("figure")) {
                        runs.add(run);
                    }
                });
            }
        });
        return runs;
    }

    private static void walk(JsonNode sections, java.util.function.Consumer<JsonNode> visit) {
        for (JsonNode section : sections) {
            section.path("blocks").forEach(visit);
            walk(section.path("children"), visit);
        }
    }

    /** A declared cell's location as rule DECL-01 writes it. */
    private static String reference(String table, String rowKey, String column) {
        String row = rowKey.equals("total") ? "total"
                : rowKey.contains("=") ? "row[" + rowKey + "]" : "row[code=" + rowKey + "]";
        return table + ":" + row + ":" + column;
    }

    private static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
