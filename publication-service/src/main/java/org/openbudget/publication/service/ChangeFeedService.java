package org.openbudget.publication.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openbudget.publication.domain.AppliedChange;
import org.openbudget.publication.domain.DepartmentYear;
import org.openbudget.publication.domain.ProcessedEvent;
import org.openbudget.publication.events.SourceEvent;
import org.openbudget.publication.repository.AppliedChangeRepository;
import org.openbudget.publication.repository.DepartmentYearRepository;
import org.openbudget.publication.repository.ProcessedEventRepository;

import java.util.List;

/**
 * Takes source events into the read model, idempotently: the dedupe row, the revision check and the effect commit
 * together. Per department-year and source, only an event newer than what is held has an effect.
 */
@ApplicationScoped
public class ChangeFeedService {

    public enum Result { APPLIED, STALE, DUPLICATE }

    @Inject
    ProcessedEventRepository processed;

    @Inject
    DepartmentYearRepository departmentYears;

    @Inject
    AppliedChangeRepository appliedChanges;

    @Transactional
    public Result apply(SourceEvent event) {
        if (!processed.claim(event.eventId(), event.eventType(), event.departmentCode(), event.fiscalYear(),
                event.revision(), ProcessedEvent.Outcome.APPLIED)) {
            return Result.DUPLICATE;
        }
        DepartmentYear target = departmentYears.lockOrCreate(event.departmentCode(), event.fiscalYear());
        if (event.revision() <= target.revision(event.source())) {
            processed.findById(event.eventId()).outcome = ProcessedEvent.Outcome.STALE;
            return Result.STALE;
        }
        target.advance(event.source(), event.revision());
        io.opentelemetry.api.trace.SpanContext trace = io.opentelemetry.api.trace.Span.current().getSpanContext();
        if (trace.isValid()) {
            target.traceparent = "00-" + trace.getTraceId() + "-" + trace.getSpanId() + "-" + trace.getTraceFlags().asHex();
        }
        AppliedChange change = new AppliedChange();
        change.departmentYearId = target.id;
        change.source = event.source();
        change.revision = event.revision();
        change.eventId = event.eventId();
        change.reason = event.reason();
        change.actor = event.actor();
        change.occurredAt = event.occurredAt();
        change.changes = event.changesJson();
        appliedChanges.persist(change);
        if (event.source() == org.openbudget.publication.domain.Source.BUDGET) {
            // the next year's documents quote this year's figures (与上年相比): they are due as well
            departmentYears.find(event.departmentCode(), event.fiscalYear() + 1).ifPresent(next -> {
                next.updatedAt = java.time.Instant.now();
                next.markDue();
            });
        }
        return Result.APPLIED;
    }

    public DepartmentYear get(String departmentCode, int fiscalYear) {
        return departmentYears.find(departmentCode, fiscalYear).orElseThrow(() -> DomainException.notFound(
                "fiscalYear", "nothing received yet for department " + departmentCode + " and year " + fiscalYear));
    }

    public List<AppliedChange> changes(DepartmentYear departmentYear) {
        return appliedChanges.listFor(departmentYear.id);
    }

    public ProcessedEvent processedEvent(java.util.UUID eventId) {
        ProcessedEvent event = processed.findById(eventId);
        if (event == null) {
            throw DomainException.notFound("eventId", "event " + eventId + " has not been processed");
        }
        return event;
    }
}
