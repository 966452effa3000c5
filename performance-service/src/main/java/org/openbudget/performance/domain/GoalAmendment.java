package org.openbudget.performance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** 修改记录 of a goal: append-only audit trail of every field value ever set. */
@Entity
@Table(name = "goal_amendment")
public class GoalAmendment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "goal_set_id", nullable = false)
    public Long goalSetId;

    @Column(nullable = false)
    public long revision;

    @Column(name = "goal_id", nullable = false)
    public Long goalId;

    @Column(nullable = false, length = 40)
    public String field;

    @Column(name = "old_value", length = 4000)
    public String oldValue;

    @Column(name = "new_value", length = 4000)
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
