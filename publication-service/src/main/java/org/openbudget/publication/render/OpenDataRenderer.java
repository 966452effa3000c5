package org.openbudget.publication.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.openbudget.publication.document.Document;
import org.openbudget.publication.document.FactTable;
import org.openbudget.publication.document.Table;

/**
 * The document as open data, in the spirit of the Frictionless Fiscal Data Package: {@code facts.csv} (the
 * fact-grain figures, amounts in 元), {@code tables.csv} (every figure of every printed table in long format,
 * amounts in the table's unit), {@code tables.json} (the tables as structure) and {@code datapackage.json}
 * describing them (schemas, measures with their phase, classification dimensions). One ZIP or each file alone.
 * CSV is UTF-8 without BOM, RFC 4180 quoting, "\r\n" line ends, amounts as plain decimals; text fields are guarded
 * against formula injection ({@link FormulaGuard}).
 */
@ApplicationScoped
public class OpenDataRenderer {

    /** The files of the package, with their media types. */
    public enum OpenDataFile {
        DATAPACKAGE("datapackage.json", "application/json"),
        FACTS("facts.csv", "text/csv; charset=UTF-8"),
        TABLES_CSV("tables.csv", "text/csv; charset=UTF-8"),
        TABLES_JSON("tables.json", "application/json");

        public final String fileName;
        public final String mediaType;

        OpenDataFile(String fileName, String mediaType) {
            this.fileName = fileName;
            this.mediaType = mediaType;
        }
    }

    /**
     * Fiscal Data Package phases for the ledger's phases (FactTable.Column.phase): 预算 is the approved budget
     * (年初预算), 调整 the adjusted one (调整预算 / 全年预算), 决算 what was executed.
     */
    static final Map<String, String> PHASES = Map.of("预算", "approved", "调整", "adjusted", "决算", "executed");

