package org.openbudget.publication.render;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openbudget.publication.document.Document;
import org.openbudget.publication.document.Table;

/**
 * The document's tables as an XLSX workbook (fastexcel): a 目录 sheet listing every table with a link to it, then
 * one sheet per table named by its number ("公开01表"), with the title, the unit, the header rows merged as printed,
 * amounts as numeric cells in 万元 formatted "#,##0.00", and text guarded against formula injection
 * ({@link FormulaGuard}). Column widths are set from the content (spreadsheet auto-size underestimates CJK).
 */
@ApplicationScoped
public class XlsxRenderer {

    static final String INDEX_SHEET = "目录";
    static final String AMOUNT_FORMAT = "#,##0.00";
    private static final double MIN_WIDTH = 6;
    private static final double MAX_WIDTH = 60;

    public byte[] render(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            Workbook workbook = new Workbook(out, "open-budget-platform", "1.0");
            workbook.setGlobalDefaultFont("等线", 11);
            workbook.properties().setTitle(document.title()).setSubject(document.kind().chinese)
                    .setCompany(document.departmentName());
            List<Table> tables = document.tables();
            List<String> sheetNames = sheetNames(tables);
            index(workbook.newWorksheet(INDEX_SHEET), document, tables, sheetNames);
            for (int i = 0; i < tables.size(); i++) {
                table(workbook.newWorksheet(sheetNames.get(i)), tables.get(i));
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("XLSX rendering of " + document.title() + " failed", e);
        }
        return out.toByteArray();
    }

    private void index(Worksheet sheet, Document document, List<Table> tables, List<String> sheetNames) {
        sheet.value(0, 0, FormulaGuard.text(document.title()));
        sheet.style(0, 0).bold().fontSize(14).set();
        sheet.value(1, 0, FormulaGuard.text("部门：" + document.departmentName() + "（" + document.departmentCode()
                + "）　" + document.fiscalYear() + "年度　" + document.kind().chinese));
        String[] header = {"序号", "表号", "表名", "单位", "工作表"};
        for (int c = 0; c < header.length; c++) {
            sheet.value(3, c, header[c]);
            sheet.style(3, c).bold().fillColor("EEF1F5").borderStyle("thin").horizontalAlignment("center").set();
        }
        Widths widths = new Widths();
        for (int c = 0; c < header.length; c++) {
            widths.fit(c, header[c]);
        }
        for (int i = 0; i < tables.size(); i++) {
            Table table = tables.get(i);
            int r = 4 + i;
            String[] values = {String.valueOf(i + 1), table.number(), table.title(), unit(table), sheetNames.get(i)};
            for (int c = 0; c < values.length; c++) {
                String text = c == 4 ? values[c] : FormulaGuard.text(values[c]);
                if (c == 0) {
                    sheet.value(r, c, i + 1);
                } else if (c == 4) {
                    sheet.hyperlink(r, c, HyperLink.internal("'" + values[c].replace("'", "''") + "'!A1", values[c]));
                } else {
                    sheet.value(r, c, text);
                }
                sheet.style(r, c).borderStyle("thin").set();
                widths.fit(c, text);
            }
        }
        widths.apply(sheet, header.length);
    }

    private void table(Worksheet sheet, Table table) {
        HeaderGrid grid = new HeaderGrid(table.header());
        int columns = Math.max(1, Math.max(grid.columns(),
                table.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0)));
        Widths widths = new Widths();

        sheet.value(0, 0, FormulaGuard.text(HtmlRenderer.caption(table)));
        sheet.range(0, 0, 0, columns - 1).merge();
        sheet.style(0, 0).bold().fontSize(13).horizontalAlignment("center").set();
        if (!unit(table).isEmpty()) {
            sheet.value(1, columns - 1, FormulaGuard.text(table.unit()));
            sheet.style(1, columns - 1).horizontalAlignment("right").set();
        }

