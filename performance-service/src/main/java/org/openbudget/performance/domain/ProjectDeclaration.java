package org.openbudget.performance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The performance part of a 部门项目申报表: the project as declared (name, 项目属性, 支出项目类别, 起始/终止年度,
 * 项目立项依据, 项目实施方案). Amounts are budget-service's and are never typed here.
 */
@Entity
@Table(name = "project_declaration")
public class ProjectDeclaration extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "goal_set_id", nullable = false)
    public Long goalSetId;

    @Column(name = "project_code", nullable = false, length = 40)
    public String projectCode;

    @Column(name = "project_name", nullable = false, length = 200)
    public String projectName;

    /** 项目属性, e.g. 持续性项目 / 新增项目 */
    @Column(name = "project_attribute", length = 100)
    public String projectAttribute;

    /** 支出项目类别, e.g. 本级支出项目 */
    @Column(name = "expenditure_category", length = 100)
    public String expenditureCategory;

    @Column(name = "start_year")
    public Integer startYear;

    @Column(name = "end_year")
    public Integer endYear;

    /** 项目立项依据 */
    @Column(columnDefinition = "text")
    public String basis;

    /** 项目实施方案 */
    @Column(columnDefinition = "text")
    public String plan;
}
