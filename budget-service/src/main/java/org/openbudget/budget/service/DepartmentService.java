package org.openbudget.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openbudget.budget.domain.Department;
import org.openbudget.budget.domain.UnitType;
import org.openbudget.budget.repository.DepartmentRepository;

import java.util.List;

@ApplicationScoped
public class DepartmentService {

    @Inject
    DepartmentRepository departments;

    /** Creates or updates a department; returns true when it was created. */
    @Transactional
    public boolean upsert(String code, String name, String parentCode, UnitType unitType) {
        if (parentCode != null) {
            if (parentCode.equals(code)) {
                throw DomainException.unprocessable("parentCode", "a department cannot be its own parent");
            }
            if (departments.findById(parentCode) == null) {
                throw DomainException.unprocessable("parentCode", "unknown parent department " + parentCode);
            }
            assertNoCycle(code, parentCode);
        }
        Department department = departments.findById(code);
        boolean created = department == null;
        if (created) {
            department = new Department();
            department.code = code;
        }
        department.name = name;
        department.parentCode = parentCode;
        department.unitType = unitType;
        if (created) {
            departments.persist(department);
        }
        return created;
    }

    public Department get(String code) {
        Department department = departments.findById(code);
        if (department == null) {
            throw DomainException.notFound("departmentCode", "department " + code + " does not exist");
        }
        return department;
    }

    /** The department above this one, if any (and if this one exists). */
    public java.util.Optional<String> parentOf(String code) {
        Department department = departments.findById(code);
        return department == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(department.parentCode);
    }

    public List<Department> list() {
        return departments.listAll(io.quarkus.panache.common.Sort.by("code"));
    }

    private void assertNoCycle(String code, String parentCode) {
        String cursor = parentCode;
        for (int depth = 0; cursor != null && depth < 100; depth++) {
            if (cursor.equals(code)) {
                throw DomainException.unprocessable("parentCode", "parent " + parentCode + " would create a cycle");
            }
            Department next = departments.findById(cursor);
            cursor = next == null ? null : next.parentCode;
        }
    }
}
