package org.openbudget.budget.domain;

/**
 * What a ledger line records. Every figure of the documents is one of these flows at some grain; totals such as
 * 收支总计 are computed from them (收入 + 年初结转和结余 + 使用非财政拨款结余 = 支出 + 结余分配 + 年末结转和结余).
 */
public enum Flow {
    /** 支出: needs function 项, economic 款 and expenditure type. */
    EXPENDITURE,
    /** 收入 (本年收入), by funding source and function 项. */
    INCOME,
    /** 年初结转和结余, by funding source (and function 项 where the tables need it, e.g. 政府性基金). */
    OPENING_BALANCE,
    /** 年末结转和结余 */
    CLOSING_BALANCE,
    /** 使用非财政拨款结余（含专用结余） */
    NON_FISCAL_SURPLUS_USED,
    /** 结余分配 */
    SURPLUS_DISTRIBUTION
}