        int top = 2;
        for (HeaderGrid.Placed p : grid.cells()) {
            int r = top + p.row();
            String text = FormulaGuard.text(p.cell().text());
            sheet.value(r, p.column(), text);
            if (p.lastRow() > p.row() || p.lastColumn() > p.column()) {
                sheet.range(r, p.column(), top + p.lastRow(), p.lastColumn()).merge();
            } else {
                widths.fit(p.column(), text);
            }
            for (int rr = r; rr <= top + p.lastRow(); rr++) {
                for (int cc = p.column(); cc <= p.lastColumn(); cc++) {
                    sheet.style(rr, cc).bold().fillColor("EEF1F5").borderStyle("thin").horizontalAlignment("center")
                            .verticalAlignment("center").wrapText(true).set();
                }
            }
        }

        int body = top + grid.rows();
        for (int i = 0; i < table.rows().size(); i++) {
            Table.Row row = table.rows().get(i);
            int r = body + i;
            boolean strong = row.kind() != Table.RowKind.ITEM;
            int label = RowLabels.labelIndex(row.cells());
            for (int c = 0; c < row.cells().size(); c++) {
                Table.Cell cell = row.cells().get(c);
                var style = sheet.style(r, c).borderStyle("thin");
                if (cell.isAmount()) {
                    sheet.value(r, c, cell.amount());
                    style.format(AMOUNT_FORMAT).horizontalAlignment("right");
                    widths.fit(c, cell.text());
                } else {
                    String text = FormulaGuard.text(cell.text());
                    if (!text.isEmpty()) {
                        sheet.value(r, c, text);
                    }
                    if (c == label && row.indent() > 0) {
                        style.indent(row.indent());
                    }
                    widths.fit(c, text + "  ".repeat(c == label ? row.indent() : 0));
                }
                if (strong) {
                    style.bold();
                }
                if (row.kind() == Table.RowKind.TOTAL) {
                    style.fillColor("F1F1F1");
                }
                style.set();
            }
        }
        int after = body + table.rows().size();
        if (table.isEmpty()) {
            sheet.value(after + 1, 0, FormulaGuard.text(table.emptyNote()));
        }
        widths.apply(sheet, columns);
        if (grid.rows() > 0) {
            sheet.freezePane(0, body);
            sheet.repeatRows(top, body - 1);
        }
    }

    /**
     * Sheet names from the table numbers: at most 31 characters, none of {@code []:*?/\}, no leading or trailing
     * apostrophe, unique without regard to case (as Excel compares them) and never the index sheet's name.
     */
    static List<String> sheetNames(List<Table> tables) {
        Set<String> used = new HashSet<>();
        used.add(INDEX_SHEET.toLowerCase(Locale.ROOT));
        List<String> names = new ArrayList<>();
        for (Table table : tables) {
            String base = table.number() == null || table.number().isBlank() ? table.id() : table.number();
            base = base == null ? "" : base.replaceAll("[\\[\\]:*?/\\\\]", "_").replaceAll("[\\p{Cntrl}]", "").strip();
            base = base.replaceAll("^'+|'+$", "");
            if (base.isEmpty() || base.equalsIgnoreCase("History")) {
                base = "表" + (names.size() + 1);
            }
            base = cut(base, 31);
            String name = base;
            for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = "(" + n + ")";
                name = cut(base, 31 - suffix.length()) + suffix;
            }
            used.add(name.toLowerCase(Locale.ROOT));
            names.add(name);
        }
        return names;
    }

    private static String cut(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }

    private static String unit(Table table) {
        return table.unit() == null ? "" : table.unit().strip();
    }

    /** Column widths in character units: CJK counts double, as spreadsheet programs draw it. */
    private static final class Widths {
        private final List<Double> widths = new ArrayList<>();

        void fit(int column, String text) {
            while (widths.size() <= column) {
                widths.add(MIN_WIDTH);
            }
            double width = 2;
            for (int cp : (text == null ? "" : text).codePoints().toArray()) {
                width += cp >= 0x2E80 ? 2.1 : 1.1;
            }
            widths.set(column, Math.min(MAX_WIDTH, Math.max(widths.get(column), width)));
        }

        void apply(Worksheet sheet, int columns) {
            for (int c = 0; c < columns; c++) {
                sheet.width(c, c < widths.size() ? widths.get(c) : MIN_WIDTH + 4);
            }
        }
    }
}
