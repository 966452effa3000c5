package org.openbudget.performance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 绩效目标集: every performance goal, indicator, declaration and self-evaluation of one department for one fiscal
 * year. Its revision increases with every committed change and is carried by the events, like budget-service's
 * ledger revision; it is also the ETag for optimistic concurrency.
 */
@Entity
@Table(name = "goal_set")
public class GoalSet extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "department_code", nullable = false, length = 20)
    public String departmentCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(nullable = false)
    public long revision;

    /** 评分办法 chosen for this department-year; null means the default policy. */
    @Column(name = "policy_id", length = 60)
    public String policyId;

    /** 年度工作任务 of the 部门整体支出绩效目标申报表. */
    @Column(name = "annual_tasks", columnDefinition = "text")
    public String annualTasks;

    public String aggregateKey() {
        return departmentCode + ":" + fiscalYear;
    }
}
