package org.openbudget.performance.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What this service reads of a {@code budget.ledger.changed} event (docs/events/schemas): the envelope, whether the
 * changes are complete, and the figure and project changes. Explanations and statistics are not needed here.
 */
public record LedgerEvent(UUID eventId, String departmentCode, int fiscalYear, long revision, String actor,
                          String reason, boolean changesComplete, List<Figure> figures, List<ProjectChange> projects) {

    /** One measure of one line set to {@code newAmount} (元; null clears it). */
    public record Figure(long lineId, String flow, String functionCode, String economicCode, String fundingSource,
                         String expenditureType, String projectCode, String measure, BigDecimal newAmount) {
    }

    /** A project registered ({@code name} …) or removed ({@code removed}). */
    public record ProjectChange(String code, boolean removed, String name, String category) {
    }
}
