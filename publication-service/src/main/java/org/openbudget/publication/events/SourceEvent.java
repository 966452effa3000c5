package org.openbudget.publication.events;

import org.openbudget.publication.domain.Source;

import java.time.Instant;
import java.util.UUID;

/** The envelope shared by budget.ledger.changed and performance.goals.changed, as this service reads it. */
public record SourceEvent(UUID eventId, String eventType, Source source, String departmentCode, int fiscalYear,
                          long revision, String actor, String reason, Instant occurredAt, String changesJson) {
}
