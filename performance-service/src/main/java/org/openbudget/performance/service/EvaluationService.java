package org.openbudget.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openbudget.performance.domain.Amendment;
import org.openbudget.performance.domain.Evaluation;
import org.openbudget.performance.domain.EvaluationStatus;
import org.openbudget.performance.domain.GoalSet;
import org.openbudget.performance.domain.Indicator;
import org.openbudget.performance.domain.Subject;
import org.openbudget.performance.domain.scoring.ScoringEngine;
import org.openbudget.performance.domain.scoring.ScoringPolicy;
import org.openbudget.performance.domain.target.Target;
import org.openbudget.performance.domain.target.TargetParser;
import org.openbudget.performance.events.GoalsChangedEvent.ItemChange;
import org.openbudget.performance.repository.EvaluationRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 绩效自评: a subject's 实际完成值 and assessments per indicator and its form-level texts; finalising checks that it
 * is complete. 预算数 and 执行数 are never entered here: they come from budget-service's events.
 */
@ApplicationScoped
public class EvaluationService {

    @Inject
    GoalService goals;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    ChangeRecorder recorder;

    @Inject
    ContentsLoader contentsLoader;

    @Inject
    Targets targets;

    @Inject
    ValidationService validation;

    public record IndicatorActual(Long indicatorId, ActualFields fields) {
    }

    public record EvaluationInput(String deviationReason, String improvementMeasures, List<IndicatorActual> indicators) {
    }

    /**
     * Replaces the subject's 自评: the listed indicators get the given inputs, the subject's other annual indicators
     * none. Creates the evaluation (as a draft) on first use.
     */
    @Transactional
    public ChangeRecorder.Committed set(String departmentCode, int fiscalYear, Long expectedRevision, Subject subject,
                                        EvaluationInput input, String actor, String reason) {
        GoalSet set = goals.lock(departmentCode, fiscalYear, expectedRevision, false);
        Contents contents = contentsLoader.load(set);
        Map<Long, ActualFields> wanted = check(contents, subject, input);
        ChangeSet changes = recorder.begin(set, actor, reason);
        apply(changes, contents, subject, Texts.clean(input.deviationReason()),
                Texts.clean(input.improvementMeasures()), wanted, null);
        return recorder.commit(changes);
    }

    @Transactional
    public ChangeRecorder.Committed finalise(String departmentCode, int fiscalYear, Long expectedRevision,
                                             Subject subject, String actor, String reason) {
        GoalSet set = goals.lock(departmentCode, fiscalYear, expectedRevision, false);
        Evaluation evaluation = existing(set, subject);
        if (evaluation.status == EvaluationStatus.FINALISED) {
            return new ChangeRecorder.Committed(set.revision, false, null);
        }
        List<DomainException.Error> blocking = validation.blocking(contentsLoader.load(set), subject).stream()
                .map(f -> new DomainException.Error(f.ruleId() + " " + f.location(), f.en() + ": expected "
                        + f.expected() + ", found " + f.actual()))
                .toList();
        if (!blocking.isEmpty()) {
            throw DomainException.unprocessable(blocking);
        }
        ChangeSet changes = recorder.begin(set, actor, reason);
        changes.item(ItemChange.EVALUATION_SET, Amendment.EntityKind.EVALUATION, evaluation.id, subject, "status",
                evaluation.status, EvaluationStatus.FINALISED);
        evaluation.status = EvaluationStatus.FINALISED;
        return recorder.commit(changes);
    }

    @Transactional
    public ChangeRecorder.Committed reopen(String departmentCode, int fiscalYear, Long expectedRevision,
                                           Subject subject, String actor, String reason) {
        GoalSet set = goals.lock(departmentCode, fiscalYear, expectedRevision, false);
        Evaluation evaluation = existing(set, subject);
        ChangeSet changes = recorder.begin(set, actor, reason);
        changes.item(ItemChange.EVALUATION_SET, Amendment.EntityKind.EVALUATION, evaluation.id, subject, "status",
                evaluation.status, EvaluationStatus.DRAFT);
        evaluation.status = EvaluationStatus.DRAFT;
        return recorder.commit(changes);
    }

