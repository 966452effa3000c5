package org.openbudget.performance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * budget-service's ledger of one department-year as far as this service has received it ({@code revision}). When
 * a revision's changes are not all known (a large import, or a revision skipped), {@code pendingRevision} asks for
 * the whole ledger to be fetched at that revision.
 */
@Entity
@Table(name = "budget_ledger_copy")
public class BudgetLedgerCopy extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "department_code", nullable = false, length = 20)
    public String departmentCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(nullable = false)
    public long revision;

    @Column(name = "pending_revision")
    public Long pendingRevision;

    @Column(name = "resync_attempts", nullable = false)
    public int resyncAttempts;

    @Column(name = "resync_error", length = 2000)
    public String resyncError;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
