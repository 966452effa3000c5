package org.openbudget.performance.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code performance.goals.changed} (docs/events/schemas/performance.goals.changed.schema.json): one
 * committed change of a department-year's goals, indicators, declarations, self-evaluations or their budget figures.
 * Schema version 1 throughout: {@link ItemChange}, {@code GOAL_REMOVED}, {@code changeCount} and
 * {@code changesComplete} were added without changing what version-1 readers rely on.
 */
public record GoalsChangedEvent(
        UUID eventId,
        String eventType,
        int schemaVersion,
        Instant occurredAt,
        String departmentCode,
        int fiscalYear,
        long revision,
        String actor,
        String reason,
        int changeCount,
        boolean changesComplete,
        List<Change> changes) {

    public static final String TYPE = "performance.goals.changed";
    public static final int SCHEMA_VERSION = 1;
    /** An import can change hundreds of indicators in one revision; the event carries the first ones and says so. */
    public static final int MAX_CHANGES = 200;

    /** One change of the revision: of a goal ({@link GoalChange}) or of anything else ({@link ItemChange}). */
    public interface Change {
        String kind();
    }

    /** One field of one goal: its value before (null when the goal was added) and after (null when removed). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record GoalChange(String kind, long goalId, String scope, String projectCode, String term, String field,
                             String oldValue, String newValue) implements Change {

        public static final String GOAL_ADDED = "GOAL_ADDED";
        public static final String GOAL_AMENDED = "GOAL_AMENDED";
        public static final String GOAL_REMOVED = "GOAL_REMOVED";
    }

    /**
     * One field of an indicator, declaration, evaluation, the goal set itself, or a subject's budget figures and
     * score. {@code entityId} is the indicator's id (null for the others); {@code scope}/{@code projectCode} name the
     * subject (null for the goal set).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ItemChange(String kind, String entity, Long entityId, String scope, String projectCode, String field,
                             String oldValue, String newValue) implements Change {

        public static final String INDICATOR_ADDED = "INDICATOR_ADDED";
        public static final String INDICATOR_AMENDED = "INDICATOR_AMENDED";
        public static final String INDICATOR_REMOVED = "INDICATOR_REMOVED";
        public static final String DECLARATION_SET = "DECLARATION_SET";
        public static final String GOAL_SET_SET = "GOAL_SET_SET";
        public static final String EVALUATION_SET = "EVALUATION_SET";
        public static final String BUDGET_FIGURES_CHANGED = "BUDGET_FIGURES_CHANGED";
        public static final String SCORE_CHANGED = "SCORE_CHANGED";
    }
}
