package org.openbudget.publication.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.publication.domain.AppliedChange;

import java.util.List;

@ApplicationScoped
public class AppliedChangeRepository implements PanacheRepository<AppliedChange> {

    public List<AppliedChange> listFor(long departmentYearId) {
        return list("departmentYearId = ?1 order by occurredAt, source, revision", departmentYearId);
    }
}
