package org.openbudget.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openbudget.budget.domain.Amendment;
import org.openbudget.budget.domain.Catalog;
import org.openbudget.budget.domain.LedgerLine;
import org.openbudget.budget.domain.ExpenditureType;
import org.openbudget.budget.domain.Flow;
import org.openbudget.budget.domain.FundingSource;
import org.openbudget.budget.domain.Ledger;
import org.openbudget.budget.domain.Measure;
import org.openbudget.budget.events.LedgerChangedEvent;
import org.openbudget.budget.repository.AmendmentRepository;
import org.openbudget.budget.repository.DepartmentRepository;
import org.openbudget.budget.repository.LedgerLineRepository;
import org.openbudget.budget.repository.LedgerRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Changes to a department-year ledger. A change — one figure or a batch — commits with its audit rows and one
 * outbox event in one transaction, under a row lock on the ledger, so revisions are consecutive and a write made
 * against a stale revision is refused (optimistic concurrency: no lost update).
 */
@ApplicationScoped
public class LedgerService {

    @Inject
    DepartmentRepository departments;

    @Inject
    LedgerRepository ledgers;

    @Inject
    LedgerLineRepository lines;

    @Inject
    AmendmentRepository amendments;

    @Inject
    OutboxService outbox;

    @Inject
    CatalogService catalogs;

    /** Where a figure sits: the dimensions of a ledger line. */
    public record Grain(Flow flow, String functionCode, String economicCode, FundingSource fundingSource,
                        ExpenditureType expenditureType, String projectCode) {

        static Grain of(LedgerLine line) {
            return new Grain(line.flow, line.functionCode, line.economicCode, line.fundingSource,
                    line.expenditureType, line.projectCode);
        }
    }

    /** Set one measure at one grain; {@code at} names it in errors (e.g. {@code figures[3]}). */
    public record FigureChange(String at, Grain grain, Measure measure, BigDecimal amount) {
    }

    public record ChangeResult(long revision, LedgerLine line, boolean changed, UUID eventId, int figuresChanged) {
    }

    /** Adds a new line with the measures given; refuses a grain that already has a line. */
    @Transactional
    public ChangeResult addLine(String departmentCode, int fiscalYear, Long expectedRevision, Grain grain,
                                Map<Measure, BigDecimal> amounts, String actor, String reason) {
        if (amounts.isEmpty()) {
            throw DomainException.unprocessable("initialBudget", "give at least one of initialBudget, adjustedBudget, finalAccount");
        }
        List<FigureChange> figures = new ArrayList<>();
        amounts.forEach((measure, amount) -> figures.add(new FigureChange("", grain, measure, amount)));
        validate(fiscalYear, figures);
        Ledger ledger = lockLedger(departmentCode, fiscalYear, expectedRevision, true);
        if (linesByGrain(ledger).containsKey(grain)) {
            throw DomainException.conflict("functionCode", "a line with this function code, economic code, funding "
                    + "source, expenditure type and project already exists; amend it instead");
        }
        return apply(ledger, figures, actor, reason);
    }

    /**
     * Sets figures at their grains, creating lines where none exists: the primitive of batch entry and import.
     * All are validated before any is applied; the batch is one revision and one event.
     */
    @Transactional
    public ChangeResult setFigures(String departmentCode, int fiscalYear, Long expectedRevision,
                                   List<FigureChange> figures, String actor, String reason) {
        validate(fiscalYear, figures);
        Ledger ledger = lockLedger(departmentCode, fiscalYear, expectedRevision, true);
        return apply(ledger, figures, actor, reason);
    }

    /**
     * Makes the ledger hold exactly the figures given (an import of a whole department-year): figures given are set,
     * figures the ledger has and the import does not are cleared. Validated whole, one revision, one event.
     * A whole department-year of 100,000 lines is one transaction: it may take longer than the default 60 s on a
     * loaded machine (a benchmark re-import hit that limit at load average 28), so its limit is ten minutes.
     */
    @Transactional
    @io.quarkus.narayana.jta.runtime.TransactionConfiguration(timeout = 600)
    public ChangeResult replaceFigures(String departmentCode, int fiscalYear, Long expectedRevision,
                                       List<FigureChange> figures, String actor, String reason) {
        validate(fiscalYear, figures);
        Ledger ledger = lockLedger(departmentCode, fiscalYear, expectedRevision, true);
        java.util.Set<String> given = new java.util.HashSet<>();
        figures.forEach(f -> given.add(f.grain() + "|" + f.measure()));
        List<FigureChange> all = new ArrayList<>(figures);
        for (LedgerLine line : lines.listByLedger(ledger.id)) {
            for (Measure measure : Measure.values()) {
                if (line.amount(measure) != null && !given.contains(Grain.of(line) + "|" + measure)) {
                    all.add(new FigureChange("", Grain.of(line), measure, null));
                }
            }
        }
        return apply(ledger, all, actor, reason);
    }

