package org.openbudget.publication.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;

/**
 * A department and fiscal year that publications are rendered for, with the newest revision seen from each source.
 * A publication is always rendered from one pair of revisions, never a mix.
 */
@Entity
// only the columns a transaction changed are written: a writer that did not lock the row (e.g. a backoff record)
// can then never put back a revision a consumer advanced meanwhile
@org.hibernate.annotations.DynamicUpdate
@Table(name = "department_year", uniqueConstraints = @UniqueConstraint(columnNames = {"department_code", "fiscal_year"}))
public class DepartmentYear extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "department_code", nullable = false, length = 20)
    public String departmentCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(name = "budget_revision", nullable = false)
    public long budgetRevision;

    /** W3C trace context of the newest change applied; its regeneration continues that trace. */
    @Column(length = 60)
    public String traceparent;

    @Column(name = "performance_revision", nullable = false)
    public long performanceRevision;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Editorial text changes count as a third source: each one makes the documents due for regeneration. */
    @Column(name = "editorial_revision", nullable = false)
    public long editorialRevision;

    /** Set when something changed that the documents do not reflect yet; cleared by a regeneration of it. */
    @Column(name = "due_since")
    public Instant dueSince;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "last_error", length = 2000)
    public String lastError;

    public void markDue() {
        if (dueSince == null) {
            dueSince = Instant.now();
        }
        nextAttemptAt = null;
        attempts = 0;
    }

    public long revision(Source source) {
        return source == Source.BUDGET ? budgetRevision : performanceRevision;
    }

    public void advance(Source source, long revision) {
        if (source == Source.BUDGET) {
            budgetRevision = revision;
        } else {
            performanceRevision = revision;
        }
        updatedAt = Instant.now();
        markDue();
    }
}
