package org.openbudget.publication.service.assembly;

import org.openbudget.publication.client.BudgetSource.Column;
import org.openbudget.publication.client.BudgetSource.Row;
import org.openbudget.publication.client.BudgetSource.SourceTable;
import org.openbudget.publication.document.Table;
import org.openbudget.publication.document.Table.Cell;
import org.openbudget.publication.document.Table.HeaderCell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays out a table derived by budget-service as it is printed. Figures are taken as derived (already in 万元 under
 * the one rounding policy); this class only arranges them: a 收支总表 side by side (收入 | 支出), other tables as
 * code, name and amount columns, with column titles "组·列" becoming a two-row header.
 */
final class TableBuilder {

    private static final Set<String> INCOME_SIDE = Set.of("INCOME", "INCOME_TOTAL", "INCOME_BALANCE");
    private static final String GROUP_SEPARATOR = "·";

    private TableBuilder() {
    }

    static Table build(SourceTable source, String number, String title, int year) {
        String unit = "单位：" + (source.unit() == null ? "万元" : source.unit());
        String emptyNote = source.isEmpty() && source.emptyNote() != null
                ? source.emptyNote().replace("{year}", Integer.toString(year)) : null;
        boolean statement = source.rows().stream().anyMatch(r -> INCOME_SIDE.contains(r.level()))
                || source.total() != null && "EXPENDITURE_GRAND_TOTAL".equals(source.total().level());
        if (statement) {
            return statement(source, number, title, unit, emptyNote);
        }
        return listing(source, number, title, unit, emptyNote);
    }

    /** A 收支总表: income rows on the left, expenditure rows on the right, 总计 on one last line. */
    private static Table statement(SourceTable source, String number, String title, String unit, String emptyNote) {
        List<Column> columns = source.columns();
        List<List<HeaderCell>> header = List.of(
                List.of(new HeaderCell("收入", 2, 1), new HeaderCell("支出", 1 + columns.size(), 1)),
                concat(List.of(new HeaderCell("项目", 1, 1), new HeaderCell(columns.get(0).title(), 1, 1),
                        new HeaderCell("项目", 1, 1)), columns.stream().map(c -> new HeaderCell(c.title(), 1, 1)).toList()));
        Row incomeTotal = source.rows().stream().filter(r -> "INCOME_GRAND_TOTAL".equals(r.level())).findFirst().orElse(null);
        List<Table.Row> rows = new ArrayList<>();
        if (emptyNote == null) {
            // as printed: the items side by side, then 本年收入合计 beside 本年支出合计, the balances beside each
            // other, and 总计 beside 总计 on the last line
            pair(rows, level(source, "INCOME"), level(source, "EXPENDITURE"), columns, Table.RowKind.ITEM);
            pair(rows, level(source, "INCOME_TOTAL"), level(source, "EXPENDITURE_TOTAL"), columns, Table.RowKind.SUBTOTAL);
            pair(rows, level(source, "INCOME_BALANCE"), level(source, "EXPENDITURE_BALANCE"), columns, Table.RowKind.ITEM);
            rows.add(new Table.Row(Table.RowKind.TOTAL, 0, statementCells(incomeTotal, source.total(), columns)));
        }
        return new Table(source.id(), number, title, unit, header, rows, emptyNote);
    }

    private static List<Row> level(SourceTable source, String level) {
        return source.rows().stream().filter(r -> level.equals(r.level())).toList();
    }

    private static void pair(List<Table.Row> rows, List<Row> left, List<Row> right, List<Column> columns, Table.RowKind kind) {
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            rows.add(new Table.Row(kind, 0, statementCells(i < left.size() ? left.get(i) : null,
                    i < right.size() ? right.get(i) : null, columns)));
        }
    }

    private static List<Cell> statementCells(Row left, Row right, List<Column> columns) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.text(left == null ? "" : left.name()));
        cells.add(left == null ? Cell.text("") : Cell.amount(left.cell(columns.get(0).id())));
        cells.add(Cell.text(right == null ? "" : right.name()));
        for (Column column : columns) {
            cells.add(right == null ? Cell.text("") : Cell.amount(right.cell(column.id())));
        }
        return cells;
    }

    /** Classification or project rows: code, name, then the amount columns; 合计 first, as the seeds print it. */
    private static Table listing(SourceTable source, String number, String title, String unit, String emptyNote) {
        boolean projects = source.rows().stream().anyMatch(r -> "PROJECT".equals(r.level()));
        boolean codes = source.rows().stream().anyMatch(r -> r.code() != null) || source.rows().isEmpty()
                && source.columns().size() > 1 && !source.columns().get(0).title().contains(GROUP_SEPARATOR);
        String codeTitle = projects ? "项目编码" : "科目编码";
        String nameTitle = projects ? "项目名称" : "科目名称";
        List<List<HeaderCell>> header = header(source.columns(), codes, codeTitle, nameTitle);
        List<Table.Row> rows = new ArrayList<>();
        if (emptyNote == null) {
            if (source.total() != null && !source.rows().contains(source.total())) {
                rows.add(row(source.total(), source.columns(), codes, Table.RowKind.TOTAL, 0));
            }
            for (Row row : source.rows()) {
                rows.add(row(row, source.columns(), codes, kindOf(row), indentOf(row)));
            }
        }
        return new Table(source.id(), number, title, unit, header, rows, emptyNote);
    }

    private static List<List<HeaderCell>> header(List<Column> columns, boolean codes, String codeTitle, String nameTitle) {
        boolean grouped = columns.stream().anyMatch(c -> c.title().contains(GROUP_SEPARATOR));
        int depth = grouped ? 2 : 1;
        List<HeaderCell> first = new ArrayList<>();
        List<HeaderCell> second = new ArrayList<>();
        if (codes) {
            first.add(new HeaderCell(codeTitle, 1, depth));
        }
        first.add(new HeaderCell(nameTitle, 1, depth));
        if (!grouped) {
            columns.forEach(c -> first.add(new HeaderCell(c.title(), 1, 1)));
            return List.of(first);
        }
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (Column c : columns) {
            String[] parts = c.title().split(GROUP_SEPARATOR, 2);
            groups.merge(parts[0], 1, Integer::sum);
            second.add(new HeaderCell(parts.length > 1 ? parts[1] : parts[0], 1, 1));
        }
        groups.forEach((group, span) -> first.add(new HeaderCell(group, span, 1)));
        return List.of(first, second);
    }

    private static Table.Row row(Row row, List<Column> columns, boolean codes, Table.RowKind kind, int indent) {
        List<Cell> cells = new ArrayList<>();
        if (codes) {
            cells.add(Cell.text(row.code()));
        }
        cells.add(Cell.text(row.name()));
        for (Column column : columns) {
            cells.add(Cell.amount(row.cell(column.id())));
        }
        return new Table.Row(kind, indent, cells);
    }

    private static Table.RowKind kindOf(Row row) {
        String level = row.level() == null ? "" : row.level();
        if (level.equals("TOTAL")) {
            return Table.RowKind.TOTAL;
        }
        return level.equals("CLASS") || level.endsWith("_TOTAL") || level.equals("PROJECT_CATEGORY")
                ? Table.RowKind.SUBTOTAL : Table.RowKind.ITEM;
    }

    private static int indentOf(Row row) {
        String level = row.level() == null ? "" : row.level();
        switch (level) {
            case "SECTION":
                return 1;
            case "ITEM":
            case "PROJECT":
                return 2;
            default:
                return 0;
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
