package org.openbudget.publication.events;

import org.openbudget.publication.domain.Source;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The envelope shared by budget.ledger.changed and performance.goals.changed, as this service reads it, with the W3C
 * {@code traceparent} its record carried (null when none or malformed): the change's trace, which the processed event
 * and the regeneration it causes continue.
 */
public record SourceEvent(UUID eventId, String eventType, Source source, String departmentCode, int fiscalYear,
                          long revision, String actor, String reason, Instant occurredAt, String changesJson,
                          String traceparent) {

    private static final Pattern TRACEPARENT = Pattern.compile("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");

    public SourceEvent withTraceparent(String header) {
        String valid = header != null && TRACEPARENT.matcher(header).matches() ? header : null;
        return new SourceEvent(eventId, eventType, source, departmentCode, fiscalYear, revision, actor, reason,
                occurredAt, changesJson, valid);
    }

    /** The trace id of {@link #traceparent}, or null. */
    public String traceId() {
        return traceparent == null ? null : traceparent.substring(3, 35);
    }
}
