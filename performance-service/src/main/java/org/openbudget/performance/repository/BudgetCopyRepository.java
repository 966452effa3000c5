package org.openbudget.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.openbudget.performance.domain.BudgetLedgerCopy;
import org.openbudget.performance.domain.BudgetLineCopy;
import org.openbudget.performance.domain.BudgetProjectCopy;

import java.util.List;
import java.util.Optional;

/** The local copy of budget-service's ledgers: one row per department-year, its lines and its projects. */
@ApplicationScoped
public class BudgetCopyRepository implements PanacheRepository<BudgetLedgerCopy> {

    public Optional<BudgetLedgerCopy> find(String departmentCode, int fiscalYear) {
        return find("departmentCode = ?1 and fiscalYear = ?2", departmentCode, fiscalYear).firstResultOptional();
    }

    /** Creates the copy unless it exists, safely under concurrent first events, and locks it. */
    public BudgetLedgerCopy lockOrCreate(String departmentCode, int fiscalYear) {
        getEntityManager().createNativeQuery("INSERT INTO budget_ledger_copy (department_code, fiscal_year, revision, "
                        + "resync_attempts, updated_at) VALUES (?1, ?2, 0, 0, now()) "
                        + "ON CONFLICT (department_code, fiscal_year) DO NOTHING")
                .setParameter(1, departmentCode)
                .setParameter(2, fiscalYear)
                .executeUpdate();
        return find("departmentCode = ?1 and fiscalYear = ?2", departmentCode, fiscalYear)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Optional<BudgetLedgerCopy> findForUpdate(long id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<BudgetLedgerCopy> pendingResync(int limit) {
        return find("pendingRevision is not null order by updatedAt").page(0, limit).list();
    }

    public List<BudgetLineCopy> lines(long ledgerCopyId) {
        return BudgetLineCopy.list("ledgerCopyId = ?1 order by lineId", ledgerCopyId);
    }

    public BudgetLineCopy line(long ledgerCopyId, long lineId) {
        return BudgetLineCopy.findById(new BudgetLineCopy.Key(ledgerCopyId, lineId));
    }

    public List<BudgetProjectCopy> projects(long ledgerCopyId) {
        return BudgetProjectCopy.list("ledgerCopyId = ?1 order by projectCode", ledgerCopyId);
    }

    public BudgetProjectCopy project(long ledgerCopyId, String projectCode) {
        return BudgetProjectCopy.findById(new BudgetProjectCopy.Key(ledgerCopyId, projectCode));
    }
}
