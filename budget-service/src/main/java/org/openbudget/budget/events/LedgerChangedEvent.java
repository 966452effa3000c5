package org.openbudget.budget.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code budget.ledger.changed} (docs/events/schemas/budget.ledger.changed.schema.json).
 * Amounts are decimal strings in 元 so that no consumer ever parses them as floating point.
 */
public record LedgerChangedEvent(
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

    public static final String TYPE = "budget.ledger.changed";
    public static final int SCHEMA_VERSION = 1;
    /**
     * An import can change 100,000 figures in one revision; its event carries the first ones and says so
     * ({@code changesComplete=false}), and consumers read the rest from GET …/history. Keeps every event far below
     * Kafka's 1 MB default message size, so one large change can never block the outbox.
     */
    public static final int MAX_CHANGES = 200;

    /** One change of the revision: a figure ({@link FigureChange}) or an attribute ({@link AttributeChange}). */
    public interface Change {
        String kind();
    }

    /** An attribute (project, explanation, statistic) set or cleared; values are the attribute's JSON. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AttributeChange(String kind, String attributeKind, String key, JsonNode oldValue, JsonNode newValue)
            implements Change {

        public static final String ATTRIBUTE_SET = "ATTRIBUTE_SET";
    }

    /** What happened to one amount of one line. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FigureChange(
            String kind,
            long lineId,
            String flow,
            String functionCode,
            String economicCode,
            String fundingSource,
            String expenditureType,
            String projectCode,
            String measure,
            String oldAmount,
            String newAmount) implements Change {

        public static final String LINE_ADDED = "LINE_ADDED";
        public static final String AMOUNT_AMENDED = "AMOUNT_AMENDED";
    }
}
