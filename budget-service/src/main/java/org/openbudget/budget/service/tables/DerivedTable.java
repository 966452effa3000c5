package org.openbudget.budget.service.tables;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A public table computed from the ledger: columns, rows (classification tree rows with their level) and a total.
 * Cell values are in 万元 (see WanYuan); a null cell has no figure behind it and prints empty.
 */
public record DerivedTable(String id, String title, String departmentCode, int fiscalYear, long revision, String unit,
                           List<Column> columns, List<Row> rows, Row total, String emptyNote) {

    public record Column(String id, String title) {
    }

    /** Cells are written as decimal strings ("216.40"), exactly as published, never as binary floating point. */
    public record Row(String code, String name, String level,
                      @JsonSerialize(contentUsing = ToStringSerializer.class) Map<String, BigDecimal> cells) {
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
