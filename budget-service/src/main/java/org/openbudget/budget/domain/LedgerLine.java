package org.openbudget.budget.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * 账套明细: one fact at the finest grain the documents need — an expenditure line (功能分类 项 × 经济分类 款 × 资金来源 ×
 * 支出类型 × 项目), an income line (资金来源 × 功能分类 项) or a carry-over. Amounts are in 元, never rounded here.
 */
@Entity
@Table(name = "ledger_line")
public class LedgerLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_line_seq")
    @SequenceGenerator(name = "ledger_line_seq", sequenceName = "ledger_line_seq", allocationSize = 50)
    public Long id;

    @Column(name = "ledger_id", nullable = false)
    public Long ledgerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Flow flow;

    /** 支出功能分类 项 code, 7 digits; null only for carry-overs kept by source alone. */
    @Column(name = "function_code", length = 7)
    public String functionCode;

    /** 部门预算支出经济分类 款 code, 5 digits; expenditure lines only. */
    @Column(name = "economic_code", length = 5)
    public String economicCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", nullable = false, length = 40)
    public FundingSource fundingSource;

    /** Expenditure lines only. */
    @Enumerated(EnumType.STRING)
    @Column(name = "expenditure_type", length = 40)
    public ExpenditureType expenditureType;

    @Column(name = "project_code", length = 40)
    public String projectCode;

    @Column(name = "initial_budget", precision = 18, scale = 2)
    public BigDecimal initialBudget;

    @Column(name = "adjusted_budget", precision = 18, scale = 2)
    public BigDecimal adjustedBudget;

    @Column(name = "final_account", precision = 18, scale = 2)
    public BigDecimal finalAccount;

    public BigDecimal amount(Measure measure) {
        return switch (measure) {
            case INITIAL_BUDGET -> initialBudget;
            case ADJUSTED_BUDGET -> adjustedBudget;
            case FINAL_ACCOUNT -> finalAccount;
        };
    }

    public void setAmount(Measure measure, BigDecimal amount) {
        switch (measure) {
            case INITIAL_BUDGET -> initialBudget = amount;
            case ADJUSTED_BUDGET -> adjustedBudget = amount;
            case FINAL_ACCOUNT -> finalAccount = amount;
        }
    }
}