    /** Sets one measure of one line. Setting the amount it already has changes nothing and emits nothing. */
    @Transactional
    public ChangeResult amend(String departmentCode, int fiscalYear, Long expectedRevision, long lineId,
                              Measure measure, BigDecimal amount, String actor, String reason) {
        Ledger ledger = lockLedger(departmentCode, fiscalYear, expectedRevision, false);
        LedgerLine line = Optional.ofNullable(lines.findById(lineId))
                .filter(l -> l.ledgerId.equals(ledger.id))
                .orElseThrow(() -> DomainException.notFound("lineId", "line " + lineId + " is not in this ledger"));
        return apply(ledger, List.of(new FigureChange("", Grain.of(line), measure, amount)), actor, reason);
    }

    public Ledger get(String departmentCode, int fiscalYear) {
        return ledgers.find(departmentCode, fiscalYear).orElseThrow(() -> DomainException.notFound(
                "fiscalYear", "no ledger for department " + departmentCode + " and year " + fiscalYear));
    }

    public List<LedgerLine> lines(Ledger ledger) {
        return lines.listByLedger(ledger.id);
    }

    /**
     * A ledger at one revision with the lines, amounts and attributes it had then (attributes keyed
     * {@code KIND/key}, values as stored JSON). The objects are detached copies: never persisted.
     */
    public record Snapshot(Ledger ledger, org.openbudget.budget.domain.UnitType unitType, List<LedgerLine> lines,
                           Map<String, String> attributes) {

        public Map<String, String> attributes(org.openbudget.budget.domain.AttributeKind kind) {
            Map<String, String> out = new java.util.TreeMap<>();
            attributes.forEach((k, v) -> {
                if (k.startsWith(kind.name() + "/")) {
                    out.put(k.substring(kind.name().length() + 1), v);
                }
            });
            return out;
        }
    }

