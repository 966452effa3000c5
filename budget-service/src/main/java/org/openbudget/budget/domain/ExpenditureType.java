package org.openbudget.budget.domain;

/**
 * 支出类型. 基本支出 splits into 人员经费 and 公用经费 by economic classification, so the split is derived, not stored.
 */
public enum ExpenditureType {
    /** 基本支出 */
    BASIC,
    /** 项目支出 */
    PROJECT,
    /** 上缴上级支出 */
    REMITTANCE_TO_SUPERIOR,
    /** 经营支出 */
    BUSINESS,
    /** 对附属单位补助支出 */
    SUBSIDY_TO_SUBSIDIARY
}
