package org.openbudget.performance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** 已处理事件: a budget event this service has taken in (or judged stale), so a redelivery has no effect. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {

    public enum Outcome {
        APPLIED,
        /** its revision is not newer than the one held */
        STALE,
        /** its changes alone are not enough: the ledger is fetched whole at its revision */
        RESYNC
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
}
