package org.openbudget.budget.domain;

/** 资金来源 (see docs/glossary.md). */
public enum FundingSource {
    /** 一般公共预算财政拨款 */
    GENERAL_PUBLIC_BUDGET,
    /** 政府性基金预算财政拨款 */
    GOVERNMENT_FUND_BUDGET,
    /** 国有资本经营预算财政拨款 */
    STATE_CAPITAL_OPERATION_BUDGET,
    /** 财政专户管理资金 */
    FISCAL_SPECIAL_ACCOUNT,
    /** 上级补助收入 */
    SUPERIOR_SUBSIDY,
    /** 事业收入 */
    PUBLIC_SERVICE_REVENUE,
    /** 经营收入 */
    BUSINESS_REVENUE,
    /** 附属单位上缴收入 */
    SUBSIDIARY_REMITTANCE,
    /** 单位资金 (budgets: 事业收入, 经营收入 … taken together) */
    UNIT_FUNDS,
    /** 其他收入 */
    OTHER_REVENUE
}
