package org.openbudget.performance.service;

import org.openbudget.performance.domain.Amendment;
import org.openbudget.performance.domain.Goal;
import org.openbudget.performance.domain.GoalSet;
import org.openbudget.performance.domain.Subject;
import org.openbudget.performance.events.GoalsChangedEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One change of a department-year in the making: every field changed, for the audit trail and the event. Committed
 * by {@link ChangeRecorder} as one revision; a change set that changed nothing commits nothing.
 */
public final class ChangeSet {

    record Entry(Amendment.EntityKind entity, Long entityId, Subject subject, String field, String oldValue,
                 String newValue, GoalsChangedEvent.Change change) {
    }

    final GoalSet set;
    final String actor;
    final String reason;
    final Map<Subject, ScoreService.Summary> before;
    final List<Entry> entries = new ArrayList<>();

    ChangeSet(GoalSet set, String actor, String reason, Map<Subject, ScoreService.Summary> before) {
        this.set = set;
        this.actor = actor;
        this.reason = reason;
        this.before = before;
    }

    public GoalSet set() {
        return set;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** A goal's field; {@code kind} is GOAL_ADDED, GOAL_AMENDED or GOAL_REMOVED. */
    public void goal(String kind, Goal goal, String field, Object oldValue, Object newValue) {
        String o = text(oldValue);
        String n = text(newValue);
        if (kind.equals(GoalsChangedEvent.GoalChange.GOAL_AMENDED) && Objects.equals(o, n)) {
            return;
        }
        entries.add(new Entry(Amendment.EntityKind.GOAL, goal.id, goal.subject(), field, o, n,
                new GoalsChangedEvent.GoalChange(kind, goal.id, goal.scope.name(), goal.projectCode, goal.term.name(),
                        field, o, n)));
    }

    /** A field of anything else; an amendment that leaves the value as it was is not recorded. */
    public void item(String kind, Amendment.EntityKind entity, Long entityId, Subject subject, String field,
                     Object oldValue, Object newValue) {
        String o = text(oldValue);
        String n = text(newValue);
        if (Objects.equals(o, n)) {
            return;
        }
        entries.add(new Entry(entity, entityId, subject, field, o, n,
                new GoalsChangedEvent.ItemChange(kind, entity.name(), entityId,
                        subject == null ? null : subject.scope().name(), subject == null ? null : subject.projectCode(),
                        field, o, n)));
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }
}
