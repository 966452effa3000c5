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
import java.time.Instant;

/** 修改记录: one row per changed amount, never updated or deleted (the audit trail). */
@Entity
@Table(name = "amendment")
public class Amendment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "amendment_seq")
    @SequenceGenerator(name = "amendment_seq", sequenceName = "amendment_seq", allocationSize = 50)
    public Long id;

    @Column(name = "ledger_id", nullable = false)
    public Long ledgerId;

    /** The ledger revision this change produced. */
    @Column(nullable = false)
    public long revision;

    @Column(name = "line_id", nullable = false)
    public Long lineId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Measure measure;

    @Column(name = "old_amount", precision = 18, scale = 2)
    public BigDecimal oldAmount;

    @Column(name = "new_amount", precision = 18, scale = 2)
    public BigDecimal newAmount;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(name = "event_id", nullable = false)
    public java.util.UUID eventId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
