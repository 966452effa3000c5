package org.openbudget.budget.domain;

/** The three measures a budget line carries. */
public enum Measure {
    /** 年初预算 */
    INITIAL_BUDGET,
    /** 调整预算 (全年预算) */
    ADJUSTED_BUDGET,
    /** 决算 */
    FINAL_ACCOUNT
}
