package org.openbudget.publication.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The layout (jurisdiction template, src/main/resources/layouts/) chosen for a department's documents. */
@Entity
@Table(name = "department_layout")
public class DepartmentLayout extends PanacheEntityBase {

    @Id
    @Column(name = "department_code", length = 20)
    public String departmentCode;

    @Column(name = "layout_id", nullable = false, length = 60)
    public String layoutId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