    /**
     * Dimension types by a word in the column id (the assembler names fact columns): functional and economic
     * classifications, the funding source, the project as activity, the unit as entity.
     */
    private static final List<String[]> DIMENSION_TYPES = List.of(
            new String[] {"function", "classification", "functional"},
            new String[] {"economic", "classification", "economic"},
            new String[] {"funding", "classification", "funding-source"},
            new String[] {"expenditure_type", "classification", "expenditure-type"},
            new String[] {"project", "activity", null},
            new String[] {"department", "entity", null},
            new String[] {"unit", "entity", null});

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    /** Fixed entry times: the same document gives the same bytes, so a published version's hash is stable. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    public byte[] zip(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (OpenDataFile file : OpenDataFile.values()) {
                ZipEntry entry = new ZipEntry(file.fileName);
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(file(document, file));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] file(Document document, OpenDataFile file) {
        switch (file) {
            case DATAPACKAGE: return datapackageJson(document);
            case FACTS: return factsCsv(document);
            case TABLES_CSV: return tablesCsv(document);
            case TABLES_JSON: return tablesJson(document);
            default: throw new IllegalArgumentException(file.name());
        }
    }

    // ---------------------------------------------------------------- facts.csv

    public byte[] factsCsv(Document document) {
        FactTable facts = document.facts();
        Csv csv = new Csv();
        csv.row(facts.columns().stream().map(FactTable.Column::id).toList());
        for (List<String> row : facts.rows()) {
            for (int i = 0; i < facts.columns().size(); i++) {
                String value = i < row.size() && row.get(i) != null ? row.get(i) : "";
                csv.field(facts.columns().get(i).measure() ? value : FormulaGuard.text(value));
            }
            csv.end();
        }
        return csv.bytes();
    }

    // ---------------------------------------------------------------- tables.csv

    static final List<String> TABLE_FIELDS = List.of("table_id", "table_number", "table_title", "unit", "row_index",
            "row_kind", "row_indent", "row_label", "column_index", "column_header", "amount");

    public byte[] tablesCsv(Document document) {
        Csv csv = new Csv();
        csv.row(TABLE_FIELDS);
        for (Table table : document.tables()) {
            HeaderGrid grid = new HeaderGrid(table.header());
            for (int r = 0; r < table.rows().size(); r++) {
                Table.Row row = table.rows().get(r);
                for (int c = 0; c < row.cells().size(); c++) {
                    Table.Cell cell = row.cells().get(c);
                    if (!cell.isAmount()) {
                        continue;
                    }
                    csv.field(FormulaGuard.text(table.id())).field(FormulaGuard.text(table.number()))
                            .field(FormulaGuard.text(table.title())).field(FormulaGuard.text(unit(table)))
                            .field(String.valueOf(r + 1)).field(row.kind().name()).field(String.valueOf(row.indent()))
                            .field(FormulaGuard.text(RowLabels.labelOf(row.cells(), grid, c)))
                            .field(String.valueOf(c + 1))
                            .field(FormulaGuard.text(String.join(" / ", grid.path(c))))
                            .field(cell.amount().toPlainString());
                    csv.end();
                }
            }
        }
        return csv.bytes();
    }

    // ---------------------------------------------------------------- tables.json

    public byte[] tablesJson(Document document) {
        ObjectNode root = NODES.objectNode();
        document(root, document);
        ArrayNode tables = root.putArray("tables");
        for (Table table : document.tables()) {
            HeaderGrid grid = new HeaderGrid(table.header());
            ObjectNode t = tables.addObject();
            t.put("id", table.id()).put("number", table.number()).put("title", table.title()).put("unit", unit(table));
            if (table.isEmpty()) {
                t.put("emptyNote", table.emptyNote());
            }
            ArrayNode header = t.putArray("header");
            for (List<Table.HeaderCell> headerRow : table.header()) {
                ArrayNode cells = header.addArray();
                for (Table.HeaderCell cell : headerRow) {
                    cells.addObject().put("text", cell.text()).put("colspan", cell.colspan()).put("rowspan", cell.rowspan());
                }
            }
            ArrayNode columns = t.putArray("columns");
            for (int c = 0; c < grid.columns(); c++) {
                columns.add(String.join(" / ", grid.path(c)));
            }
            ArrayNode rows = t.putArray("rows");
            for (Table.Row row : table.rows()) {
                ObjectNode r = rows.addObject();
                r.put("kind", row.kind().name()).put("indent", row.indent());
                ArrayNode cells = r.putArray("cells");
                for (Table.Cell cell : row.cells()) {
                    ObjectNode c = cells.addObject().put("text", cell.text());
                    if (cell.isAmount()) {
                        c.put("amount", cell.amount());
                    }
                }
            }
        }
        return write(root);
    }

    // ---------------------------------------------------------------- datapackage.json

    public byte[] datapackageJson(Document document) {
        ObjectNode root = NODES.objectNode();
        root.put("profile", "fiscal-data-package");
        root.put("name", packageName(document));
        root.put("title", document.title());
        root.putArray("languages").add("zh");
        root.put("countryCode", "CN");
        root.putObject("fiscalPeriod").put("start", document.fiscalYear() + "-01-01")
                .put("end", document.fiscalYear() + "-12-31");
        root.putArray("publishers").addObject().put("title", document.departmentName())
                .put("x-code", document.departmentCode());
        document(root.putObject("x-document"), document);

        ArrayNode resources = root.putArray("resources");
        FactTable facts = document.facts();
        ObjectNode factResource = csvResource(resources, "facts", OpenDataFile.FACTS,
                "决算/预算数据（事实粒度），金额单位：元");
        ArrayNode factFields = factResource.putObject("schema").putArray("fields");
        for (FactTable.Column column : facts.columns()) {
            ObjectNode field = factFields.addObject().put("name", column.id()).put("title", column.title());
            if (column.measure()) {
                field.put("type", "number").put("decimalChar", ".").put("bareNumber", true);
            } else {
                field.put("type", "string");
            }
        }

        ObjectNode tableResource = csvResource(resources, "tables", OpenDataFile.TABLES_CSV,
                "公开表格的每个金额（长表格式），金额单位见 unit 列");
        ArrayNode tableFields = tableResource.putObject("schema").putArray("fields");
        String[][] tableFieldMeta = {
                {"table_id", "表标识", "string"}, {"table_number", "表号", "string"}, {"table_title", "表名", "string"},
                {"unit", "金额单位", "string"}, {"row_index", "行序号（表体内，从1起）", "integer"},
                {"row_kind", "行类型（ITEM/SUBTOTAL/TOTAL）", "string"}, {"row_indent", "科目层级缩进（0类 1款 2项）", "integer"},
                {"row_label", "行名称（编码与名称）", "string"}, {"column_index", "列序号（从1起）", "integer"},
                {"column_header", "列标题路径", "string"}, {"amount", "金额", "number"}};
        for (String[] meta : tableFieldMeta) {
            ObjectNode field = tableFields.addObject().put("name", meta[0]).put("title", meta[1]).put("type", meta[2]);
            if (meta[2].equals("number")) {
                field.put("decimalChar", ".").put("bareNumber", true);
            }
        }
        resources.addObject().put("name", "tables-structure").put("path", OpenDataFile.TABLES_JSON.fileName)
                .put("format", "json").put("mediatype", "application/json").put("encoding", "utf-8")
                .put("description", "公开表格的结构（表头、行、单元格），与印刷版一致");

        ObjectNode model = root.putObject("model");
        ObjectNode measures = model.putObject("measures");
        ObjectNode dimensions = model.putObject("dimensions");
        for (FactTable.Column column : facts.columns()) {
            if (column.measure()) {
                ObjectNode measure = measures.putObject(column.id()).put("source", column.id())
                        .put("title", column.title()).put("currency", "CNY").put("factor", 1)
                        .put("direction", "expenditure");
                if (column.phase() != null) {
                    measure.put("phase", PHASES.getOrDefault(column.phase(), column.phase()))
                            .put("x-phase-zh", column.phase());
                }
            } else {
                String id = column.id().toLowerCase(Locale.ROOT);
                String[] type = DIMENSION_TYPES.stream().filter(t -> id.contains(t[0])).findFirst()
                        .orElse(new String[] {null, "other", null});
                ObjectNode dimension = dimensions.putObject(column.id()).put("title", column.title())
                        .put("dimensionType", type[1]).put("primaryKey", column.id());
                if (type[2] != null) {
                    dimension.put("classificationType", type[2]);
                }
                dimension.putObject("attributes").putObject(column.id()).put("source", column.id())
                        .put("title", column.title());
            }
        }
        return write(root);
    }

    private static ObjectNode csvResource(ArrayNode resources, String name, OpenDataFile file, String description) {
        return resources.addObject().put("name", name).put("path", file.fileName).put("profile", "tabular-data-resource")
                .put("format", "csv").put("mediatype", "text/csv").put("encoding", "utf-8")
                .put("description", description);
    }

    private static void document(ObjectNode node, Document document) {
        node.put("kind", document.kind().name()).put("kindTitle", document.kind().chinese)
                .put("departmentCode", document.departmentCode()).put("departmentName", document.departmentName())
                .put("fiscalYear", document.fiscalYear()).put("title", document.title())
                .put("layoutId", document.layoutId());
    }

    /** A Data Package name: lower-case ASCII letters, digits, '-', '_' and '.'. */
    static String packageName(Document document) {
        String code = document.departmentCode() == null ? "" : document.departmentCode().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "-");
        return "department-" + code + "-" + document.fiscalYear() + "-"
                + document.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String unit(Table table) {
        if (table.unit() == null) {
            return "";
        }
        String unit = table.unit().strip();
        int colon = Math.max(unit.lastIndexOf('：'), unit.lastIndexOf(':'));
        return colon >= 0 ? unit.substring(colon + 1).strip() : unit;
    }

    private static byte[] write(ObjectNode root) {
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 writer: a field is quoted when it holds a comma, quote, CR or LF; quotes double. */
    private static final class Csv {
        private final StringBuilder out = new StringBuilder(16 * 1024);
        private boolean first = true;

        Csv field(String value) {
            if (!first) {
                out.append(',');
            }
            first = false;
            String v = value == null ? "" : value;
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                out.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                out.append(v);
            }
            return this;
        }

        void row(List<String> values) {
            values.forEach(this::field);
            end();
        }

        void end() {
            out.append("\r\n");
            first = true;
        }

        byte[] bytes() {
            return out.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
