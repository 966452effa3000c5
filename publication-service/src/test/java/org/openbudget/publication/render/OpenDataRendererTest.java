package org.openbudget.publication.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openbudget.publication.document.Document;
import org.openbudget.publication.document.FactTable;
import org.openbudget.publication.document.Section;
import org.openbudget.publication.document.Table;

class OpenDataRendererTest {

    private final OpenDataRenderer renderer = new OpenDataRenderer();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void datapackageDescribesBothCsvResourcesWithSchemasMeasuresByPhaseAndClassifications() throws Exception {
        Document document = SampleDocuments.finalAccounts();
        JsonNode pkg = json.readTree(renderer.datapackageJson(document));

        assertEquals("fiscal-data-package", pkg.get("profile").asText());
        assertEquals("department-040001-2024-final-accounts", pkg.get("name").asText());
        assertEquals("2024-01-01", pkg.at("/fiscalPeriod/start").asText());
        assertEquals("部门决算公开", pkg.at("/x-document/kindTitle").asText());
        List<String> resources = new ArrayList<>();
        pkg.get("resources").forEach(r -> resources.add(r.get("path").asText()));
        assertEquals(List.of("facts.csv", "tables.csv", "tables.json"), resources);

        // every schema field is a CSV column, in order
        List<List<String>> facts = csv(renderer.factsCsv(document));
        List<String> factFields = new ArrayList<>();
        pkg.at("/resources/0/schema/fields").forEach(f -> factFields.add(f.get("name").asText()));
        assertEquals(facts.get(0), factFields);
        List<List<String>> tables = csv(renderer.tablesCsv(document));
        List<String> tableFields = new ArrayList<>();
        pkg.at("/resources/1/schema/fields").forEach(f -> tableFields.add(f.get("name").asText()));
        assertEquals(tables.get(0), tableFields);

        JsonNode measures = pkg.at("/model/measures");
        assertEquals("approved", measures.at("/budget_initial/phase").asText());
        assertEquals("预算", measures.at("/budget_initial/x-phase-zh").asText());
        assertEquals("adjusted", measures.at("/budget_adjusted/phase").asText());
        assertEquals("executed", measures.at("/final/phase").asText());
        assertEquals("CNY", measures.at("/final/currency").asText());
        assertEquals(3, measures.size());
        JsonNode dimensions = pkg.at("/model/dimensions");
        assertEquals("classification", dimensions.at("/function_code/dimensionType").asText());
        assertEquals("functional", dimensions.at("/function_code/classificationType").asText());
        assertEquals("funding-source", dimensions.at("/funding_source/classificationType").asText());
        assertEquals(4, dimensions.size());
        assertEquals("number", pkg.at("/resources/0/schema/fields/6/type").asText());
        assertEquals("string", pkg.at("/resources/0/schema/fields/0/type").asText());
    }

    @Test
    void factsCsvIsTheFactTableWithItsHeader() {
        Document document = SampleDocuments.finalAccounts();
        List<List<String>> facts = csv(renderer.factsCsv(document));

        assertEquals(List.of("function_code", "function_name", "funding_source", "expenditure_type", "budget_initial",
                "budget_adjusted", "final"), facts.get(0));
        assertEquals(document.facts().rows(), facts.subList(1, facts.size()));
        BigDecimal finalTotal = facts.subList(1, facts.size()).stream().map(r -> new BigDecimal(r.get(6)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("48790700.00").compareTo(finalTotal), "the 4,879.07 万元 of the tables, in 元");
    }

    @Test
    void tablesCsvHasEveryFigureOfEveryTableInLongFormat() {
        Document document = SampleDocuments.finalAccounts();
        List<List<String>> rows = csv(renderer.tablesCsv(document));
        List<String> header = rows.get(0);
        List<Map<String, String>> records = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                record.put(header.get(i), row.get(i));
            }
            records.add(record);
        }

