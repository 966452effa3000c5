package org.openbudget.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.openbudget.budget.domain.Ledger;

import java.util.Optional;

@ApplicationScoped
public class LedgerRepository implements PanacheRepository<Ledger> {

    public Optional<Ledger> find(String departmentCode, int fiscalYear) {
        return find("departmentCode = ?1 and fiscalYear = ?2", departmentCode, fiscalYear).firstResultOptional();
    }

    /** Creates the ledger row unless it exists, safely under concurrent first writes. */
    public void ensureExists(String departmentCode, int fiscalYear) {
        getEntityManager().createNativeQuery("INSERT INTO ledger (department_code, fiscal_year, revision) "
                        + "VALUES (?1, ?2, 0) ON CONFLICT (department_code, fiscal_year) DO NOTHING")
                .setParameter(1, departmentCode)
                .setParameter(2, fiscalYear)
                .executeUpdate();
    }

    /** Shares the ledger row: changes (which take it FOR UPDATE) wait until this transaction ends. */
    public Optional<Ledger> findForShare(String departmentCode, int fiscalYear) {
        return find("departmentCode = ?1 and fiscalYear = ?2", departmentCode, fiscalYear)
                .withLock(LockModeType.PESSIMISTIC_READ).firstResultOptional();
    }

    /** Locks the ledger row so that concurrent changes to one department-year get consecutive revisions. */
    public Optional<Ledger> findForUpdate(String departmentCode, int fiscalYear) {
        return find("departmentCode = ?1 and fiscalYear = ?2", departmentCode, fiscalYear)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
