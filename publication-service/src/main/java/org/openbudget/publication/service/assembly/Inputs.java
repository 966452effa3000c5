package org.openbudget.publication.service.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import org.openbudget.publication.client.BudgetSource;
import org.openbudget.publication.client.BudgetSource.Row;
import org.openbudget.publication.client.BudgetSource.SourceTable;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * What a document is assembled from: one revision of the department-year's ledger, the prior year's ledger if the
 * platform holds it (for 与上年相比), the performance data of one revision, and the editorial texts.
 */
public record Inputs(BudgetSource current, Optional<BudgetSource> prior, Optional<JsonNode> performance,
                     Map<String, String> editorial) {

    int year() {
        return current.fiscalYear();
    }

    String department() {
        return current.departmentName();
    }

    SourceTable table(String id) {
        return current.table(id).orElseThrow(() -> new IllegalStateException("budget-service sent no table " + id));
    }

    /** The prior year's figures that may be compared with (all of a complete year, the quoted ones otherwise). */
    PriorYearFigures priorFigures() {
        return new PriorYearFigures(prior);
    }

    /** A cell of the total row of a table, zero when empty. */
    BigDecimal total(String table, String column) {
        return table(table).totalOf(column);
    }

    Optional<BigDecimal> priorTotal(String table, String column) {
        return priorFigures().total(table, column);
    }

    /** The row of a 收支总表 of a given kind (INCOME_TOTAL, EXPENDITURE_TOTAL …). */
    static BigDecimal statementRow(SourceTable table, String kind) {
        return table.rowOfKind(kind).map(r -> r.amount("total")).orElse(BigDecimal.ZERO);
    }

    static Optional<Row> row(SourceTable table, String code) {
        return table.row(code);
    }
}
