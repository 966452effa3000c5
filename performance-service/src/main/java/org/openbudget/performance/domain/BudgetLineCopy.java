package org.openbudget.performance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** One ledger line of budget-service (its id is budget-service's), with the three measures in 元. */
@Entity
@Table(name = "budget_line_copy")
@IdClass(BudgetLineCopy.Key.class)
public class BudgetLineCopy extends PanacheEntityBase {

    public static class Key implements Serializable {
        public Long ledgerCopyId;
        public Long lineId;

        public Key() {
        }

        public Key(Long ledgerCopyId, Long lineId) {
            this.ledgerCopyId = ledgerCopyId;
            this.lineId = lineId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(ledgerCopyId, k.ledgerCopyId) && Objects.equals(lineId, k.lineId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ledgerCopyId, lineId);
        }
    }

    @Id
    @Column(name = "ledger_copy_id")
    public Long ledgerCopyId;

    @Id
    @Column(name = "line_id")
    public Long lineId;

    @Column(nullable = false, length = 40)
    public String flow;

    @Column(name = "function_code", length = 7)
    public String functionCode;

    @Column(name = "economic_code", length = 5)
    public String economicCode;

    @Column(name = "funding_source", nullable = false, length = 40)
    public String fundingSource;

    @Column(name = "expenditure_type", length = 40)
    public String expenditureType;

    @Column(name = "project_code", length = 40)
    public String projectCode;

    @Column(name = "initial_budget", precision = 18, scale = 2)
    public BigDecimal initialBudget;

    @Column(name = "adjusted_budget", precision = 18, scale = 2)
    public BigDecimal adjustedBudget;

    @Column(name = "final_account", precision = 18, scale = 2)
    public BigDecimal finalAccount;

    public static final String EXPENDITURE = "EXPENDITURE";

    /** 全年预算 of the line: the adjusted budget, or the initial one where no adjustment was recorded. */
    public BigDecimal fullYearBudget() {
        return adjustedBudget != null ? adjustedBudget : initialBudget;
    }
}
