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

    /** One event in its own transaction (the fallback when a batch cannot be applied as a whole). */
    @Transactional
    public Result apply(SourceEvent event) {
        return applyOne(event, departmentYears.lockOrCreate(event.departmentCode(), event.fiscalYear()));
    }

    /**
     * A batch of events in one transaction, in the order given (a partition's order), with one result per event:
     * the same effects as applying them one by one, at one commit. Every department-year the batch touches is locked
     * first, in one order, so that the two topics' batches never wait on each other crosswise.
     */
    @Transactional
    public List<Result> applyAll(List<SourceEvent> events) {
        java.util.Map<String, DepartmentYear> locked = new java.util.HashMap<>();
        events.stream().sorted(java.util.Comparator.comparing(SourceEvent::departmentCode)
                        .thenComparingInt(SourceEvent::fiscalYear))
                .forEach(e -> locked.computeIfAbsent(key(e), k -> departmentYears.lockOrCreate(e.departmentCode(), e.fiscalYear())));
        return events.stream().map(e -> applyOne(e, locked.get(key(e)))).toList();
    }

    private static String key(SourceEvent event) {
        return event.departmentCode() + ":" + event.fiscalYear();
    }

    /** The effect of one event on its (locked) department-year: dedupe row, revision check, applied change. */
    private Result applyOne(SourceEvent event, DepartmentYear target) {
        if (!processed.claim(event.eventId(), event.eventType(), event.departmentCode(), event.fiscalYear(),
                event.revision(), ProcessedEvent.Outcome.APPLIED, event.traceId())) {
            return Result.DUPLICATE;
        }
        if (event.revision() <= target.revision(event.source())) {
            processed.findById(event.eventId()).outcome = ProcessedEvent.Outcome.STALE;
            return Result.STALE;
        }
        target.advance(event.source(), event.revision());
        if (event.traceparent() != null) {
            // the regeneration this makes due runs in the newest change's trace
            target.traceparent = event.traceparent();
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

    /**
     * Asks the database for nothing, in a transaction of its own: it throws when the database does not answer. The
     * consumer tells an outage (to wait out) from an event that cannot be applied (to dead-letter) by it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ping() {
        departmentYears.getEntityManager().createNativeQuery("SELECT 1").getSingleResult();
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
