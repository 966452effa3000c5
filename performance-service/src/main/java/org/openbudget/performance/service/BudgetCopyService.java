package org.openbudget.performance.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openbudget.performance.domain.Amendment;
import org.openbudget.performance.domain.BudgetLedgerCopy;
import org.openbudget.performance.domain.BudgetLineCopy;
import org.openbudget.performance.domain.BudgetProjectCopy;
import org.openbudget.performance.domain.Evaluation;
import org.openbudget.performance.domain.GoalSet;
import org.openbudget.performance.domain.ProcessedEvent;
import org.openbudget.performance.events.BudgetServiceClient;
import org.openbudget.performance.events.GoalsChangedEvent.ItemChange;
import org.openbudget.performance.events.LedgerEvent;
import org.openbudget.performance.events.LedgerEventParser;
import org.openbudget.performance.repository.BudgetCopyRepository;
import org.openbudget.performance.repository.EvaluationRepository;
import org.openbudget.performance.repository.GoalSetRepository;
import org.openbudget.performance.repository.ProcessedEventRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Keeps the local copy of budget-service's figures, idempotently: the dedupe row, the revision check and the effect
 * commit together. An event applies when it is the next revision and carries all its changes; otherwise the copy
 * is marked for a refetch of the whole ledger at that revision. When the figures of an evaluated subject move, the
 * department-year's goal set takes a revision of its own, with the old and new 预算数/执行数 and scores in its event.
 */
@ApplicationScoped
public class BudgetCopyService {

    public enum Result { APPLIED, STALE, DUPLICATE, RESYNC_NEEDED }

    @Inject
    BudgetCopyRepository copies;

    @Inject
    ProcessedEventRepository processed;

    @Inject
    GoalSetRepository goalSets;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    ContentsLoader contents;

    @Inject
    ChangeRecorder recorder;

    @Transactional
    public Result apply(LedgerEvent e) {
        if (!processed.claim(e.eventId(), LedgerEventParser.TYPE, e.departmentCode(), e.fiscalYear(), e.revision(),
                ProcessedEvent.Outcome.APPLIED)) {
            return Result.DUPLICATE;
        }
        BudgetLedgerCopy copy = copies.lockOrCreate(e.departmentCode(), e.fiscalYear());
        if (e.revision() <= copy.revision) {
            processed.setOutcome(e.eventId(), ProcessedEvent.Outcome.STALE);
            return Result.STALE;
        }
        if (copy.pendingRevision != null || !e.changesComplete() || e.revision() != copy.revision + 1) {
            copy.pendingRevision = copy.pendingRevision == null ? e.revision() : Math.max(copy.pendingRevision, e.revision());
            copy.updatedAt = Instant.now();
            processed.setOutcome(e.eventId(), ProcessedEvent.Outcome.RESYNC);
            return Result.RESYNC_NEEDED;
        }
        Tracking tracking = track(copy, e.actor(), "预算数/执行数 from budget-service revision " + e.revision() + ": "
                + e.reason());
        for (LedgerEvent.Figure f : e.figures()) {
            BudgetLineCopy line = copies.line(copy.id, f.lineId());
            if (line == null) {
                line = new BudgetLineCopy();
                line.ledgerCopyId = copy.id;
                line.lineId = f.lineId();
                line.flow = f.flow();
                line.functionCode = f.functionCode();
                line.economicCode = f.economicCode();
                line.fundingSource = f.fundingSource();
                line.expenditureType = f.expenditureType();
                line.projectCode = f.projectCode();
                line.persist();
            }
            switch (f.measure()) {
                case "INITIAL_BUDGET" -> line.initialBudget = f.newAmount();
                case "ADJUSTED_BUDGET" -> line.adjustedBudget = f.newAmount();
                default -> line.finalAccount = f.newAmount();
            }
        }
        for (LedgerEvent.ProjectChange p : e.projects()) {
            BudgetProjectCopy project = copies.project(copy.id, p.code());
            if (p.removed()) {
                if (project != null) {
                    project.delete();
                }
                continue;
            }
            boolean added = project == null;
            if (added) {
                project = new BudgetProjectCopy();
                project.ledgerCopyId = copy.id;
                project.projectCode = p.code();
            }
            project.name = p.name();
            project.category = p.category();
            if (added) {
                project.persist();
            }
        }
        copy.revision = e.revision();
        copy.updatedAt = Instant.now();
        tracking.commit();
        return Result.APPLIED;
    }

