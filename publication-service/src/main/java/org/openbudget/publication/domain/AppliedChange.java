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
import java.util.UUID;

/** A source change taken into the read model: the raw material of a publication's 更正说明. */
@Entity
@Table(name = "applied_change")
public class AppliedChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "department_year_id", nullable = false)
    public Long departmentYearId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Source source;

    @Column(nullable = false)
    public long revision;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The event's changes array, as JSON (old → new per figure or field). */
    @Column(nullable = false, columnDefinition = "text")
    public String changes;
}
