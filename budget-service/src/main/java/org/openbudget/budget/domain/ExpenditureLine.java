package org.openbudget.budget.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * 支出明细: one fact at the finest grain the documents need. Amounts are in 元 (two decimals), never rounded here.
 */
@Entity
@Table(name = "expenditure_line")
public class ExpenditureLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ledger_id", nullable = false)
    public Long ledgerId;

    /** 支出功能分类 项 code, 7 digits. */
    @Column(name = "function_code", nullable = false, length = 7)
    public String functionCode;

    /** 部门预算支出经济分类 款 code, 5 digits. */
    @Column(name = "economic_code", nullable = false, length = 5)
    public String economicCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", nullable = false, length = 40)
    public FundingSource fundingSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "expenditure_type", nullable = false, length = 40)
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
