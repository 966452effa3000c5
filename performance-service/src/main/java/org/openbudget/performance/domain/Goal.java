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

/** 绩效目标: a department-wide or project goal, long-term or annual. Indicators hang off it (三级指标). */
@Entity
@Table(name = "goal")
public class Goal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "goal_set_id", nullable = false)
    public Long goalSetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public GoalScope scope;

    /** The project as budget-service knows it; null for department-wide goals. */
    @Column(name = "project_code", length = 40)
    public String projectCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public GoalTerm term;

    /** 截止年 of a long-term goal. */
    @Column(name = "end_year")
    public Integer endYear;

    /** 目标内容; null until written (rule GOAL-02 reports it). */
    @Column(columnDefinition = "text")
    public String content;

    public Subject subject() {
        return new Subject(scope, projectCode);
    }
}
