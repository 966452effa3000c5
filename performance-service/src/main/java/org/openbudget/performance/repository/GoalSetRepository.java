package org.openbudget.performance.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.openbudget.performance.domain.GoalSet;

import java.util.Optional;

@ApplicationScoped
public class GoalSetRepository implements PanacheRepository<GoalSet> {

    public Optional<GoalSet> find(String departmentCode, int fiscalYear) {
        return find("departmentCode = ?1 and fiscalYear = ?2", departmentCode, fiscalYear).firstResultOptional();
    }

    /** Creates the goal set unless it exists, safely under concurrent first writes, and locks it. */
    public GoalSet lockOrCreate(String departmentCode, int fiscalYear) {
        getEntityManager().createNativeQuery("INSERT INTO goal_set (department_code, fiscal_year, revision) "
                        + "VALUES (?1, ?2, 0) ON CONFLICT (department_code, fiscal_year) DO NOTHING")
                .setParameter(1, departmentCode)
                .setParameter(2, fiscalYear)
                .executeUpdate();
        return findForUpdate(departmentCode, fiscalYear).orElseThrow();
    }

    public Optional<GoalSet> findForUpdate(String departmentCode, int fiscalYear) {
        return find("departmentCode = ?1 and fiscalYear = ?2", departmentCode, fiscalYear)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
