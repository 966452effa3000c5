package org.openbudget.acceptance;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One table as budget-service derives it at a revision (an entry of disclosure-source's {@code tables}, in 万元):
 * row selection as declared cells and rule DECL-01 select rows, and figure keys as the 情况说明 name them.
 */
final class Derived {

    private static final List<String> DERIVED_SUFFIXES = List.of(".share", ".rate", ".change", ".completion", ".yoy");

    final String id;
    final JsonNode table;
    final List<String> columns = new ArrayList<>();

    Derived(String id, JsonNode table) {
        this.id = id;
        this.table = table;
        table.path("columns").forEach(c -> columns.add(c.get("id").asText()));
    }

    List<JsonNode> rows() {
        List<JsonNode> rows = new ArrayList<>();
        table.path("rows").forEach(rows::add);
        return rows;
    }

    JsonNode total() {
        return table.path("total").isObject() ? table.get("total") : null;
    }

    /**
     * The row a declared cell selects: {@code total}, a plain code, {@code code=}, or the first {@code name=} /
     * {@code level=} match (null when the table derives no such row).
     */
    JsonNode select(String key) {
        if (key.equals("total")) {
            return total();
        }
        String field = key.startsWith("name=") ? "name" : key.startsWith("level=") ? "level" : "code";
        String value = key.contains("=") ? key.substring(key.indexOf('=') + 1) : key;
        for (JsonNode row : rows()) {
            if (value.equals(row.path(field).asText(null))) {
                return row;
            }
        }
        return null;
    }

    /** A cell's figure, or null where the table has no figure (it prints empty). */
    static BigDecimal cell(JsonNode row, String column) {
        JsonNode value = row == null ? null : row.path("cells").get(column);
        return value == null || value.isNull() ? null : new BigDecimal(value.asText());
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The default column of a figure key without one: {@code total}, or the first column of a table without it. */
    String defaultColumn() {
        return columns.contains("total") ? "total" : columns.isEmpty() ? null : columns.get(0);
    }

    /** A percentage or a change against another figure: not a cell of any table, so not checked here. */
    static boolean isDerivedFigure(String key) {
        return DERIVED_SUFFIXES.stream().anyMatch(key::endsWith);
    }

    /** A cell a figure key names: the row (the total row or a coded row), the column, the figure (zero if empty). */
    record Cell(JsonNode row, String column, BigDecimal value) {
    }

    /**
     * The cell a figure key (without its table id) names, if it names one: {@code total} and {@code total.<column>}
     * are the total row, {@code <row code>[.<column>]} a row, and a bare {@code <column>} (FA09's "final.total") the
     * total row again; FA01's {@code income} is its 收入合计 row. A row code wins over a column id: FA04.GENERAL_PUBLIC_BUDGET is the 收入 row, not the column.
     * Zero where the cell is empty, as the narratives count it.
     */
    Optional<Cell> figure(String rest) {
        JsonNode row;
        String column;
        int dot = rest.indexOf('.');
        String first = dot < 0 ? rest : rest.substring(0, dot);
        JsonNode coded = rows().stream().filter(r -> first.equals(r.path("code").asText(null))).findFirst().orElse(null);
        if (first.equals("total")) {
            row = total();
            column = dot < 0 ? defaultColumn() : rest.substring(dot + 1);
        } else if (first.equals("income") && id.equals("FA01")) {
            // the 情况说明 name 收入合计 (the 收支总表's INCOME_TOTAL row) "FA01.income"
            row = rows().stream().filter(r -> "INCOME_TOTAL".equals(r.path("level").asText())).findFirst().orElse(null);
            column = dot < 0 ? defaultColumn() : rest.substring(dot + 1);
            if (row == null) {
                return Optional.empty();
            }
        } else if (coded != null) {
            row = coded;
            column = dot < 0 ? defaultColumn() : rest.substring(dot + 1);
        } else if (columns.contains(rest)) {
            row = total();
            column = rest;
        } else {
            return Optional.empty();
        }
        if (column == null || !columns.contains(column)) {
            return Optional.empty();
        }
        return Optional.of(new Cell(row, column, orZero(cell(row, column))));
    }

    /** As publication-service prints an amount in 万元: thousands separators, two decimals. */
    static String format(BigDecimal wanYuan) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(wanYuan);
    }
}
