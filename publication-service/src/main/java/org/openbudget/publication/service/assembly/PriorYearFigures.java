package org.openbudget.publication.service.assembly;

import org.openbudget.publication.client.BudgetSource;
import org.openbudget.publication.client.BudgetSource.Row;
import org.openbudget.publication.client.BudgetSource.SourceTable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The prior year's figures a document may compare with (与上年相比). A prior year of COMPLETE coverage gives every
 * cell; a prior year held only for the figures later documents quote (coverage QUOTED_FIGURES: aggregate lines, see
 * docs/attributes.md) gives only its declared cells — any other cell of it is a by-product of the aggregation and
 * not the department's figure, so no sentence or chart compares with it.
 */
final class PriorYearFigures {

    /** Where a figure sits in a table: its total row, the row of a kind (INCOME_TOTAL …), or the row of a code. */
    record At(String kind, String code, String column) {
        static At total(String column) {
            return new At(null, null, column);
        }

        static At rowOfKind(String kind, String column) {
            return new At(kind, null, column);
        }

        static At row(String code, String column) {
            return new At(null, code, column);
        }
    }

    private final Optional<BudgetSource> prior;

    PriorYearFigures(Optional<BudgetSource> prior) {
        this.prior = prior;
    }

    Optional<BigDecimal> total(String table, String column) {
        return cell(table, At.total(column));
    }

    Optional<BigDecimal> cell(String tableId, At at) {
        if (prior.isEmpty()) {
            return Optional.empty();
        }
        Optional<SourceTable> table = prior.get().table(tableId);
        if (table.isEmpty() || !comparable(prior.get(), table.get(), at)) {
            return Optional.empty();
        }
        return Optional.of(value(table.get(), at));
    }

    /** Every cell or none: a chart compares a whole series with the prior year, never part of it. */
    Optional<List<BigDecimal>> cells(String tableId, List<At> ats) {
        List<Optional<BigDecimal>> values = ats.stream().map(at -> cell(tableId, at)).toList();
        return values.stream().allMatch(Optional::isPresent)
                ? Optional.of(values.stream().map(Optional::get).toList()) : Optional.empty();
    }

    static BigDecimal value(SourceTable table, At at) {
        if (at.kind() != null) {
            return table.rowOfKind(at.kind()).map(r -> r.amount(at.column())).orElse(BigDecimal.ZERO);
        }
        if (at.code() != null) {
            return table.row(at.code()).map(r -> r.amount(at.column())).orElse(BigDecimal.ZERO);
        }
        return table.totalOf(at.column());
    }

    private static boolean comparable(BudgetSource source, SourceTable table, At at) {
        if (!source.quotedFiguresOnly()) {
            return true;
        }
        return source.declaredCells() != null && source.declaredCells().stream()
                .filter(q -> table.id().equals(q.table()) && at.column().equals(q.column()))
                .anyMatch(q -> sameRow(table, q.row(), at));
    }

    /** Whether a declared row key (total, level=K, code=C or a bare code, name=N) names the row {@code at} reads. */
    private static boolean sameRow(SourceTable table, String rowKey, At at) {
        if (rowKey.equals("total")) {
            return at.kind() == null && at.code() == null;
        }
        if (at.kind() == null && at.code() == null) {
            return false;
        }
        String code = rowKey.startsWith("code=") ? rowKey.substring(5) : rowKey.contains("=") ? null : rowKey;
        if (code != null && at.code() != null) {
            return code.equals(at.code());
        }
        Optional<Row> declared = rowKey.startsWith("level=") ? table.rowOfKind(rowKey.substring(6))
                : rowKey.startsWith("name=") ? table.rows().stream().filter(r -> rowKey.substring(5).equals(r.name())).findFirst()
                : table.row(code);
        Optional<Row> read = at.kind() != null ? table.rowOfKind(at.kind()) : table.row(at.code());
        return declared.isPresent() && read.isPresent() && Objects.equals(declared.get(), read.get());
    }
}
