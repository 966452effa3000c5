package org.openbudget.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every published document of deploy/reference-data/ (README there), loaded as an operator would: the department,
 * the ledger file through the import, the attributes, and what the document printed as declared cells. Then:
 * <ul>
 *   <li>every printed cell equals the cell the service derives, except the document's own contradictions, which are
 *       exactly the ones {@code findings.json} names;</li>
 *   <li>a table declared whole has no derived row with a figure that the document does not print (except the rows
 *       its layout leaves out, {@code unprintedRows});</li>
 *   <li>the validation report is exactly {@code findings.json} (DECL-01 names each contradiction; nothing else);</li>
 *   <li>exporting the ledger gives back {@code ledger.csv} byte for byte (the file is in the platform's own format).</li>
 * </ul>
 */
@QuarkusTest
class ReferenceDatasetsTest {

    static final Path DATASETS = Path.of("..", "deploy", "reference-data");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> datasets() throws IOException {
        try (Stream<Path> dirs = Files.list(DATASETS)) {
            List<String> names = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(n -> n.matches("[0-9A-Za-z]{3,20}-[0-9]{4}")).sorted().toList();
            assertFalse(names.isEmpty(), "no datasets under " + DATASETS.toAbsolutePath());
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void theDocumentIsReproducedCellByCellAndItsContradictionsAreNamed(String name) throws IOException {
        Path dir = DATASETS.resolve(name);
        String code = name.substring(0, name.lastIndexOf('-'));
        int year = Integer.parseInt(name.substring(name.lastIndexOf('-') + 1));

        JsonNode department = read(dir.resolve("department.json"));
        assertEquals(code, department.get("code").asText(), "department.json code matches the folder");
        String parentCode = null;
        if (department.hasNonNull("parent")) {
            JsonNode parent = department.get("parent");
            parentCode = parent.get("code").asText();
            putDepartment(parentCode, parent.get("name").asText(), parent.get("unitType").asText(), null);
        }
        putDepartment(code, department.get("name").asText(), department.get("unitType").asText(), parentCode);

        if (Files.exists(dir.resolve("catalogs.json"))) {
            int from = read(dir.resolve("catalogs.json")).get("copyFrom").asInt();
            for (String catalog : new String[] {"function", "economic"}) {
                given().post("/api/v1/catalogs/{c}/{y}/copy-from/{f}", catalog, year, from).then().statusCode(200);
            }
        }

        String ledger = Files.readString(dir.resolve("ledger.csv"), StandardCharsets.UTF_8);
        given().contentType("text/csv; charset=UTF-8").body(ledger)
                .put("/api/v1/ledgers/{d}/{y}/file?reason={r}", code, year, "参考数据 " + name)
                .then().statusCode(200);
        assertEquals(ledger, given().get("/api/v1/ledgers/{d}/{y}/file", code, year).then().statusCode(200)
                .extract().asString(), "ledger.csv is exactly what the platform exports");

        JsonNode attributes = read(dir.resolve("attributes.json"));
        for (Iterator<Map.Entry<String, JsonNode>> kinds = attributes.fields(); kinds.hasNext(); ) {
            Map.Entry<String, JsonNode> kind = kinds.next();
            for (Iterator<Map.Entry<String, JsonNode>> keys = kind.getValue().fields(); keys.hasNext(); ) {
                Map.Entry<String, JsonNode> key = keys.next();
                given().contentType(ContentType.JSON)
                        .body(Map.of("value", key.getValue(), "reason", "参考数据 " + name))
                        .put("/api/v1/ledgers/{d}/{y}/attributes/{k}/{key}", code, year, kind.getKey(), key.getKey())
                        .then().statusCode(200);
            }
        }

        JsonNode declared = read(dir.resolve("declared.json"));
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        int rowsCovered = 0;
        for (JsonNode group : declared) {
            String table = group.get("table").asText();
            String source = group.get("source").asText();
            String unit = group.path("unit").asText("WAN_YUAN");
            given().contentType(ContentType.JSON)
                    .body(Map.of("source", source, "unit", unit, "cells", group.get("cells")))
                    .put("/api/v1/ledgers/{d}/{y}/declared/{t}", code, year, table).then().statusCode(200);

            JsonPath derived = given().get("/api/v1/ledgers/{d}/{y}/tables/{t}?unit={u}", code, year, table, unit)
                    .then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> rows = derived.getList("rows");
            Map<String, Object> total = derived.getMap("total");
            TreeSet<Integer> selected = new TreeSet<>();
            for (JsonNode cell : group.get("cells")) {
                String rowKey = cell.get("row").asText();
                String column = cell.get("column").asText();
                BigDecimal printed = new BigDecimal(cell.get("value").asText());
                int index = select(rows, rowKey);
                Map<String, Object> row = rowKey.equals("total") ? total : index < 0 ? null : rows.get(index);
                if (rowKey.equals("total")) {
                    // a one-row table (the "三公") lists its total as its row too
                    for (int i = 0; i < rows.size(); i++) {
                        if ("TOTAL".equals(rows.get(i).get("level"))) {
                            selected.add(i);
                        }
                    }
                }
                if (row == null) {
                    assertEquals(0, printed.signum(), table + " has no row " + rowKey + " but " + source + " prints "
                            + printed + " there");
                } else {
                    selected.add(index);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> cells = (Map<String, Object>) row.get("cells");
                    assertTrue(cells.containsKey(column), table + " has no column " + column);
                }
                BigDecimal value = row == null ? BigDecimal.ZERO : amount(row, column);
                compared++;
                if (value.compareTo(printed) != 0) {
                    mismatches.add(reference(table, rowKey, column) + " (" + source + ")|"
                            + value.setScale(2).toPlainString() + "|" + printed.setScale(2).toPlainString());
                }
            }
            for (JsonNode unprinted : group.path("unprintedRows")) {
                // a row this layout leaves out (Shanghai's 收支总表 prints 收入总计 without 本年收入合计)
                int index = select(rows, unprinted.asText());
                assertTrue(index >= 0, table + " has no row " + unprinted);
                selected.add(index);
            }
            if (group.path("wholeTable").asBoolean(false)) {
                // the document prints the whole table: no derived row may carry a figure it does not print
                for (int i = 0; i < rows.size(); i++) {
                    if (!selected.contains(i)) {
                        for (Object value : ((Map<?, ?>) rows.get(i).get("cells")).values()) {
                            assertTrue(value == null || new BigDecimal(value.toString()).signum() == 0,
                                    table + " derives " + rows.get(i) + " which " + source + " does not print");
                        }
                    }
                }
                rowsCovered += rows.size();
            }
        }

        JsonPath report = given().get("/api/v1/ledgers/{d}/{y}/validation", code, year).then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> findings = report.getList("findings");
        // the report as found, for whoever updates a dataset (deploy/reference-data/tools/build.py explains it)
        Path reports = Files.createDirectories(Path.of("target", "reference-data"));
        Files.writeString(reports.resolve(name + ".findings.json"), JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(findings.stream().map(f -> Map.of("ruleId", f.get("ruleId"), "location",
                        f.get("location"), "expected", f.get("expected"), "actual", f.get("actual"))).toList()));
        TreeSet<String> actual = new TreeSet<>();
        findings.forEach(f -> actual.add(f.get("ruleId") + "|" + f.get("location") + "|" + f.get("expected") + "|"
                + f.get("actual")));
        TreeSet<String> expected = new TreeSet<>();
        TreeSet<String> expectedDeclared = new TreeSet<>();
        for (JsonNode f : read(dir.resolve("findings.json"))) {
            assertTrue(f.hasNonNull("why"), "every expected finding says why: " + f);
            String key = f.get("location").asText() + "|" + f.get("expected").asText() + "|" + f.get("actual").asText();
            expected.add(f.get("ruleId").asText() + "|" + key);
            if (f.get("ruleId").asText().equals("DECL-01")) {
                expectedDeclared.add(key);
            }
        }
        assertEquals(String.join("\n", expectedDeclared), String.join("\n", new TreeSet<>(mismatches)),
                name + ": the printed cells that differ from the derived ones are the document's known contradictions");
        assertEquals(String.join("\n", expected), String.join("\n", actual),
                name + ": the validation report names exactly the known contradictions");
        System.out.printf("reference dataset %s: %d printed cells compared, %d derived rows checked for figures the "
                + "document does not print, %d findings%n", name, compared, rowsCovered, findings.size());
    }

    /** The row a declared cell selects, as DECL-01 does: total (-1), a code, or the first name=/level= match. */
    private static int select(List<Map<String, Object>> rows, String key) {
        if (key.equals("total")) {
            return -1;
        }
        String field = key.startsWith("name=") ? "name" : key.startsWith("level=") ? "level" : "code";
        String value = field.equals("code") ? key : key.substring(key.indexOf('=') + 1);
        if (key.startsWith("code=")) {
            value = key.substring(5);
        }
        for (int i = 0; i < rows.size(); i++) {
            if (value.equals(rows.get(i).get(field))) {
                return i;
            }
        }
        return -2;
    }

    private static String reference(String table, String rowKey, String column) {
        String row = rowKey.equals("total") ? "total"
                : rowKey.contains("=") ? "row[" + rowKey + "]" : "row[code=" + rowKey + "]";
        return table + ":" + row + ":" + column;
    }

    private static BigDecimal amount(Map<String, Object> row, String column) {
        Object value = ((Map<?, ?>) row.get("cells")).get(column);
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }

    private static void putDepartment(String code, String name, String unitType, String parentCode) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "unitType", unitType));
        if (parentCode != null) {
            body.put("parentCode", parentCode);
        }
        given().contentType(ContentType.JSON).body(body).put("/api/v1/departments/{c}", code)
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }
}
