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

import java.time.Instant;
import java.util.UUID;

/** Audit row of an attribute change: before and after (JSON), who, why, at which revision. Never updated. */
@Entity
@Table(name = "attribute_amendment")
public class AttributeAmendment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ledger_id", nullable = false)
    public Long ledgerId;

    @Column(nullable = false)
    public long revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AttributeKind kind;

    @Column(name = "attr_key", nullable = false, length = 120)
    public String key;

    @Column(name = "old_value", columnDefinition = "text")
    public String oldValue;

    @Column(name = "new_value", columnDefinition = "text")
    public String newValue;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
