package org.openbudget.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openbudget.performance.domain.Amendment;
import org.openbudget.performance.domain.Evaluation;
import org.openbudget.performance.domain.EvaluationStatus;
import org.openbudget.performance.domain.Goal;
import org.openbudget.performance.domain.GoalScope;
import org.openbudget.performance.domain.GoalSet;
import org.openbudget.performance.domain.GoalTerm;
import org.openbudget.performance.domain.Indicator;
import org.openbudget.performance.domain.ProjectDeclaration;
import org.openbudget.performance.domain.Subject;
import org.openbudget.performance.domain.scoring.ScoringPolicy;
import org.openbudget.performance.events.GoalsChangedEvent.ItemChange;
import org.openbudget.performance.repository.DeclarationRepository;
import org.openbudget.performance.repository.EvaluationRepository;
import org.openbudget.performance.repository.GoalRepository;
import org.openbudget.performance.repository.IndicatorRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A department-year's goals and 自评 as a file: export, and import as a replacement (all or nothing, one revision,
 * and nothing at all when the file says what is already there).
 */
@ApplicationScoped
public class ImportExportService {

    private static final Pattern PROJECT_CODE = Pattern.compile("[0-9A-Za-z]{1,40}");
    /** Department-wide first, then projects by code; long-term before annual; otherwise as listed. */
    private static final Comparator<GoalSetFile.GoalEntry> GOAL_ORDER = Comparator
            .comparing((GoalSetFile.GoalEntry g) -> g.scope() == null ? "" : g.scope().name())
            .thenComparing(g -> g.projectCode() == null ? "" : g.projectCode())
            .thenComparing(g -> g.term() == GoalTerm.LONG_TERM ? 0 : 1);

    private static final Comparator<GoalSetFile.EvaluationEntry> EVALUATION_ORDER = Comparator
            .comparing((GoalSetFile.EvaluationEntry e) -> e.scope().name())
            .thenComparing(e -> e.projectCode() == null ? "" : e.projectCode());

    @Inject
    GoalService goals;

    @Inject
    EvaluationService evaluationService;

    @Inject
    GoalRepository goalRepository;

    @Inject
    IndicatorRepository indicatorRepository;

    @Inject
    DeclarationRepository declarationRepository;

    @Inject
    EvaluationRepository evaluationRepository;

    @Inject
    ChangeRecorder recorder;

    @Inject
    ContentsLoader contentsLoader;

    @Inject
    PolicyCatalog policies;

    @Inject
    ValidationService validation;

    public GoalSetFile export(Contents c) {
        GoalSet set = c.set();
        List<GoalSetFile.DeclarationEntry> declarations = c.declarations().stream()
                .map(d -> new GoalSetFile.DeclarationEntry(d.projectCode, d.projectName, d.projectAttribute,
                        d.expenditureCategory, d.startYear, d.endYear, d.basis, d.plan)).toList();
        List<GoalSetFile.GoalEntry> goalEntries = new ArrayList<>();
        for (Goal g : c.goals()) {
            List<GoalSetFile.IndicatorEntry> indicators = c.indicatorsOf(g).stream()
                    .map(i -> GoalSetFile.IndicatorEntry.of(IndicatorFields.of(i), ActualFields.of(i))).toList();
            goalEntries.add(new GoalSetFile.GoalEntry(g.scope, g.projectCode, g.term, g.endYear, g.content, indicators));
        }
        List<GoalSetFile.EvaluationEntry> evaluations = c.evaluations().stream()
                .map(e -> new GoalSetFile.EvaluationEntry(e.scope, e.projectCode, e.status, e.deviationReason,
                        e.improvementMeasures)).toList();
        goalEntries.sort(GOAL_ORDER);
        List<GoalSetFile.DeclarationEntry> sortedDeclarations = new ArrayList<>(declarations);
        sortedDeclarations.sort(Comparator.comparing(GoalSetFile.DeclarationEntry::projectCode));
        List<GoalSetFile.EvaluationEntry> sortedEvaluations = new ArrayList<>(evaluations);
        sortedEvaluations.sort(EVALUATION_ORDER);
        return new GoalSetFile(GoalSetFile.FORMAT, set.departmentCode, set.fiscalYear,
                policies.forSet(set.policyId).id(), set.annualTasks, sortedDeclarations, goalEntries, sortedEvaluations);
    }

    public record ImportResult(ChangeRecorder.Committed commit, int goals, int indicators) {
    }