        long figures = document.tables().stream().flatMap(t -> t.rows().stream()).flatMap(r -> r.cells().stream())
                .filter(Table.Cell::isAmount).count();
        assertEquals(figures, records.size());
        Map<String, String> item = records.stream()
                .filter(r -> r.get("table_id").equals("FA05") && r.get("row_label").equals("2101103 公务员医疗补助")
                        && r.get("column_index").equals("5"))
                .findFirst().orElseThrow();
        assertEquals("公开05表", item.get("table_number"));
        assertEquals("一般公共预算财政拨款支出决算表", item.get("table_title"));
        assertEquals("万元", item.get("unit"));
        assertEquals("8", item.get("row_index"));
        assertEquals("ITEM", item.get("row_kind"));
        assertEquals("2", item.get("row_indent"));
        assertEquals("本年支出 / 项目支出", item.get("column_header"));
        assertEquals("1331.90", item.get("amount"));
        Map<String, String> expenditure = records.stream()
                .filter(r -> r.get("table_id").equals("FA01") && r.get("column_index").equals("6")
                        && r.get("amount").equals("3712.37"))
                .findFirst().orElseThrow();
        assertEquals("支出 / 决算数", expenditure.get("column_header"));
        assertEquals("九、卫生健康支出 39", expenditure.get("row_label"), "the 支出 side's own item and line");
    }

    @Test
    void tablesJsonKeepsTheStructureWithExactAmounts() throws Exception {
        JsonNode root = json.readTree(renderer.tablesJson(SampleDocuments.finalAccounts()));

        assertEquals(3, root.get("tables").size());
        JsonNode fa05 = root.get("tables").get(1);
        assertEquals("FA05", fa05.get("id").asText());
        assertEquals(2, fa05.get("header").size());
        assertEquals(3, fa05.at("/header/0/2/colspan").asInt());
        assertEquals(List.of("功能分类科目编码", "科目名称", "本年支出 / 小计", "本年支出 / 基本支出", "本年支出 / 项目支出"),
                json.convertValue(fa05.get("columns"), List.class));
        assertEquals("4879.07", fa05.at("/rows/0/cells/2/amount").decimalValue().toPlainString());
        assertEquals("4,879.07", fa05.at("/rows/0/cells/2/text").asText());
        assertTrue(fa05.at("/rows/0/cells/3/amount").isMissingNode(), "no figure, no amount");
        assertEquals("本部门2024年度无政府性基金预算财政拨款收入支出。", root.at("/tables/2/emptyNote").asText());
        assertEquals("FINAL_ACCOUNTS", root.get("kind").asText());
    }

    @Test
    void zipHoldsTheFourFilesAsServedAloneAndIsTheSameBytesEveryTime() throws Exception {
        Document document = SampleDocuments.finalAccounts();
        byte[] zip = renderer.zip(document);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertEquals(List.of("datapackage.json", "facts.csv", "tables.csv", "tables.json"), new ArrayList<>(entries.keySet()));
        for (OpenDataRenderer.OpenDataFile file : OpenDataRenderer.OpenDataFile.values()) {
            assertArrayEquals(renderer.file(document, file), entries.get(file.fileName), file.fileName);
        }
        assertArrayEquals(zip, renderer.zip(document));
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndNeutralisesFormulaLikeText() {
        List<FactTable.Column> columns = List.of(new FactTable.Column("name", "名称", false, null),
                new FactTable.Column("final", "决算数", true, "决算"));
        FactTable facts = new FactTable(columns, List.of(
                List.of("=HYPERLINK(\"http://x\")", "-12.50"),
                List.of("逗号,引号\"换行\n结束", "0.00"),
                List.of("@SUM(A1)", "1.00")));
        List<List<Table.HeaderCell>> header = List.of(List.of(new Table.HeaderCell("项目", 1, 1),
                new Table.HeaderCell("金额", 1, 1)));
        Table table = new Table("T", "表1", "+恶意", "单位：万元", header, List.of(new Table.Row(Table.RowKind.ITEM, 0,
                List.of(Table.Cell.text("-1+2"), Table.Cell.amount(new BigDecimal("-3.00"))))), null);
        Document document = new Document(Document.Kind.BUDGET, "A B/01", "部门", 2025, "标题", "layout",
                List.of(new Section("s", 1, "第二部分", List.of(table), List.of())), facts);

        List<List<String>> factRows = csv(renderer.factsCsv(document));
        assertEquals(List.of("'=HYPERLINK(\"http://x\")", "-12.50"), factRows.get(1), "measures are numbers, untouched");
        assertEquals(List.of("逗号,引号\"换行\n结束", "0.00"), factRows.get(2));
        assertEquals("'@SUM(A1)", factRows.get(3).get(0));
        List<String> tableRow = csv(renderer.tablesCsv(document)).get(1);
        assertEquals("'+恶意", tableRow.get(2));
        assertEquals("'-1+2", tableRow.get(7));
        assertEquals("-3.00", tableRow.get(10));
        assertFalse(new String(renderer.factsCsv(document), StandardCharsets.UTF_8).startsWith("\uFEFF"), "no BOM");
        assertEquals("department-a-b-01-2025-budget", OpenDataRenderer.packageName(document));
    }

    /** RFC 4180 reader for the tests: quoted fields with doubled quotes and line breaks, CRLF row ends. */
    static List<List<String>> csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertTrue(field.length() == 0 && row.isEmpty(), "every row ends with CRLF");
        return rows;
    }
}
