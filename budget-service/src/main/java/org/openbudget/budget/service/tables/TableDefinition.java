package org.openbudget.budget.service.tables;

import org.openbudget.budget.domain.FundingSource;
import org.openbudget.budget.domain.LedgerLine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** How one public table is computed from expenditure lines. The instances are in {@link PublicTables}. */
public sealed interface TableDefinition {

    String id();

    String title();

    /** Printed when the table has no figure, e.g. "本部门 2024 年度无政府性基金预算财政拨款收入支出。". */
    String emptyNote();

    /**
     * A column: a title, which lines (within the table's scope) it adds up and, where a table sets several measures
     * side by side (年初预算, 全年预算, 决算), which amount of them; null takes the table's amount.
     */
    record ColumnDef(String id, String title, Predicate<LedgerLine> filter, Function<LedgerLine, BigDecimal> amount) {

        ColumnDef(String id, String title, Predicate<LedgerLine> filter) {
            this(id, title, filter, null);
        }

        Function<LedgerLine, BigDecimal> amountOr(Function<LedgerLine, BigDecimal> tableAmount) {
            return amount == null ? tableAmount : amount;
        }
    }

    /**
     * Rows are the 支出功能分类 tree (类, 款, 项) of the lines in scope, with subtotals; columns split by expenditure
     * type. 公开03表, 05表, 08表 and the budget's 支出总表 / 一般公共预算支出表 are of this kind.
     */
    record FunctionTree(String id, String title, String emptyNote, Predicate<LedgerLine> scope,
                        Function<LedgerLine, BigDecimal> amount, List<ColumnDef> columns)
            implements TableDefinition {
    }

    /**
     * Rows are the 经济分类 classes and their 款, grouped into 人员经费 and 公用经费, each group closed by a
     * 人员经费合计 / 公用经费合计 row where the layout prints one ({@code groupTotals}: 公开06表 does, the budget's
     * 一般公共预算基本支出表 does not); one amount column split into 人员经费 and 公用经费.
     */
    record EconomicDetail(String id, String title, String emptyNote, Predicate<LedgerLine> scope,
                          Function<LedgerLine, BigDecimal> amount, Set<String> personnelClasses,
                          Set<String> alwaysShownClasses, boolean listEverySection, boolean groupTotals)
            implements TableDefinition {
    }

    /**
     * 收入支出总表: income by funding source, then expenditure by 功能分类 类, each side closed by its carry-overs and
     * 总计. 公开01表 (every source, one column) and 公开04表 (财政拨款 only, expenditure split by source) are of this kind.
     */
    record SummaryStatement(String id, String title, String emptyNote, List<FundingSource> incomeSources,
                            boolean splitExpenditureBySource, Function<LedgerLine, BigDecimal> amount,
                            Labels labels) implements TableDefinition {

        /** The wording of the balancing rows, which differs between 预算 and 决算. */
        public record Labels(String opening, String nonFiscalSurplus, String closing, String surplusDistribution) {

            public static final Labels FINAL_ACCOUNTS = new Labels("年初结转和结余", "使用非财政拨款结余（含专用结余）",
                    "年末结转和结余", "结余分配");
            public static final Labels FINAL_ACCOUNTS_APPROPRIATION = new Labels("年初财政拨款结转和结余", null,
                    "年末财政拨款结转和结余", null);
            public static final Labels BUDGET = new Labels("上年结转结余", null, "年终结转结余", null);
        }
    }

    /**
     * 项目支出表: one row per project (code, name from the PROJECT attributes) under its category (人员类 → 人员经费,
     * 运转类 → 公用经费, 特定目标类 → 项目支出); columns by funding source (the budget's 表10) or by measure (预算数 and
     * 决算数 of each project, as 决算 情况说明 and the 项目支出绩效自评表 quote them).
     */
    record ProjectTable(String id, String title, String emptyNote, Predicate<LedgerLine> scope,
                        Function<LedgerLine, BigDecimal> amount, List<ColumnDef> columns)
            implements TableDefinition {
    }

    /**
     * One row of named economic-code sums per measure: the "三公" 经费 table (公开09表). With
     * {@code agencyOperatingColumn} each measure also gets 机关运行经费: the 公用经费 of 基本支出 of a 行政 or 参公 unit
     * (null for a 事业单位), which 情况说明 quotes and Shanghai prints beside the "三公".
     */
    record EconomicSums(String id, String title, String emptyNote, Predicate<LedgerLine> scope,
                        List<MeasureGroup> groups, boolean agencyOperatingColumn) implements TableDefinition {

        /** A block of columns (e.g. 预算数 or 决算数) over one measure. */
        public record MeasureGroup(String prefix, String title, Function<LedgerLine, BigDecimal> amount,
                                   List<EconomicColumn> columns) {
        }

        /** A column adding the lines whose economic code is in {@code codes}. */
        public record EconomicColumn(String id, String title, Set<String> codes) {
        }
    }
}