    public Evaluation find(Contents contents, Subject subject) {
        return contents.evaluations().stream().filter(e -> e.subject().equals(subject)).findFirst()
                .orElseThrow(() -> DomainException.notFound(subject.scope() == org.openbudget.performance.domain.GoalScope.PROJECT
                        ? "projectCode" : "scope", "no self-evaluation of " + subject.key() + " in this goal set"));
    }

    private Evaluation existing(GoalSet set, Subject subject) {
        return evaluations.find(set.id, subject).orElseThrow(() -> DomainException.notFound(
                subject.projectCode() != null ? "projectCode" : "scope",
                "no self-evaluation of " + subject.key() + " in this goal set"));
    }

    /**
     * Checks a subject's 自评 input against its indicators and the department-year's policy; returns the inputs per
     * indicator id (normalised) or throws every error at once.
     */
    Map<Long, ActualFields> check(Contents contents, Subject subject, EvaluationInput input) {
        return check(contents, subject, input, "");
    }

    Map<Long, ActualFields> check(Contents contents, Subject subject, EvaluationInput input, String path) {
        List<DomainException.Error> errors = new ArrayList<>();
        List<Indicator> annual = contents.annualIndicatorsOf(subject);
        if (annual.isEmpty()) {
            throw DomainException.unprocessable(subject.projectCode() != null ? path + "projectCode" : path + "scope",
                    subject.key() + " has no annual goal with indicators to evaluate");
        }
        Map<Long, Indicator> byId = new HashMap<>();
        annual.forEach(i -> byId.put(i.id, i));
        Map<Long, ActualFields> wanted = new LinkedHashMap<>();
        List<IndicatorActual> listed = input.indicators() == null ? List.of() : input.indicators();
        for (int k = 0; k < listed.size(); k++) {
            String at = path + "indicators[" + k + "].";
            IndicatorActual item = listed.get(k);
            Indicator indicator = item.indicatorId() == null ? null : byId.get(item.indicatorId());
            if (indicator == null) {
                errors.add(new DomainException.Error(at + "indicatorId", "indicator " + item.indicatorId()
                        + " is not an indicator of an annual goal of " + subject.key()));
                continue;
            }
            if (wanted.containsKey(indicator.id)) {
                errors.add(new DomainException.Error(at + "indicatorId", "indicator " + indicator.id + " is listed twice"));
                continue;
            }
            ActualFields fields = item.fields().normalised();
            checkActual(indicator, fields, contents.policy(), at, errors);
            wanted.put(indicator.id, fields);
        }
        GoalService.throwIfAny(errors);
        return wanted;
    }

