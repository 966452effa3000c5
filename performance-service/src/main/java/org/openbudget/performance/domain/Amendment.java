package org.openbudget.performance.domain;

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

/**
 * 修改记录: one field of one entity of a department-year, before and after, with who, when and why. Append-only;
 * {@code entityId} outlives a removed goal or indicator.
 */
@Entity
@Table(name = "amendment")
public class Amendment extends PanacheEntityBase {

    /** What was changed. */
    public enum EntityKind { GOAL, INDICATOR, DECLARATION, EVALUATION, GOAL_SET, BUDGET_FIGURES }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "goal_set_id", nullable = false)
    public Long goalSetId;

    @Column(nullable = false)
    public long revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public EntityKind entity;

    @Column(name = "entity_id")
    public Long entityId;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    public GoalScope scope;

    @Column(name = "project_code", length = 40)
    public String projectCode;

    @Column(nullable = false, length = 60)
    public String field;

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
