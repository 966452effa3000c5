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
import org.openbudget.performance.domain.target.Direction;
import org.openbudget.performance.domain.target.TargetKind;

import java.math.BigDecimal;

/**
 * 三级指标 of a goal: its 一级/二级, name, 指标值 (and the 前年/上年 values), 指标值确定依据 and 目标分值; after the year,
 * its 实际完成值 and the assessor's inputs of the 自评 (tier, deduction, 偏差原因, 改进措施).
 */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "goal_set_id", nullable = false)
    public Long goalSetId;

    @Column(name = "goal_id", nullable = false)
    public Long goalId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public IndicatorLevel1 level1;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    public IndicatorLevel2 level2;

    @Column(nullable = false, length = 1000)
    public String name;

    /** 指标值 (年度: 预计当年实现 / 年初目标值) */
    @Column(nullable = false, length = 500)
    public String target;

    /** 前年 */
    @Column(name = "target_prior2", length = 500)
    public String targetPrior2;

    /** 上年 */
    @Column(name = "target_prior1", length = 500)
    public String targetPrior1;

    /** QUALITATIVE when the declarant says so; null lets the grammar decide. */
    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", length = 20)
    public TargetKind targetKind;

    /** Overrides the direction the grammar derives (正向/反向). */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Direction direction;

    /** 指标值确定依据 */
    @Column(length = 2000)
    public String basis;

    /** 目标分值; null shares the group's remaining points. */
    @Column(precision = 7, scale = 2)
    public BigDecimal weight;

    /** 实际完成值 */
    @Column(length = 500)
    public String actual;

    /** The assessor's tier of a 定性 indicator. */
    @Column(length = 30)
    public String tier;

    @Column(name = "tier_percent", precision = 5, scale = 2)
    public BigDecimal tierPercent;

    /** 扣分 */
    @Column(precision = 7, scale = 2)
    public BigDecimal deduction;

    @Column(name = "deduction_reason", length = 1000)
    public String deductionReason;

    /** 偏差原因 */
    @Column(name = "deviation_reason", length = 2000)
    public String deviationReason;

    /** 改进措施 */
    @Column(length = 2000)
    public String improvement;
}
