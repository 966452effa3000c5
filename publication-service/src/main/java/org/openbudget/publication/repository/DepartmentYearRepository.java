package org.openbudget.publication.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.openbudget.publication.domain.DepartmentYear;

import java.util.Optional;

@ApplicationScoped
public class DepartmentYearRepository implements PanacheRepository<DepartmentYear> {

    public Optional<DepartmentYear> find(String departmentCode, int fiscalYear) {
        return find("departmentCode = ?1 and fiscalYear = ?2", departmentCode, fiscalYear).firstResultOptional();
    }

    /** Creates the row unless it exists (safe under concurrent consumers) and locks it for this transaction. */
    public DepartmentYear lockOrCreate(String departmentCode, int fiscalYear) {
        getEntityManager().createNativeQuery("INSERT INTO department_year (department_code, fiscal_year) "
                        + "VALUES (?1, ?2) ON CONFLICT (department_code, fiscal_year) DO NOTHING")
                .setParameter(1, departmentCode)
                .setParameter(2, fiscalYear)
                .executeUpdate();
        return find("departmentCode = ?1 and fiscalYear = ?2", departmentCode, fiscalYear)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