    /** Replaces the copy with a whole ledger read from budget-service, unless the copy is already as new. */
    @Transactional
    public void replace(long copyId, BudgetServiceClient.Ledger ledger) {
        BudgetLedgerCopy copy = copies.findForUpdate(copyId).orElseThrow();
        if (ledger.revision() > copy.revision) {
            Tracking tracking = track(copy, "budget-service", "预算数/执行数 refetched from budget-service at revision "
                    + ledger.revision());
            // merged entity by entity: the figures read for "before" are managed by this session
            java.util.Map<Long, BudgetLineCopy> lines = new java.util.HashMap<>();
            copies.lines(copy.id).forEach(l -> lines.put(l.lineId, l));
            for (BudgetServiceClient.Line l : ledger.lines()) {
                BudgetLineCopy line = lines.remove(l.id());
                boolean added = line == null;
                if (added) {
                    line = new BudgetLineCopy();
                    line.ledgerCopyId = copy.id;
                    line.lineId = l.id();
                }
                line.flow = l.flow();
                line.functionCode = l.functionCode();
                line.economicCode = l.economicCode();
                line.fundingSource = l.fundingSource();
                line.expenditureType = l.expenditureType();
                line.projectCode = l.projectCode();
                line.initialBudget = l.initialBudget();
                line.adjustedBudget = l.adjustedBudget();
                line.finalAccount = l.finalAccount();
                if (added) {
                    // Hibernate inserts the state an entity has when persisted
                    line.persist();
                }
            }
            lines.values().forEach(BudgetLineCopy::delete);
            java.util.Map<String, BudgetProjectCopy> projects = new java.util.HashMap<>();
            copies.projects(copy.id).forEach(p -> projects.put(p.projectCode, p));
            for (BudgetServiceClient.Project p : ledger.projects()) {
                BudgetProjectCopy project = projects.remove(p.code());
                boolean added = project == null;
                if (added) {
                    project = new BudgetProjectCopy();
                    project.ledgerCopyId = copy.id;
                    project.projectCode = p.code();
                }
                project.name = p.name();
                project.category = p.category();
                if (added) {
                    project.persist();
                }
            }
            projects.values().forEach(BudgetProjectCopy::delete);
            copy.revision = ledger.revision();
            tracking.commit();
        }
        if (copy.pendingRevision != null && copy.pendingRevision <= copy.revision) {
            copy.pendingRevision = null;
        }
        copy.resyncAttempts = 0;
        copy.resyncError = null;
        copy.updatedAt = Instant.now();
        Log.infof("budget copy %s:%d at revision %d%s", copy.departmentCode, copy.fiscalYear, copy.revision,
                copy.pendingRevision == null ? "" : ", revision " + copy.pendingRevision + " still to fetch");
    }

    @Transactional
    public void resyncFailed(long copyId, String error) {
        BudgetLedgerCopy copy = copies.findById(copyId);
        copy.resyncAttempts++;
        copy.resyncError = error.length() <= 2000 ? error : error.substring(0, 2000);
        copy.updatedAt = Instant.now();
    }

    public record Pending(long copyId, String departmentCode, int fiscalYear, long revision) {
    }

    @Transactional
    public List<Pending> pending(int limit) {
        return copies.pendingResync(limit).stream()
                .map(c -> new Pending(c.id, c.departmentCode, c.fiscalYear, c.pendingRevision)).toList();
    }

    @Transactional
    public Pending pending(String departmentCode, int fiscalYear) {
        return copies.find(departmentCode, fiscalYear).filter(c -> c.pendingRevision != null)
                .map(c -> new Pending(c.id, c.departmentCode, c.fiscalYear, c.pendingRevision)).orElse(null);
    }

    public BudgetFigures figures(String departmentCode, int fiscalYear) {
        return contents.budgetFigures(departmentCode, fiscalYear);
    }

    /**
     * Holds the department-year's goal set (if any, and if it has evaluations) locked across a change of the copy,
     * with the figures and scores as they were, so that what moved can be committed as one revision of it.
     */
    private Tracking track(BudgetLedgerCopy copy, String actor, String reason) {
        GoalSet set = goalSets.findForUpdate(copy.departmentCode, copy.fiscalYear).orElse(null);
        if (set == null || evaluations.listBySet(set.id).isEmpty()) {
            return new Tracking(null, null, null);
        }
        BudgetFigures before = contents.figures(copy);
        String who = ("budget-service: " + actor);
        return new Tracking(recorder.begin(set, who.length() <= 200 ? who : who.substring(0, 200),
                reason.length() <= 1000 ? reason : reason.substring(0, 1000)), before, copy);
    }

    private final class Tracking {
        final ChangeSet changes;
        final BudgetFigures before;
        final BudgetLedgerCopy copy;

        Tracking(ChangeSet changes, BudgetFigures before, BudgetLedgerCopy copy) {
            this.changes = changes;
            this.before = before;
            this.copy = copy;
        }

        void commit() {
            if (changes == null) {
                return;
            }
            copies.flush();
            BudgetFigures after = contents.figures(copy);
            for (Evaluation e : evaluations.listBySet(changes.set().id)) {
                BudgetFigures.Amounts was = before.of(e.subject());
                BudgetFigures.Amounts now = after.of(e.subject());
                changes.item(ItemChange.BUDGET_FIGURES_CHANGED, Amendment.EntityKind.BUDGET_FIGURES, null,
                        e.subject(), "budgeted", plain(was.budgeted()), plain(now.budgeted()));
                changes.item(ItemChange.BUDGET_FIGURES_CHANGED, Amendment.EntityKind.BUDGET_FIGURES, null,
                        e.subject(), "executed", plain(was.executed()), plain(now.executed()));
            }
            changes.item(ItemChange.BUDGET_FIGURES_CHANGED, Amendment.EntityKind.BUDGET_FIGURES, null, null,
                    "budgetRevision", changes.isEmpty() ? null : Long.toString(before.revision()),
                    changes.isEmpty() ? null : Long.toString(copy.revision));
            recorder.commit(changes);
        }

        private String plain(BigDecimal d) {
            return d == null ? null : d.toPlainString();
        }
    }
}
