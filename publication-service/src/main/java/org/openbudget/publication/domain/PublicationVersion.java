package org.openbudget.publication.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One immutable rendering of a document: the source revisions it reflects, its content (the document model as JSON,
 * from which every format is rendered) and hash, and — when it replaced a public version — its 更正说明. Only {@code status} and the
 * publication fields change, once, when a blocked version is published with an override.
 */
@Entity
@Table(name = "publication_version")
public class PublicationVersion extends PanacheEntityBase {

    public enum Status {
        /** Public: the newest PUBLISHED version is what the portal shows. */
        PUBLISHED,
        /** Held back by open validation errors or missing explanations until a publisher overrides. */
        BLOCKED,
        /** A blocked version that a newer one replaced before anyone published it. */
        SUPERSEDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "department_code", nullable = false, length = 20)
    public String departmentCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DocumentKind kind;

    @Column(nullable = false)
    public int number;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "budget_revision", nullable = false)
    public long budgetRevision;

    @Column(name = "performance_revision", nullable = false)
    public long performanceRevision;

    @Column(name = "editorial_revision", nullable = false)
    public long editorialRevision;

    @Column(name = "prior_year_revision")
    public Long priorYearRevision;

    @Column(name = "layout_id", nullable = false, length = 60)
    public String layoutId;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    /** The W3C trace id the version was made in (the trace of the change that made it due). */
    @Column(name = "trace_id", length = 32)
    public String traceId;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String document;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    /** JSON array of the reasons it may not be published (empty when none). */
    @Column(nullable = false, columnDefinition = "TEXT")
    public String blocking;

    /** JSON of the 更正说明 against the version that was public when this one was published (null: none). */
    @Column(columnDefinition = "TEXT")
    public String correction;

    @Column(name = "corrects_number")
    public Integer correctsNumber;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by", length = 200)
    public String publishedBy;

    @Column(name = "override_reason", length = 1000)
    public String overrideReason;
}
