package org.openbudget.publication.document;

import java.math.BigDecimal;
import java.util.List;

/**
 * A public table as printed: a multi-row header with spans, body rows and an optional note for an empty table
 * ("本部门2024年度无政府性基金预算财政拨款收入支出。"). Amount cells carry their value (for XLSX and open data) and
 * the formatted text (for HTML and PDF), both made by {@link Formats}.
 *
 * @param id     stable id, e.g. "FA01"
 * @param number what the document calls it, e.g. "公开01表" or "表1"
 * @param unit   e.g. "单位：万元"
 */
public record Table(String id, String number, String title, String unit, List<List<HeaderCell>> header,
                    List<Row> rows, String emptyNote) implements Block {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return emptyNote != null;
    }

    public record HeaderCell(String text, int colspan, int rowspan) {
    }

    /** {@code indent} is the classification depth (0 类, 1 款, 2 项); {@code kind} styles totals. */
    public record Row(RowKind kind, int indent, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public enum RowKind { ITEM, SUBTOTAL, TOTAL }

    /** {@code amount} is null for a text cell; {@code text} is what prints (empty for an amount with no figure). */
    public record Cell(String text, BigDecimal amount) {
        public static Cell text(String text) {
            return new Cell(text == null ? "" : text, null);
        }

        public static Cell amount(BigDecimal amount) {
            return new Cell(amount == null ? "" : Formats.amount(amount), amount);
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isAmount() {
            return amount != null;
        }
    }
}
