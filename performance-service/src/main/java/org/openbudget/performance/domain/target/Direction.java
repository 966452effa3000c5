package org.openbudget.performance.domain.target;

/** 正向 (more is better, scored B/A) or 反向 (less is better, scored A/B). A range has both bounds and no direction. */
public enum Direction {
    /** 正向指标 */
    POSITIVE,
    /** 反向指标 */
    NEGATIVE
}
