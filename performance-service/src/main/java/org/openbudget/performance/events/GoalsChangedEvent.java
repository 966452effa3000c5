package org.openbudget.performance.events;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Payload of {@code performance.goals.changed} (docs/events/schemas/performance.goals.changed.schema.json). */
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
        List<Change> changes) {

    public static final String TYPE = "performance.goals.changed";
    public static final int SCHEMA_VERSION = 1;

    /** One field of one goal: its value before (null when the goal was added) and after. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Change(String kind, long goalId, String scope, String projectCode, String term, String field,
                         String oldValue, String newValue) {

        public static final String GOAL_ADDED = "GOAL_ADDED";
        public static final String GOAL_AMENDED = "GOAL_AMENDED";
    }
}
