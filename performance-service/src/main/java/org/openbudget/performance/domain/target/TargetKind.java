package org.openbudget.performance.domain.target;

/** 定量 (a number with a unit) or 定性 (a phrase such as 是, 及时完成). */
public enum TargetKind {
    /** 定量指标 */
    QUANTITATIVE,
    /** 定性指标 */
    QUALITATIVE
}
