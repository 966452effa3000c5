package org.openbudget.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openbudget.budget.domain.DeclaredCell;
import org.openbudget.budget.domain.DisplayUnit;
import org.openbudget.budget.domain.Ledger;
import org.openbudget.budget.service.tables.PublicTables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The figures a document printed, per table, kept beside the ledger to be checked against the derived tables.
 * They never feed a publication (every published number is computed from facts); they only produce findings.
 */
@ApplicationScoped
public class DeclaredCellService {

    @Inject
    LedgerService ledgers;

    public record Cell(String at, String row, String column, BigDecimal value) {
    }

    /** Replaces what one source (a place in the document) declared for one table. */
    @Transactional
    public int replace(String departmentCode, int fiscalYear, String tableId, String source, DisplayUnit unit,
                       List<Cell> cells) {
        if (!PublicTables.ALL_TABLES.containsKey(tableId)) {
            throw DomainException.notFound("tableId", "no table " + tableId);
        }
        List<DomainException.Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Cell cell : cells) {
            if (!seen.add(cell.row() + "|" + cell.column())) {
                violations.add(new DomainException.Violation(cell.at(), "the same row and column twice"));
            }
            if (!org.openbudget.budget.service.validation.ValidationService.isReference(
                    DeclaredCell.reference(tableId, cell.row(), cell.column()))
                    || !cell.row().matches("total|[0-9A-Za-z_]+|(code|name|level)=[^\\[\\]]+")) {
                violations.add(new DomainException.Violation(cell.at() + ".row",
                        "total, a row code, or code=…, name=…, level=… (no brackets)"));
            }
            if (cell.value().scale() > 2 || cell.value().signum() < 0) {
                violations.add(new DomainException.Violation(cell.at() + ".value", "≥ 0 with at most 2 decimals"));
            }
        }
        if (!violations.isEmpty()) {
            throw DomainException.unprocessable(violations);
        }
        Ledger ledger = ledgers.get(departmentCode, fiscalYear);
        DeclaredCell.delete("ledgerId = ?1 and tableId = ?2 and source = ?3", ledger.id, tableId, source);
        for (Cell cell : cells) {
            DeclaredCell declared = new DeclaredCell();
            declared.ledgerId = ledger.id;
            declared.tableId = tableId;
            declared.rowKey = cell.row();
            declared.columnId = cell.column();
            declared.value = cell.value().setScale(2);
            declared.source = source;
            declared.unit = unit;
            declared.persist();
        }
        return cells.size();
    }

    public List<DeclaredCell> list(long ledgerId) {
        return DeclaredCell.list("ledgerId = ?1 order by tableId, source, id", ledgerId);
    }
}