    @Transactional
    public ImportResult importFile(String departmentCode, int fiscalYear, Long expectedRevision, GoalSetFile file,
                                   String actor, String reason) {
        GoalSetFile wanted = normalise(file, fiscalYear);
        GoalSet set = goals.lock(departmentCode, fiscalYear, expectedRevision, true);
        Contents current = contentsLoader.load(set);
        int indicatorCount = wanted.goals().stream().mapToInt(g -> g.indicators().size()).sum();
        if (sameContent(export(current), wanted)) {
            return new ImportResult(new ChangeRecorder.Committed(set.revision, false, null), wanted.goals().size(),
                    indicatorCount);
        }
        ChangeSet changes = recorder.begin(set, actor, reason);
        // out with the old: goals (with their indicators and 自评 inputs), declarations, evaluations
        for (Evaluation e : current.evaluations()) {
            changes.item(ItemChange.EVALUATION_SET, Amendment.EntityKind.EVALUATION, e.id, e.subject(), "status",
                    e.status, null);
            evaluationRepository.delete(e);
        }
        for (Goal g : current.goals()) {
            goals.removeGoal(changes, g);
        }
        for (ProjectDeclaration d : current.declarations()) {
            GoalService.recordDeclaration(changes, d.projectCode, GoalService.Declaration.of(d), null);
            declarationRepository.delete(d);
        }
        goalRepository.flush();
        // in with the new
        String policyId = wanted.policyId();
        changes.item(ItemChange.GOAL_SET_SET, Amendment.EntityKind.GOAL_SET, null, null, "policyId",
                policies.forSet(set.policyId).id(), policyId);
        set.policyId = policyId;
        changes.item(ItemChange.GOAL_SET_SET, Amendment.EntityKind.GOAL_SET, null, null, "annualTasks",
                set.annualTasks, wanted.annualTasks());
        set.annualTasks = wanted.annualTasks();
        for (GoalSetFile.DeclarationEntry d : wanted.declarations()) {
            goals.setDeclaration(changes, d.projectCode(), new GoalService.Declaration(d.projectName(),
                    d.projectAttribute(), d.expenditureCategory(), d.startYear(), d.endYear(), d.basis(), d.plan()));
        }
        Map<Subject, Map<Long, ActualFields>> actuals = new LinkedHashMap<>();
        for (GoalSetFile.GoalEntry entry : wanted.goals()) {
            Goal goal = new Goal();
            goal.goalSetId = set.id;
            goal.scope = entry.scope();
            goal.projectCode = entry.projectCode();
            goal.term = entry.term();
            goal.endYear = entry.endYear();
            goal.content = entry.content();
            goalRepository.persist(goal);
            goals.recordGoalAdded(changes, goal);
            for (GoalSetFile.IndicatorEntry ie : entry.indicators()) {
                Indicator i = goals.addIndicator(changes, goal, ie.fields());
                ActualFields a = ie.actuals();
                if (!a.isEmpty()) {
                    actuals.computeIfAbsent(goal.subject(), s -> new LinkedHashMap<>()).put(i.id, a);
                }
            }
        }
        Map<Subject, GoalSetFile.EvaluationEntry> evaluations = new LinkedHashMap<>();
        wanted.evaluations().forEach(e -> evaluations.put(new Subject(e.scope(), e.projectCode()), e));
        actuals.keySet().forEach(s -> evaluations.putIfAbsent(s,
                new GoalSetFile.EvaluationEntry(s.scope(), s.projectCode(), EvaluationStatus.DRAFT, null, null)));
        Contents added = contentsLoader.load(set);
        for (GoalSetFile.EvaluationEntry e : evaluations.values()) {
            Subject subject = new Subject(e.scope(), e.projectCode());
            evaluationService.apply(changes, added, subject, e.deviationReason(), e.improvementMeasures(),
                    actuals.getOrDefault(subject, Map.of()), EvaluationStatus.DRAFT);
        }
        List<DomainException.Error> blocking = new ArrayList<>();
        Contents result = contentsLoader.load(set);
        for (GoalSetFile.EvaluationEntry e : evaluations.values()) {
            if (e.status() == EvaluationStatus.FINALISED) {
                Subject subject = new Subject(e.scope(), e.projectCode());
                validation.blocking(result, subject).forEach(f -> blocking.add(new DomainException.Error(
                        "evaluations[" + subject.key() + "]", f.ruleId() + " " + f.location() + ": " + f.en())));
                Evaluation evaluation = evaluationRepository.find(set.id, subject).orElseThrow();
                changes.item(ItemChange.EVALUATION_SET, Amendment.EntityKind.EVALUATION, evaluation.id, subject,
                        "status", evaluation.status, EvaluationStatus.FINALISED);
                evaluation.status = EvaluationStatus.FINALISED;
            }
        }
        GoalService.throwIfAny(blocking);
        return new ImportResult(recorder.commit(changes), wanted.goals().size(), indicatorCount);
    }

