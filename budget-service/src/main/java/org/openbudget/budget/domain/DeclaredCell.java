package org.openbudget.budget.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * 申报数 / 原文数: a figure as a document printed it, in the unit it was printed in, checked against the derived table
 * by rule DECL-01. {@code rowKey} selects the row like a rule reference: {@code total}, a code, {@code name=…} or
 * {@code level=…}. {@code source} names the place in the document (表3, 情况说明 五): one cell may be declared once
 * per source, so that a figure printed differently in two places is two findings' worth of evidence.
 */
@Entity
@Table(name = "declared_cell")
public class DeclaredCell extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ledger_id", nullable = false)
    public Long ledgerId;

    @Column(name = "table_id", nullable = false, length = 10)
    public String tableId;

    @Column(name = "row_key", nullable = false, length = 120)
    public String rowKey;

    @Column(name = "column_id", nullable = false, length = 60)
    public String columnId;

    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal value;

    @Column(nullable = false, length = 300)
    public String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public DisplayUnit unit;

    /** The cell as a rule reference {@code table:row:column}; a bare row key is a row code. */
    public static String reference(String tableId, String rowKey, String columnId) {
        String row = rowKey.equals("total") ? "total"
                : rowKey.contains("=") ? "row[" + rowKey + "]" : "row[code=" + rowKey + "]";
        return tableId + ":" + row + ":" + columnId;
    }
}
