package org.openbudget.budget.domain;

/**
 * Facts about a department-year that are not amounts at grain but that the documents print or that figures need.
 * Each is a JSON value under a key; {@link org.openbudget.budget.service.AttributeService} checks its shape.
 */
public enum AttributeKind {
    /** 项目: key = project code; value {name, category 人员类/运转类/特定目标类, executingUnit}. */
    PROJECT,
    /** 主要原因 and other human text attached to a figure: key = subject (docs/attributes.md); value {text}. */
    EXPLANATION,
    /** 政府采购, 国有资产, "三公" 统计, 人员编制 …: key from rules/statistics.csv; value {amount}. */
    STATISTIC,
    /**
     * What the ledger lines stand for: key {@code ledger}; value {scope COMPLETE | QUOTED_FIGURES, note}. A year held
     * only to give the prior-year figures a later document quotes (aggregate lines) is QUOTED_FIGURES, so nothing but
     * its declared cells is compared with.
     */
    COVERAGE
}