    /**
     * Checks the whole file before anything changes, naming every offending entry by its path in the file; returns
     * it trimmed, defaulted and in canonical order.
     */
    GoalSetFile normalise(GoalSetFile file, int fiscalYear) {
        List<DomainException.Error> errors = new ArrayList<>();
        if (file.format() != null && !GoalSetFile.FORMAT.equals(file.format())) {
            errors.add(new DomainException.Error("format", "must be " + GoalSetFile.FORMAT));
        }
        String policyId = file.policyId() == null ? policies.defaultPolicyId() : file.policyId().strip();
        ScoringPolicy policy = policies.find(policyId).orElse(null);
        if (policy == null) {
            errors.add(new DomainException.Error("policyId", "unknown scoring policy " + policyId));
            policy = policies.forSet(null);
        }
        List<GoalSetFile.DeclarationEntry> declarations = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        List<GoalSetFile.DeclarationEntry> inDecl = file.declarations() == null ? List.of() : file.declarations();
        for (int k = 0; k < inDecl.size(); k++) {
            GoalSetFile.DeclarationEntry d = inDecl.get(k);
            String path = "declarations[" + k + "].";
            if (d == null) {
                errors.add(new DomainException.Error("declarations[" + k + "]", "must not be null"));
                continue;
            }
            checkProjectCode(d.projectCode(), path + "projectCode", errors);
            if (d.projectCode() != null && !declared.add(d.projectCode())) {
                errors.add(new DomainException.Error(path + "projectCode", "project " + d.projectCode()
                        + " is declared twice (a code names one project; seed 001 gives 政府买岗经费 the code of 医保基金监管经费)"));
            }
            GoalService.Declaration dd = new GoalService.Declaration(d.projectName(), d.projectAttribute(),
                    d.expenditureCategory(), d.startYear(), d.endYear(), d.basis(), d.plan()).normalised();
            GoalService.checkDeclaration(dd, path, errors);
            checkYear(d.startYear(), path + "startYear", errors);
            checkYear(d.endYear(), path + "endYear", errors);
            declarations.add(new GoalSetFile.DeclarationEntry(d.projectCode(), dd.projectName(), dd.projectAttribute(),
                    dd.expenditureCategory(), dd.startYear(), dd.endYear(), dd.basis(), dd.plan()));
        }
        List<GoalSetFile.GoalEntry> goalEntries = new ArrayList<>();
        List<GoalSetFile.GoalEntry> inGoals = file.goals() == null ? List.of() : file.goals();
        for (int g = 0; g < inGoals.size(); g++) {
            GoalSetFile.GoalEntry entry = inGoals.get(g);
            String path = "goals[" + g + "].";
            if (entry == null) {
                errors.add(new DomainException.Error("goals[" + g + "]", "must not be null"));
                continue;
            }
            if (entry.scope() == null) {
                errors.add(new DomainException.Error(path + "scope", "must not be null"));
            }
            if (entry.term() == null) {
                errors.add(new DomainException.Error(path + "term", "must not be null"));
            }
            if (entry.projectCode() != null) {
                checkProjectCode(entry.projectCode(), path + "projectCode", errors);
            }
            checkYear(entry.endYear(), path + "endYear", errors);
            GoalService.checkGoal(entry.scope(), entry.projectCode(), entry.term(), entry.endYear(), fiscalYear, path,
                    errors);
            if (entry.content() != null && entry.content().length() > 4000) {
                errors.add(new DomainException.Error(path + "content", "at most 4000 characters"));
            }
            List<GoalSetFile.IndicatorEntry> indicators = new ArrayList<>();
            List<GoalSetFile.IndicatorEntry> inIndicators = entry.indicators() == null ? List.of() : entry.indicators();
            for (int i = 0; i < inIndicators.size(); i++) {
                GoalSetFile.IndicatorEntry ie = inIndicators.get(i);
                String ipath = path + "indicators[" + i + "].";
                if (ie == null) {
                    errors.add(new DomainException.Error(path + "indicators[" + i + "]", "must not be null"));
                    continue;
                }
                if (ie.level1() == null) {
                    errors.add(new DomainException.Error(ipath + "level1", "must not be null"));
                }
                if (ie.level2() == null) {
                    errors.add(new DomainException.Error(ipath + "level2", "must not be null"));
                }
                IndicatorFields f = ie.fields().normalised();
                goals.checkIndicator(f, ipath, errors);
                ActualFields a = ie.actuals().normalised();
                if (!a.isEmpty()) {
                    if (entry.term() != GoalTerm.ANNUAL) {
                        errors.add(new DomainException.Error(ipath + "actual",
                                "only indicators of annual goals are self-evaluated"));
                    } else {
                        Indicator probe = new Indicator();
                        f.applyTo(probe);
                        evaluationService.checkActual(probe, a, policy, ipath, errors);
                    }
                }
                indicators.add(GoalSetFile.IndicatorEntry.of(f, a));
            }
            goalEntries.add(new GoalSetFile.GoalEntry(entry.scope(), entry.projectCode(), entry.term(),
                    entry.endYear(), Texts.clean(entry.content()), indicators));
        }
        List<GoalSetFile.EvaluationEntry> evaluations = new ArrayList<>();
        Set<Subject> evaluated = new HashSet<>();
        List<GoalSetFile.EvaluationEntry> inEval = file.evaluations() == null ? List.of() : file.evaluations();
        for (int k = 0; k < inEval.size(); k++) {
            GoalSetFile.EvaluationEntry e = inEval.get(k);
            String path = "evaluations[" + k + "].";
            if (e == null || e.scope() == null) {
                errors.add(new DomainException.Error(path + "scope", "must not be null"));
                continue;
            }
            if ((e.scope() == GoalScope.PROJECT) != (e.projectCode() != null)) {
                errors.add(new DomainException.Error(path + "projectCode",
                        "a project's evaluation names its project; the department-wide one none"));
                continue;
            }
            Subject subject = new Subject(e.scope(), e.projectCode());
            if (!evaluated.add(subject)) {
                errors.add(new DomainException.Error(path + "scope", subject.key() + " is evaluated twice"));
            }
            boolean hasAnnual = goalEntries.stream().anyMatch(g -> new Subject(g.scope(), g.projectCode()).equals(subject)
                    && g.term() == GoalTerm.ANNUAL && !g.indicators().isEmpty());
            if (!hasAnnual) {
                errors.add(new DomainException.Error(path + "scope", subject.key()
                        + " has no annual goal with indicators to evaluate"));
            }
            evaluations.add(new GoalSetFile.EvaluationEntry(e.scope(), e.projectCode(),
                    e.status() == null ? EvaluationStatus.DRAFT : e.status(), Texts.clean(e.deviationReason()),
                    Texts.clean(e.improvementMeasures())));
        }
        GoalService.throwIfAny(errors);
        goalEntries.sort(GOAL_ORDER);
        declarations.sort(Comparator.comparing(GoalSetFile.DeclarationEntry::projectCode));
        evaluations.sort(EVALUATION_ORDER);
        return new GoalSetFile(GoalSetFile.FORMAT, file.departmentCode(), file.fiscalYear(), policyId,
                Texts.clean(file.annualTasks()), declarations, goalEntries, evaluations);
    }