    /**
     * The ledger as it was at {@code revision} (null: the current one), replayed from the audit trail, so that a
     * consumer told "revision 42" reads exactly revision 42 even if revision 43 has been committed since.
     */
    @Transactional
    public Snapshot at(String departmentCode, int fiscalYear, Long revision) {
        // FOR SHARE: no change can commit between reading the revision and reading the lines
        Ledger ledger = ledgers.findForShare(departmentCode, fiscalYear).orElseThrow(() -> DomainException.notFound(
                "fiscalYear", "no ledger for department " + departmentCode + " and year " + fiscalYear));
        if (revision != null && (revision < 0 || revision > ledger.revision)) {
            throw DomainException.notFound("revision", "the ledger has revisions 0 to " + ledger.revision);
        }
        Ledger view = new Ledger();
        view.id = ledger.id;
        view.departmentCode = ledger.departmentCode;
        view.fiscalYear = ledger.fiscalYear;
        view.revision = revision == null ? ledger.revision : revision;
        Map<Long, LedgerLine> copies = new java.util.LinkedHashMap<>();
        List<LedgerLine> current = lines(ledger);
        if (view.revision == ledger.revision) {
            current.forEach(line -> copies.put(line.id, copyOf(line, true)));
        } else {
            Map<Long, LedgerLine> byId = new HashMap<>();
            current.forEach(line -> byId.put(line.id, line));
            for (Object[] row : amendments.amountsUpTo(ledger.id, view.revision)) {
                copies.computeIfAbsent((Long) row[0], id -> copyOf(byId.get(id), false))
                        .setAmount((Measure) row[1], (BigDecimal) row[2]);
            }
        }
        List<LedgerLine> result = copies.values().stream()
                .filter(l -> l.initialBudget != null || l.adjustedBudget != null || l.finalAccount != null)
                .sorted(java.util.Comparator.comparing((LedgerLine l) -> l.flow.name())
                        .thenComparing(l -> l.functionCode, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparing(l -> l.economicCode, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparing(l -> l.id))
                .toList();
        Map<String, String> attributes = new java.util.TreeMap<>();
        if (view.revision == ledger.revision) {
            org.openbudget.budget.domain.LedgerAttribute.<org.openbudget.budget.domain.LedgerAttribute>list(
                    "ledgerId", ledger.id).forEach(a -> attributes.put(a.kind + "/" + a.key, a.value));
        } else {
            org.openbudget.budget.domain.AttributeAmendment.<org.openbudget.budget.domain.AttributeAmendment>list(
                    "ledgerId = ?1 and revision <= ?2 order by revision, id", ledger.id, view.revision).forEach(a -> {
                        if (a.newValue == null) {
                            attributes.remove(a.kind + "/" + a.key);
                        } else {
                            attributes.put(a.kind + "/" + a.key, a.newValue);
                        }
                    });
        }
        return new Snapshot(view, departments.findById(ledger.departmentCode).unitType, result, Map.copyOf(attributes));
    }

    private static LedgerLine copyOf(LedgerLine line, boolean withAmounts) {
        LedgerLine copy = new LedgerLine();
        if (withAmounts) {
            copy.initialBudget = line.initialBudget;
            copy.adjustedBudget = line.adjustedBudget;
            copy.finalAccount = line.finalAccount;
        }
        copy.id = line.id;
        copy.ledgerId = line.ledgerId;
        copy.flow = line.flow;
        copy.functionCode = line.functionCode;
        copy.economicCode = line.economicCode;
        copy.fundingSource = line.fundingSource;
        copy.expenditureType = line.expenditureType;
        copy.projectCode = line.projectCode;
        return copy;
    }

    public List<Amendment> history(Ledger ledger) {
        return amendments.listByLedger(ledger.id);
    }

    private void validate(int fiscalYear, List<FigureChange> figures) {
        List<DomainException.Violation> violations = new ArrayList<>();
        CatalogService.LineCodes codes = catalogs.lineCodes(fiscalYear);
        for (FigureChange figure : figures) {
            String at = figure.at().isEmpty() ? "" : figure.at() + ".";
            Grain grain = figure.grain();
            boolean expenditure = grain.flow() == Flow.EXPENDITURE;
            if (grain.expenditureType() == ExpenditureType.PROJECT && grain.projectCode() == null) {
                violations.add(new DomainException.Violation(at + "projectCode", "项目支出 lines need a projectCode"));
            }
            if (expenditure && grain.expenditureType() == null) {
                violations.add(new DomainException.Violation(at + "expenditureType", "expenditure lines need one"));
            }
            if (!expenditure && grain.expenditureType() != null) {
                violations.add(new DomainException.Violation(at + "expenditureType", "only expenditure lines have one"));
            }
            if (grain.functionCode() == null && (expenditure || grain.flow() == Flow.INCOME)) {
                violations.add(new DomainException.Violation(at + "functionCode", grain.flow() + " lines need one"));
            } else if (grain.functionCode() != null) {
                codes.check(Catalog.FUNCTION, grain.functionCode(), at + "functionCode").ifPresent(violations::add);
            }
            if (expenditure && grain.economicCode() == null) {
                violations.add(new DomainException.Violation(at + "economicCode", "expenditure lines need one"));
            } else if (!expenditure && grain.economicCode() != null) {
                violations.add(new DomainException.Violation(at + "economicCode", "only expenditure lines have one"));
            } else if (expenditure) {
                codes.check(Catalog.ECONOMIC, grain.economicCode(), at + "economicCode").ifPresent(violations::add);
            }
        }
        if (!violations.isEmpty()) {
            throw DomainException.unprocessable(violations);
        }
    }

    Ledger lockLedger(String departmentCode, int fiscalYear, Long expectedRevision, boolean create) {
        if (create) {
            if (departments.findById(departmentCode) == null) {
                throw DomainException.notFound("departmentCode", "department " + departmentCode + " does not exist");
            }
            ledgers.ensureExists(departmentCode, fiscalYear);
        }
        Ledger ledger = ledgers.findForUpdate(departmentCode, fiscalYear).orElseThrow(() -> DomainException.notFound(
                "fiscalYear", "no ledger for department " + departmentCode + " and year " + fiscalYear));
        if (expectedRevision != null && expectedRevision != ledger.revision) {
            throw DomainException.preconditionFailed("If-Match", "the ledger is at revision " + ledger.revision
                    + ", not " + expectedRevision + ": reload it and apply the change again");
        }
        return ledger;
    }

    private Map<Grain, LedgerLine> linesByGrain(Ledger ledger) {
        Map<Grain, LedgerLine> byGrain = new HashMap<>();
        lines.listByLedger(ledger.id).forEach(line -> byGrain.put(Grain.of(line), line));
        return byGrain;
    }

    private ChangeResult apply(Ledger ledger, List<FigureChange> figures, String actor, String reason) {
        UUID eventId = UUID.randomUUID();
        long revision = ledger.revision + 1;
        Map<Grain, LedgerLine> existing = linesByGrain(ledger);
        Map<Grain, Boolean> created = new HashMap<>();
        for (FigureChange figure : figures) {
            if (figure.amount() != null && !existing.containsKey(figure.grain())) {
                created.put(figure.grain(), true);
                existing.put(figure.grain(), newLine(ledger, figure.grain()));
            }
        }
        if (!created.isEmpty()) {
            // audit rows reference lines by id only; insert the new lines before any of them (inserts are reordered)
            lines.flush();
        }
        List<LedgerChangedEvent.Change> changes = new ArrayList<>();
        LedgerLine last = null;
        for (FigureChange figure : figures) {
            LedgerLine line = existing.get(figure.grain());
            if (line == null) {
                continue; // clearing a figure that has no line: nothing to do
            }
            last = line;
            BigDecimal old = line.amount(figure.measure());
            if (sameAmount(old, figure.amount())) {
                continue;
            }
            line.setAmount(figure.measure(), figure.amount());
            audit(ledger.id, revision, line, figure.measure(), old, figure.amount(), reason, actor, eventId);
            changes.add(change(created.containsKey(figure.grain()) ? LedgerChangedEvent.FigureChange.LINE_ADDED
                    : LedgerChangedEvent.FigureChange.AMOUNT_AMENDED, line, figure.measure(), old, figure.amount()));
        }
        if (changes.isEmpty()) {
            return new ChangeResult(ledger.revision, last, false, null, 0);
        }
        ledger.revision = revision;
        publish(eventId, ledger, actor, reason, changes);
        return new ChangeResult(ledger.revision, last, true, eventId, changes.size());
    }

    private LedgerLine newLine(Ledger ledger, Grain grain) {
        LedgerLine line = new LedgerLine();
        line.ledgerId = ledger.id;
        line.flow = grain.flow();
        line.functionCode = grain.functionCode();
        line.economicCode = grain.economicCode();
        line.fundingSource = grain.fundingSource();
        line.expenditureType = grain.expenditureType();
        line.projectCode = grain.projectCode();
        lines.persist(line);
        return line;
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }

    private void audit(long ledgerId, long revision, LedgerLine line, Measure measure, BigDecimal old,
                       BigDecimal amount, String reason, String actor, UUID eventId) {
        Amendment a = new Amendment();
        a.ledgerId = ledgerId;
        a.revision = revision;
        a.lineId = line.id;
        a.measure = measure;
        a.oldAmount = old;
        a.newAmount = amount;
        a.reason = reason;
        a.actor = actor;
        a.eventId = eventId;
        a.recordedAt = Instant.now();
        amendments.persist(a);
    }

    void publish(UUID eventId, Ledger ledger, String actor, String reason,
                         List<LedgerChangedEvent.Change> changes) {
        boolean complete = changes.size() <= LedgerChangedEvent.MAX_CHANGES;
        LedgerChangedEvent event = new LedgerChangedEvent(eventId, LedgerChangedEvent.TYPE,
                LedgerChangedEvent.SCHEMA_VERSION, Instant.now(), ledger.departmentCode, ledger.fiscalYear,
                ledger.revision, actor, reason, changes.size(), complete,
                complete ? changes : List.copyOf(changes.subList(0, LedgerChangedEvent.MAX_CHANGES)));
        outbox.enqueue(eventId, ledger.aggregateKey(), LedgerChangedEvent.TYPE, event);
    }

    private static LedgerChangedEvent.Change change(String kind, LedgerLine line, Measure measure,
                                                    BigDecimal old, BigDecimal amount) {
        return new LedgerChangedEvent.FigureChange(kind, line.id, line.flow.name(), line.functionCode, line.economicCode,
                line.fundingSource.name(), line.expenditureType == null ? null : line.expenditureType.name(),
                line.projectCode, measure.name(),
                old == null ? null : old.toPlainString(), amount == null ? null : amount.toPlainString());
    }
}
