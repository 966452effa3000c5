package org.openbudget.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.openbudget.budget.domain.Department;

@ApplicationScoped
public class DepartmentRepository implements PanacheRepositoryBase<Department, String> {
}