    void checkActual(Indicator indicator, ActualFields a, ScoringPolicy policy, String at,
                     List<DomainException.Error> errors) {
        TargetParser.Result parsedTarget = targets.targetOf(indicator);
        Target target = parsedTarget.ok() ? parsedTarget.target() : null;
        Target actual = targets.actualOf(a.actual());
        if (a.actual() == null && (a.tier() != null || a.deduction() != null)) {
            errors.add(new DomainException.Error(at + "actual", "a tier or a deduction needs the 实际完成值 it judges"));
        }
        if (a.tier() != null) {
            ScoringPolicy.Tier tier = policy.tier(a.tier()).orElse(null);
            if (tier == null) {
                errors.add(new DomainException.Error(at + "tier", "policy " + policy.id() + " has tiers "
                        + String.join(", ", policy.tiers().stream().map(ScoringPolicy.Tier::tier).toList())
                        + ", not " + a.tier()));
            } else if (a.tierPercent() == null && tier.defaultPercent() == null) {
                errors.add(new DomainException.Error(at + "tierPercent", "tier " + tier.tier() + " (" + tier.zh()
                        + ") needs the assessor's percentage in " + tier.range()));
            } else if (a.tierPercent() != null && !tier.contains(a.tierPercent())) {
                errors.add(new DomainException.Error(at + "tierPercent", a.tierPercent().toPlainString()
                        + "% is outside tier " + tier.tier() + "'s range " + tier.range()));
            }
            if (ScoringEngine.scoredByFormula(target, actual)) {
                errors.add(new DomainException.Error(at + "tier", "'" + indicator.target + "' and '" + a.actual()
                        + "' are quantities the formula scores; a tier is for qualitative indicators (use deduction"
                        + " to take points off)"));
            }
        } else if (a.tierPercent() != null) {
            errors.add(new DomainException.Error(at + "tierPercent", "a percentage needs its tier"));
        }
        if (a.tier() == null && target != null && target.isQuantitative() && actual != null) {
            if (!actual.isQuantitative()) {
                TargetParser.Result why = targets.parse(a.actual(), null);
                errors.add(new DomainException.Error(at + "actual", "cannot read '" + a.actual()
                        + "' as a quantity to compare with the target '" + indicator.target + "': " + why.explanation()
                        + "; give a number such as '95%' or the assessor's tier"));
            } else if (!ScoringEngine.scoredByFormula(target, actual)) {
                errors.add(new DomainException.Error(at + "actual", "'" + a.actual() + "' is in "
                        + unitName(actual) + ", the target '" + indicator.target + "' in " + unitName(target)
                        + ": they cannot be compared"));
            }
        }
        if (a.deduction() != null && a.deduction().stripTrailingZeros().scale() > 2) {
            errors.add(new DomainException.Error(at + "deduction", "at most two decimals"));
        }
        if (a.deduction() != null && a.deductionReason() == null) {
            errors.add(new DomainException.Error(at + "deductionReason", "a deduction needs its reason"));
        }
    }

    private static String unitName(Target t) {
        return t.unit().text().isEmpty() ? "no unit" : t.unit().text();
    }

    /**
     * Writes a subject's 自评 into the change set: form texts and, for every annual indicator, the wanted inputs
     * (none where not listed). {@code status} null keeps the status (a new evaluation starts as a draft).
     */
    void apply(ChangeSet changes, Contents contents, Subject subject, String deviationReason,
               String improvementMeasures, Map<Long, ActualFields> wanted, EvaluationStatus status) {
        Evaluation evaluation = evaluations.find(changes.set().id, subject).orElse(null);
        if (evaluation != null && evaluation.status == EvaluationStatus.FINALISED && status == null) {
            throw DomainException.conflict(subject.projectCode() != null ? "projectCode" : "scope",
                    "the self-evaluation of " + subject.key() + " is finalised; reopen it to change it");
        }
        if (evaluation == null) {
            evaluation = new Evaluation();
            evaluation.goalSetId = changes.set().id;
            evaluation.scope = subject.scope();
            evaluation.projectCode = subject.projectCode();
            evaluation.status = EvaluationStatus.DRAFT;
            evaluations.persist(evaluation);
            changes.item(ItemChange.EVALUATION_SET, Amendment.EntityKind.EVALUATION, evaluation.id, subject, "status",
                    null, EvaluationStatus.DRAFT);
        }
        changes.item(ItemChange.EVALUATION_SET, Amendment.EntityKind.EVALUATION, evaluation.id, subject,
                "deviationReason", evaluation.deviationReason, deviationReason);
        changes.item(ItemChange.EVALUATION_SET, Amendment.EntityKind.EVALUATION, evaluation.id, subject,
                "improvementMeasures", evaluation.improvementMeasures, improvementMeasures);
        evaluation.deviationReason = deviationReason;
        evaluation.improvementMeasures = improvementMeasures;
        if (status != null && status != evaluation.status) {
            changes.item(ItemChange.EVALUATION_SET, Amendment.EntityKind.EVALUATION, evaluation.id, subject, "status",
                    evaluation.status, status);
            evaluation.status = status;
        }
        for (Indicator i : contents.annualIndicatorsOf(subject)) {
            ActualFields before = ActualFields.of(i);
            ActualFields after = wanted.getOrDefault(i.id, ActualFields.NONE);
            if (!Objects.equals(before, after)) {
                GoalService.recordActuals(changes, i, subject, before, after);
                after.applyTo(i);
            }
        }
    }
}