    private static void checkProjectCode(String code, String field, List<DomainException.Error> errors) {
        if (code == null || !PROJECT_CODE.matcher(code).matches()) {
            errors.add(new DomainException.Error(field, "must be 1 to 40 letters or digits"));
        }
    }

    private static void checkYear(Integer year, String field, List<DomainException.Error> errors) {
        if (year != null && (year < 1990 || year > 2200)) {
            errors.add(new DomainException.Error(field, "must be a year from 1990 to 2200"));
        }
    }

    /** Equal in everything a file states (the department-year it came from aside). */
    private static boolean sameContent(GoalSetFile current, GoalSetFile wanted) {
        Map<Subject, GoalSetFile.EvaluationEntry> implicit = new HashMap<>();
        for (GoalSetFile.GoalEntry g : wanted.goals()) {
            boolean hasActuals = g.indicators().stream().anyMatch(i -> !i.actuals().isEmpty());
            Subject s = new Subject(g.scope(), g.projectCode());
            if (hasActuals && wanted.evaluations().stream().noneMatch(e -> new Subject(e.scope(), e.projectCode()).equals(s))) {
                implicit.put(s, new GoalSetFile.EvaluationEntry(s.scope(), s.projectCode(), EvaluationStatus.DRAFT, null, null));
            }
        }
        List<GoalSetFile.EvaluationEntry> wantedEvaluations = new ArrayList<>(wanted.evaluations());
        wantedEvaluations.addAll(implicit.values());
        wantedEvaluations.sort(EVALUATION_ORDER);
        return Objects.equals(current.policyId(), wanted.policyId())
                && Objects.equals(current.annualTasks(), wanted.annualTasks())
                && current.declarations().equals(wanted.declarations())
                && current.goals().equals(wanted.goals())
                && current.evaluations().equals(wantedEvaluations);
    }
}
