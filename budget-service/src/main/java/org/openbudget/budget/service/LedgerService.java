package org.openbudget.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openbudget.budget.domain.Amendment;
import org.openbudget.budget.domain.Catalog;
import org.openbudget.budget.domain.ExpenditureLine;
import org.openbudget.budget.domain.ExpenditureType;
import org.openbudget.budget.domain.FundingSource;
import org.openbudget.budget.domain.Ledger;
import org.openbudget.budget.domain.Measure;
import org.openbudget.budget.events.LedgerChangedEvent;
import org.openbudget.budget.repository.AmendmentRepository;
import org.openbudget.budget.repository.DepartmentRepository;
import org.openbudget.budget.repository.ExpenditureLineRepository;
import org.openbudget.budget.repository.LedgerRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Changes to a department-year ledger. Every change, its audit rows and its outbox event commit in one transaction,
 * under a row lock on the ledger so that revisions are consecutive.
 */
@ApplicationScoped
public class LedgerService {

    @Inject
    DepartmentRepository departments;

    @Inject
    LedgerRepository ledgers;

    @Inject
    ExpenditureLineRepository lines;

    @Inject
    AmendmentRepository amendments;

    @Inject
    OutboxService outbox;

    @Inject
    CatalogService catalogs;

    /** A line to add, with the measures known so far (at least one). */
    public record NewExpenditureLine(String functionCode, String economicCode, FundingSource fundingSource,
                                     ExpenditureType expenditureType, String projectCode,
                                     Map<Measure, BigDecimal> amounts) {
    }

    public record ChangeResult(long revision, ExpenditureLine line, boolean changed, UUID eventId) {
    }

    @Transactional
    public ChangeResult addLine(String departmentCode, int fiscalYear, NewExpenditureLine request, String actor,
                                String reason) {
        if (request.expenditureType() == ExpenditureType.PROJECT && request.projectCode() == null) {
            throw DomainException.unprocessable("projectCode", "项目支出 lines need a projectCode");
        }
        if (request.amounts().isEmpty()) {
            throw DomainException.unprocessable("amounts", "give at least one of initialBudget, adjustedBudget, finalAccount");
        }
        catalogs.requireLineCode(Catalog.FUNCTION, fiscalYear, request.functionCode(), "functionCode");
        catalogs.requireLineCode(Catalog.ECONOMIC, fiscalYear, request.economicCode(), "economicCode");
        Ledger ledger = lockOrCreateLedger(departmentCode, fiscalYear);
        if (lines.findAtGrain(ledger.id, request.functionCode(), request.economicCode(), request.fundingSource(),
                request.expenditureType(), request.projectCode()).isPresent()) {
            throw DomainException.conflict("functionCode", "a line with this function code, economic code, funding "
                    + "source, expenditure type and project already exists; amend it instead");
        }
        ExpenditureLine line = new ExpenditureLine();
        line.ledgerId = ledger.id;
        line.functionCode = request.functionCode();
        line.economicCode = request.economicCode();
        line.fundingSource = request.fundingSource();
        line.expenditureType = request.expenditureType();
        line.projectCode = request.projectCode();
        lines.persist(line);

        ledger.revision++;
        UUID eventId = UUID.randomUUID();
        List<LedgerChangedEvent.Change> changes = new ArrayList<>();
        for (Map.Entry<Measure, BigDecimal> amount : new EnumMap<>(request.amounts()).entrySet()) {
            line.setAmount(amount.getKey(), amount.getValue());
            audit(ledger, line, amount.getKey(), null, amount.getValue(), reason, actor, eventId);
            changes.add(change(LedgerChangedEvent.Change.LINE_ADDED, line, amount.getKey(), null, amount.getValue()));
        }
        publish(eventId, ledger, actor, reason, changes);
        return new ChangeResult(ledger.revision, line, true, eventId);
    }

    /** Sets one measure of one line. Setting the amount it already has changes nothing and emits nothing. */
    @Transactional
    public ChangeResult amend(String departmentCode, int fiscalYear, long lineId, Measure measure, BigDecimal amount,
                              String actor, String reason) {
        Ledger ledger = ledgers.findForUpdate(departmentCode, fiscalYear).orElseThrow(() -> DomainException.notFound(
                "fiscalYear", "no ledger for department " + departmentCode + " and year " + fiscalYear));
        ExpenditureLine line = Optional.ofNullable(lines.findById(lineId))
                .filter(l -> l.ledgerId.equals(ledger.id))
                .orElseThrow(() -> DomainException.notFound("lineId", "line " + lineId + " is not in this ledger"));
        BigDecimal old = line.amount(measure);
        if (old != null && amount != null && old.compareTo(amount) == 0 || old == null && amount == null) {
            return new ChangeResult(ledger.revision, line, false, null);
        }
        line.setAmount(measure, amount);
        ledger.revision++;
        UUID eventId = UUID.randomUUID();
        audit(ledger, line, measure, old, amount, reason, actor, eventId);
        publish(eventId, ledger, actor, reason,
                List.of(change(LedgerChangedEvent.Change.AMOUNT_AMENDED, line, measure, old, amount)));
        return new ChangeResult(ledger.revision, line, true, eventId);
    }

    public Ledger get(String departmentCode, int fiscalYear) {
        return ledgers.find(departmentCode, fiscalYear).orElseThrow(() -> DomainException.notFound(
                "fiscalYear", "no ledger for department " + departmentCode + " and year " + fiscalYear));
    }

    public List<ExpenditureLine> lines(Ledger ledger) {
        return lines.listByLedger(ledger.id);
    }

    public List<Amendment> history(Ledger ledger) {
        return amendments.listByLedger(ledger.id);
    }

    private Ledger lockOrCreateLedger(String departmentCode, int fiscalYear) {
        if (departments.findById(departmentCode) == null) {
            throw DomainException.notFound("departmentCode", "department " + departmentCode + " does not exist");
        }
        ledgers.ensureExists(departmentCode, fiscalYear);
        return ledgers.findForUpdate(departmentCode, fiscalYear).orElseThrow();
    }

    private void audit(Ledger ledger, ExpenditureLine line, Measure measure, BigDecimal old, BigDecimal amount,
                       String reason, String actor, UUID eventId) {
        Amendment a = new Amendment();
        a.ledgerId = ledger.id;
        a.revision = ledger.revision;
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

    private void publish(UUID eventId, Ledger ledger, String actor, String reason,
                         List<LedgerChangedEvent.Change> changes) {
        LedgerChangedEvent event = new LedgerChangedEvent(eventId, LedgerChangedEvent.TYPE,
                LedgerChangedEvent.SCHEMA_VERSION, Instant.now(), ledger.departmentCode, ledger.fiscalYear,
                ledger.revision, actor, reason, changes);
        outbox.enqueue(eventId, ledger.aggregateKey(), LedgerChangedEvent.TYPE, event);
    }

    private static LedgerChangedEvent.Change change(String kind, ExpenditureLine line, Measure measure,
                                                    BigDecimal old, BigDecimal amount) {
        return new LedgerChangedEvent.Change(kind, line.id, line.functionCode, line.economicCode,
                line.fundingSource.name(), line.expenditureType.name(), line.projectCode, measure.name(),
                old == null ? null : old.toPlainString(), amount == null ? null : amount.toPlainString());
    }
}
