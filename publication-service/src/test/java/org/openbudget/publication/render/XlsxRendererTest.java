package org.openbudget.publication.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.openbudget.publication.document.Document;
import org.openbudget.publication.document.FactTable;
import org.openbudget.publication.document.Section;
import org.openbudget.publication.document.Table;
import org.w3c.dom.NodeList;

class XlsxRendererTest {

    private final XlsxRenderer renderer = new XlsxRenderer();

    private static Map<String, List<Row>> read(byte[] xlsx) throws IOException {
        Map<String, List<Row>> sheets = new java.util.LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                sheets.put(sheet.getName(), sheet.read());
            }
        }
        return sheets;
    }

    private static Row row(List<Row> rows, int rowIndex) {
        return rows.stream().filter(r -> r.getRowNum() == rowIndex + 1).findFirst().orElseThrow();
    }

    @Test
    void indexSheetThenOneSheetPerTableNamedByItsNumber() throws Exception {
        Map<String, List<Row>> sheets = read(renderer.render(SampleDocuments.finalAccounts()));

        assertEquals(List.of("目录", "公开01表", "公开05表", "公开07表"), new ArrayList<>(sheets.keySet()));
        List<Row> index = sheets.get("目录");
        assertEquals("武汉市江汉区保健医疗办公室2024年度部门决算", row(index, 0).getCellText(0));
        assertEquals(List.of("序号", "表号", "表名", "单位", "工作表"), texts(row(index, 3), 5));
        assertEquals(List.of("2", "公开05表", "一般公共预算财政拨款支出决算表", "单位：万元", "公开05表"), texts(row(index, 5), 5));
    }

    @Test
    void amountsAreNumericCellsInTheAmountFormatAndTextStaysText() throws Exception {
        List<Row> fa05 = read(renderer.render(SampleDocuments.finalAccounts())).get("公开05表");

        assertEquals("公开05表 一般公共预算财政拨款支出决算表", row(fa05, 0).getCellText(0));
        assertEquals("单位：万元", row(fa05, 1).getCellText(4));
        Row total = row(fa05, 4); // title, unit, two header rows, then 合计
        assertEquals("合计", total.getCellText(1));
        Cell amount = total.getCell(2);
        assertEquals(CellType.NUMBER, amount.getType());
        assertEquals(0, new BigDecimal("4879.07").compareTo(amount.asNumber()));
        assertEquals(XlsxRenderer.AMOUNT_FORMAT, amount.getDataFormatString());
        Row item = row(fa05, 7); // 2059999 其他教育支出
        assertEquals(CellType.STRING, item.getCell(0).getType(), "a code is text, not a number");
        assertEquals("2059999", item.getCellText(0));
        assertEquals(0, new BigDecimal("1166.70").compareTo(item.getCell(4).asNumber()));
        assertTrue(item.getCell(3) == null || item.getCell(3).getType() == CellType.EMPTY, "no figure, no value");
    }

    @Test
    void headerCellsAreMergedAsPrinted() throws Exception {
        byte[] xlsx = renderer.render(SampleDocuments.finalAccounts());

        // sheet order: 目录 = sheet1, 公开01表 = sheet2, 公开05表 = sheet3
        assertEquals(List.of("A1:F1", "A3:C3", "D3:F3"), merges(xlsx, "xl/worksheets/sheet2.xml"));
        assertEquals(List.of("A1:E1", "A3:A4", "B3:B4", "C3:E3"), merges(xlsx, "xl/worksheets/sheet3.xml"));
        List<Row> fa01 = read(xlsx).get("公开01表");
        assertEquals(List.of("收入", "", "", "支出"), texts(row(fa01, 2), 4));
        assertEquals(List.of("项目", "行次", "决算数", "项目", "行次", "决算数"), texts(row(fa01, 3), 6));
    }

    @Test
    void columnsHaveExplicitWidthsWideEnoughForChineseNames() throws Exception {
        String sheet = entry(renderer.render(SampleDocuments.finalAccounts()), "xl/worksheets/sheet2.xml");
        // 公开01表 column A holds "三、国有资本经营预算财政拨款收入" (16 CJK characters)
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<col min=\"1\" max=\"1\" width=\"([0-9.]+)\"")
                .matcher(sheet);
        assertTrue(m.find(), sheet.substring(0, Math.min(600, sheet.length())));
        assertTrue(Double.parseDouble(m.group(1)) >= 32, m.group(1));
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralised() throws Exception {
        List<List<Table.HeaderCell>> header = List.of(List.of(new Table.HeaderCell("=1+1", 1, 1),
                new Table.HeaderCell("金额", 1, 1)));
        List<Table.Row> rows = List.of(
                new Table.Row(Table.RowKind.ITEM, 0, List.of(Table.Cell.text("=HYPERLINK(\"http://x\",\"点击\")"),
                        Table.Cell.amount(new BigDecimal("-5.00")))),
                new Table.Row(Table.RowKind.ITEM, 0, List.of(Table.Cell.text("+cmd|' /C calc'!A0"), Table.Cell.amount(null))),
                new Table.Row(Table.RowKind.ITEM, 0, List.of(Table.Cell.text("-2+3"), Table.Cell.amount(null))),
                new Table.Row(Table.RowKind.ITEM, 0, List.of(Table.Cell.text("@SUM(A1)"), Table.Cell.amount(null))),
                new Table.Row(Table.RowKind.ITEM, 0, List.of(Table.Cell.text("＝1+1"), Table.Cell.amount(null))),
                new Table.Row(Table.RowKind.ITEM, 0, List.of(Table.Cell.text("一般公共预算=收入"), Table.Cell.amount(null))));
        Table table = new Table("X", "=表1", "@恶意表名", "单位：万元", header, rows, null);
        Document document = new Document(Document.Kind.BUDGET, "001", "=部门", 2025, "-标题", "layout",
                List.of(new Section("s", 1, "第二部分", List.of(table), List.of())), FactTable.empty());
        byte[] xlsx = renderer.render(document);
        Map<String, List<Row>> sheets = read(xlsx);

        assertEquals(List.of("目录", "=表1"), new ArrayList<>(sheets.keySet()), "a sheet name is never evaluated");
        List<Row> sheet = sheets.get("=表1");
        assertEquals("'=表1 @恶意表名", row(sheet, 0).getCellText(0));
        assertEquals("'=1+1", row(sheet, 2).getCellText(0));
        assertEquals("'=HYPERLINK(\"http://x\",\"点击\")", row(sheet, 3).getCellText(0));
        assertEquals("'+cmd|' /C calc'!A0", row(sheet, 4).getCellText(0));
        assertEquals("'-2+3", row(sheet, 5).getCellText(0));
        assertEquals("'@SUM(A1)", row(sheet, 6).getCellText(0));
        assertEquals("'＝1+1", row(sheet, 7).getCellText(0));
        assertEquals("一般公共预算=收入", row(sheet, 8).getCellText(0), "only a leading trigger matters");
        assertEquals(0, new BigDecimal("-5.00").compareTo(row(sheet, 3).getCell(1).asNumber()), "numbers stay numbers");
        assertEquals("'-标题", row(sheets.get("目录"), 0).getCellText(0));
        for (String part : List.of("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml")) {
            assertTrue(!entry(xlsx, part).contains("<f>"), "no formula cell in " + part);
        }
    }

    @Test
    void sheetNamesAreShortLegalAndUnique() {
        List<Table> tables = new ArrayList<>();
        for (String number : new String[] {"公开01表", "公开01表", "表[1]:*?/\\", "", "一个非常非常非常非常非常非常非常非常非常非常长的表号超过三十一个字符", "目录", "'x'"}) {
            tables.add(new Table("T", number, "t", null, List.of(), List.of(), null));
        }
        List<String> names = XlsxRenderer.sheetNames(tables);

        assertEquals("公开01表", names.get(0));
        assertEquals("公开01表(2)", names.get(1));
        assertEquals("表_1______", names.get(2));
        assertEquals("T", names.get(3), "blank number: the table id");
        assertTrue(names.get(4).length() <= 31);
        assertEquals("目录(2)", names.get(5));
        assertEquals("x", names.get(6));
        assertEquals(names.size(), names.stream().distinct().count());
        for (String name : names) {
            assertTrue(name.length() <= 31 && !name.matches(".*[\\[\\]:*?/\\\\].*"), name);
        }
    }

    private static List<String> texts(Row row, int columns) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            texts.add(row.getCellText(c));
        }
        return texts;
    }

    private static List<String> merges(byte[] xlsx, String part) throws Exception {
        String xml = entry(xlsx, part);
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .getElementsByTagName("mergeCell");
        Map<String, String> refs = new TreeMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            String ref = ((org.w3c.dom.Element) nodes.item(i)).getAttribute("ref");
            refs.put(ref, ref);
        }
        return new ArrayList<>(refs.values());
    }

    /** A part of the package (ZipFile: fastexcel streams entries with data descriptors ZipInputStream rejects). */
    private static String entry(byte[] zip, String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("workbook", ".xlsx");
        try (java.util.zip.ZipFile workbook = new java.util.zip.ZipFile(java.nio.file.Files.write(file, zip).toFile())) {
            ZipEntry entry = workbook.getEntry(name);
            if (entry == null) {
                throw new AssertionError(name + " not in the workbook");
            }
            return new String(workbook.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
