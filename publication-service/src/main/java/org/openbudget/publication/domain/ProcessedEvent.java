package org.openbudget.publication.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * 已处理事件: the consumer's dedupe record, written in the same transaction as the event's effect, so that an event
 * delivered twice has one effect.
 */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {

    public enum Outcome {
        /** taken into the read model */
        APPLIED,
        /** older than (or as old as) what the read model already had; ignored */
        STALE
    }

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "event_type", nullable = false, length = 80)
    public String eventType;

    @Column(name = "department_code", nullable = false, length = 20)
    public String departmentCode;

    @Column(name = "fiscal_year", nullable = false)
    public int fiscalYear;

    @Column(nullable = false)
    public long revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Outcome outcome;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;

    /** The W3C trace id the event was applied in. */
    @Column(name = "trace_id", length = 32)
    public String traceId;
}
