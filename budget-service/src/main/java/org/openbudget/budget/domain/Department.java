package org.openbudget.budget.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 部门 / 预算单位. A department may have a parent for 汇总 across subordinate units. */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {

    @Id
    @Column(length = 20)
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "parent_code", length = 20)
    public String parentCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, length = 40)
    public UnitType unitType;

    @Version
    public long version;
}
