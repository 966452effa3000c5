package org.openbudget.performance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 绩效自评 of one subject: the form-level 偏差大或目标未完成原因分析 and 改进措施及结果应用方案, and its status. 预算数,
 * 执行数 and the scores are never stored: they come from the budget figures and the indicators when read.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "goal_set_id", nullable = false)
    public Long goalSetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public GoalScope scope;

    @Column(name = "project_code", length = 40)
    public String projectCode;

    @Column(name = "deviation_reason", columnDefinition = "text")
    public String deviationReason;

    @Column(name = "improvement_measures", columnDefinition = "text")
    public String improvementMeasures;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public EvaluationStatus status;

    public Subject subject() {
        return new Subject(scope, projectCode);
    }
}
