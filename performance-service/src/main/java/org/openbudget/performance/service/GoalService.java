package org.openbudget.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.openbudget.performance.domain.Amendment;
import org.openbudget.performance.domain.Goal;
import org.openbudget.performance.domain.GoalScope;
import org.openbudget.performance.domain.GoalSet;
import org.openbudget.performance.domain.GoalTerm;
import org.openbudget.performance.domain.Indicator;
import org.openbudget.performance.domain.ProjectDeclaration;
import org.openbudget.performance.domain.Subject;
import org.openbudget.performance.domain.target.Comparator;
import org.openbudget.performance.domain.target.TargetParser;
import org.openbudget.performance.events.GoalsChangedEvent.GoalChange;
import org.openbudget.performance.events.GoalsChangedEvent.ItemChange;
import org.openbudget.performance.repository.AmendmentRepository;
import org.openbudget.performance.repository.DeclarationRepository;
import org.openbudget.performance.repository.GoalRepository;
import org.openbudget.performance.repository.GoalSetRepository;
import org.openbudget.performance.repository.IndicatorRepository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Changes to a department-year's goals, indicators, project declarations, 年度工作任务 and policy choice. Every
 * method locks the goal set, checks the caller's expected revision (If-Match), validates everything before
 * changing anything, and commits one revision with its audit rows and its outbox event.
 */
@ApplicationScoped
public class GoalService {

    static final BigDecimal HUNDRED = new BigDecimal("100");

    @Inject
    GoalSetRepository goalSets;

    @Inject
    GoalRepository goals;

    @Inject
    IndicatorRepository indicators;

    @Inject
    DeclarationRepository declarations;

    @Inject
    AmendmentRepository amendments;

    @Inject
    ChangeRecorder recorder;

    @Inject
    Targets targets;

    @Inject
    PolicyCatalog policies;

    @Inject
    ContentsLoader contentsLoader;

    public record NewGoal(GoalScope scope, String projectCode, GoalTerm term, Integer endYear, String content,
                          List<IndicatorFields> indicators) {
    }

    public record Declaration(String projectName, String projectAttribute, String expenditureCategory,
                              Integer startYear, Integer endYear, String basis, String plan) {

        static Declaration of(ProjectDeclaration d) {
            return new Declaration(d.projectName, d.projectAttribute, d.expenditureCategory, d.startYear, d.endYear,
                    d.basis, d.plan);
        }

        Declaration normalised() {
            return new Declaration(Texts.clean(projectName), Texts.clean(projectAttribute),
                    Texts.clean(expenditureCategory), startYear, endYear, Texts.clean(basis), Texts.clean(plan));
        }
    }

    public record GoalResult(ChangeRecorder.Committed commit, Goal goal, List<Indicator> indicators) {
    }

    public record Result(ChangeRecorder.Committed commit) {
    }

    // ---- reads

    public GoalSet get(String departmentCode, int fiscalYear) {
        return goalSets.find(departmentCode, fiscalYear).orElseThrow(() -> DomainException.notFound(
                "fiscalYear", "no goals for department " + departmentCode + " and year " + fiscalYear));
    }

    public Contents contents(String departmentCode, int fiscalYear) {
        return contentsLoader.load(get(departmentCode, fiscalYear));
    }

    public List<Amendment> history(GoalSet set) {
        return amendments.listBySet(set.id);
    }

    // ---- goals

    @Transactional
    public GoalResult addGoal(String departmentCode, int fiscalYear, Long expectedRevision, NewGoal request,
                              String actor, String reason) {
        List<DomainException.Error> errors = new ArrayList<>();
        checkGoal(request.scope(), request.projectCode(), request.term(), request.endYear(), fiscalYear, "", errors);
        List<IndicatorFields> fields = request.indicators() == null ? List.of()
                : request.indicators().stream().map(IndicatorFields::normalised).toList();
        for (int k = 0; k < fields.size(); k++) {
            checkIndicator(fields.get(k), "indicators[" + k + "].", errors);
        }
        throwIfAny(errors);
        GoalSet set = lock(departmentCode, fiscalYear, expectedRevision, true);
        ChangeSet changes = recorder.begin(set, actor, reason);
        Goal goal = new Goal();
        goal.goalSetId = set.id;
        goal.scope = request.scope();
        goal.projectCode = request.projectCode();
        goal.term = request.term();
        goal.endYear = request.endYear();
        goal.content = Texts.clean(request.content());
        goals.persist(goal);
        recordGoalAdded(changes, goal);
        List<Indicator> added = new ArrayList<>();
        for (IndicatorFields f : fields) {
            added.add(addIndicator(changes, goal, f));
        }
        return new GoalResult(recorder.commit(changes), goal, added);
    }

    /** Replaces a goal's content and 截止年; the same values again change nothing and emit nothing. */
    @Transactional
    public GoalResult amendGoal(String departmentCode, int fiscalYear, Long expectedRevision, long goalId,
                                String content, Integer endYear, boolean endYearGiven, String actor, String reason) {
        GoalSet set = lock(departmentCode, fiscalYear, expectedRevision, false);
        Goal goal = goalIn(set, goalId);
        Integer newEndYear = endYearGiven ? endYear : goal.endYear;
        List<DomainException.Error> errors = new ArrayList<>();
        checkGoal(goal.scope, goal.projectCode, goal.term, newEndYear, fiscalYear, "", errors);
        throwIfAny(errors);
        ChangeSet changes = recorder.begin(set, actor, reason);
        String newContent = Texts.clean(content);
        changes.goal(GoalChange.GOAL_AMENDED, goal, "content", goal.content, newContent);
        changes.goal(GoalChange.GOAL_AMENDED, goal, "endYear", goal.endYear, newEndYear);
        goal.content = newContent;
        goal.endYear = newEndYear;
        return new GoalResult(recorder.commit(changes), goal, indicators.listByGoal(goal.id));
    }

    @Transactional
    public Result removeGoal(String departmentCode, int fiscalYear, Long expectedRevision, long goalId, String actor,
                             String reason) {
        GoalSet set = lock(departmentCode, fiscalYear, expectedRevision, false);
        Goal goal = goalIn(set, goalId);
        ChangeSet changes = recorder.begin(set, actor, reason);
        removeGoal(changes, goal);
        return new Result(recorder.commit(changes));
    }

    // ---- indicators

    @Transactional
    public GoalResult addIndicators(String departmentCode, int fiscalYear, Long expectedRevision, long goalId,
                                    List<IndicatorFields> request, String actor, String reason) {
        List<IndicatorFields> fields = request.stream().map(IndicatorFields::normalised).toList();
        List<DomainException.Error> errors = new ArrayList<>();
        for (int k = 0; k < fields.size(); k++) {
            checkIndicator(fields.get(k), "indicators[" + k + "].", errors);
        }
        throwIfAny(errors);
        GoalSet set = lock(departmentCode, fiscalYear, expectedRevision, false);
        Goal goal = goalIn(set, goalId);
        ChangeSet changes = recorder.begin(set, actor, reason);
        List<Indicator> added = new ArrayList<>();
        for (IndicatorFields f : fields) {
            added.add(addIndicator(changes, goal, f));
        }
        return new GoalResult(recorder.commit(changes), goal, added);
    }

    public record IndicatorResult(ChangeRecorder.Committed commit, Indicator indicator) {
    }

    /** Replaces what was declared about an indicator; its 自评 inputs stay. */
    @Transactional
    public IndicatorResult replaceIndicator(String departmentCode, int fiscalYear, Long expectedRevision,
                                            long indicatorId, IndicatorFields request, String actor, String reason) {
        IndicatorFields fields = request.normalised();
        List<DomainException.Error> errors = new ArrayList<>();
        checkIndicator(fields, "indicator.", errors);
        throwIfAny(errors);
        GoalSet set = lock(departmentCode, fiscalYear, expectedRevision, false);
        Indicator indicator = indicatorIn(set, indicatorId);
        Goal goal = goals.findById(indicator.goalId);
        ChangeSet changes = recorder.begin(set, actor, reason);
        recordIndicatorFields(changes, ItemChange.INDICATOR_AMENDED, indicator, goal.subject(),
                IndicatorFields.of(indicator), fields);
        fields.applyTo(indicator);
        return new IndicatorResult(recorder.commit(changes), indicator);
    }

    @Transactional
    public Result removeIndicator(String departmentCode, int fiscalYear, Long expectedRevision, long indicatorId,
                                  String actor, String reason) {
        GoalSet set = lock(departmentCode, fiscalYear, expectedRevision, false);
        Indicator indicator = indicatorIn(set, indicatorId);
        Goal goal = goals.findById(indicator.goalId);
        ChangeSet changes = recorder.begin(set, actor, reason);
        removeIndicator(changes, indicator, goal.subject());
        return new Result(recorder.commit(changes));
    }

    // ---- declarations, 年度工作任务, policy

    /**
     * Declares a project ({@code create}: refused with 409 when the code already has a declaration, so that a second
     * project cannot take a code by mistake, as 政府买岗经费 took 医保基金监管经费's in seed 001) or replaces an
     * existing declaration (404 when there is none).
     */
    @Transactional
    public Result setDeclaration(String departmentCode, int fiscalYear, Long expectedRevision, String projectCode,
                                 Declaration request, boolean create, String actor, String reason) {
        Declaration d = request.normalised();
        List<DomainException.Error> errors = new ArrayList<>();
        checkDeclaration(d, "", errors);
        throwIfAny(errors);
        GoalSet set = lock(departmentCode, fiscalYear, expectedRevision, create);
        Optional<ProjectDeclaration> existing = declarations.find(set.id, projectCode);
        if (create && existing.isPresent()) {
            throw DomainException.conflict("projectCode", "project " + projectCode + " is already declared as '"
                    + existing.get().projectName + "'; a code names one project (PUT …/declarations/" + projectCode
                    + " amends that declaration)");
        }
        if (!create && existing.isEmpty()) {
            throw DomainException.notFound("projectCode", "project " + projectCode + " has no declaration to amend");
        }
        ChangeSet changes = recorder.begin(set, actor, reason);
        setDeclaration(changes, projectCode, d);
        return new Result(recorder.commit(changes));
    }

    @Transactional
    public Result removeDeclaration(String departmentCode, int fiscalYear, Long expectedRevision, String projectCode,
                                    String actor, String reason) {
        GoalSet set = lock(departmentCode, fiscalYear, expectedRevision, false);
        ProjectDeclaration existing = declarations.find(set.id, projectCode).orElseThrow(() -> DomainException.notFound(
                "projectCode", "project " + projectCode + " has no declaration in this goal set"));
        ChangeSet changes = recorder.begin(set, actor, reason);
        recordDeclaration(changes, projectCode, Declaration.of(existing), null);
        declarations.delete(existing);
        return new Result(recorder.commit(changes));
    }

    @Transactional
    public Result setAnnualTasks(String departmentCode, int fiscalYear, Long expectedRevision, String annualTasks,
                                 String actor, String reason) {
        GoalSet set = lock(departmentCode, fiscalYear, expectedRevision, true);
        ChangeSet changes = recorder.begin(set, actor, reason);
        String value = Texts.clean(annualTasks);
        changes.item(ItemChange.GOAL_SET_SET, Amendment.EntityKind.GOAL_SET, null, null, "annualTasks",
                set.annualTasks, value);
        set.annualTasks = value;
        return new Result(recorder.commit(changes));
    }

    /** Chooses the 评分办法 of the department-year; every score is recomputed under it. */
    @Transactional
    public Result selectPolicy(String departmentCode, int fiscalYear, Long expectedRevision, String policyId,
                               String actor, String reason) {
        if (policies.find(policyId).isEmpty()) {
            throw DomainException.unprocessable("policyId", "unknown scoring policy " + policyId + "; known: "
                    + String.join(", ", policies.all().stream().map(p -> p.id()).toList()));
        }
        GoalSet set = lock(departmentCode, fiscalYear, expectedRevision, true);
        ChangeSet changes = recorder.begin(set, actor, reason);
        changes.item(ItemChange.GOAL_SET_SET, Amendment.EntityKind.GOAL_SET, null, null, "policyId",
                policies.forSet(set.policyId).id(), policyId);
        set.policyId = policyId;
        return new Result(recorder.commit(changes));
    }

    // ---- building blocks, also used by the import

    GoalSet lock(String departmentCode, int fiscalYear, Long expectedRevision, boolean create) {
        GoalSet set;
        if (create) {
            set = goalSets.lockOrCreate(departmentCode, fiscalYear);
        } else {
            set = goalSets.findForUpdate(departmentCode, fiscalYear).orElseThrow(() -> DomainException.notFound(
                    "fiscalYear", "no goals for department " + departmentCode + " and year " + fiscalYear));
        }
        if (expectedRevision != null && expectedRevision != set.revision) {
            throw DomainException.preconditionFailed("If-Match", "the goal set is at revision " + set.revision
                    + ", not " + expectedRevision + "; read it again and reapply the change");
        }
        return set;
    }

    Goal goalIn(GoalSet set, long goalId) {
        return Optional.ofNullable(goals.findById(goalId)).filter(g -> g.goalSetId.equals(set.id))
                .orElseThrow(() -> DomainException.notFound("goalId", "goal " + goalId + " is not in this goal set"));
    }

    Indicator indicatorIn(GoalSet set, long indicatorId) {
        return Optional.ofNullable(indicators.findById(indicatorId)).filter(i -> i.goalSetId.equals(set.id))
                .orElseThrow(() -> DomainException.notFound("indicatorId",
                        "indicator " + indicatorId + " is not in this goal set"));
    }

    void recordGoalAdded(ChangeSet changes, Goal goal) {
        changes.goal(GoalChange.GOAL_ADDED, goal, "content", null, goal.content);
        if (goal.endYear != null) {
            changes.goal(GoalChange.GOAL_ADDED, goal, "endYear", null, goal.endYear);
        }
    }

    void removeGoal(ChangeSet changes, Goal goal) {
        for (Indicator i : indicators.listByGoal(goal.id)) {
            removeIndicator(changes, i, goal.subject());
        }
        changes.goal(GoalChange.GOAL_REMOVED, goal, "content", goal.content, null);
        goals.delete(goal);
    }

    Indicator addIndicator(ChangeSet changes, Goal goal, IndicatorFields f) {
        Indicator i = new Indicator();
        i.goalSetId = goal.goalSetId;
        i.goalId = goal.id;
        f.applyTo(i);
        indicators.persist(i);
        recordIndicatorFields(changes, ItemChange.INDICATOR_ADDED, i, goal.subject(), null, f);
        return i;
    }

    void removeIndicator(ChangeSet changes, Indicator i, Subject subject) {
        recordIndicatorFields(changes, ItemChange.INDICATOR_REMOVED, i, subject, IndicatorFields.of(i), null);
        recordActuals(changes, i, subject, ActualFields.of(i), ActualFields.NONE);
        indicators.delete(i);
    }

    static void recordIndicatorFields(ChangeSet changes, String kind, Indicator i, Subject subject,
                                      IndicatorFields before, IndicatorFields after) {
        IndicatorFields b = before == null ? new IndicatorFields(null, null, null, null, null, null, null, null, null, null) : before;
        IndicatorFields a = after == null ? new IndicatorFields(null, null, null, null, null, null, null, null, null, null) : after;
        changes.item(kind, Amendment.EntityKind.INDICATOR, i.id, subject, "goalId",
                before == null ? null : i.goalId, after == null ? null : i.goalId);
        changes.item(kind, Amendment.EntityKind.INDICATOR, i.id, subject, "level1", b.level1(), a.level1());
        changes.item(kind, Amendment.EntityKind.INDICATOR, i.id, subject, "level2", b.level2(), a.level2());
        changes.item(kind, Amendment.EntityKind.INDICATOR, i.id, subject, "name", b.name(), a.name());
        changes.item(kind, Amendment.EntityKind.INDICATOR, i.id, subject, "target", b.target(), a.target());
        changes.item(kind, Amendment.EntityKind.INDICATOR, i.id, subject, "targetPrior2", b.targetPrior2(), a.targetPrior2());
        changes.item(kind, Amendment.EntityKind.INDICATOR, i.id, subject, "targetPrior1", b.targetPrior1(), a.targetPrior1());
        changes.item(kind, Amendment.EntityKind.INDICATOR, i.id, subject, "targetKind", b.targetKind(), a.targetKind());
        changes.item(kind, Amendment.EntityKind.INDICATOR, i.id, subject, "direction", b.direction(), a.direction());
        changes.item(kind, Amendment.EntityKind.INDICATOR, i.id, subject, "basis", b.basis(), a.basis());
        changes.item(kind, Amendment.EntityKind.INDICATOR, i.id, subject, "weight", b.weight(), a.weight());
    }

    static void recordActuals(ChangeSet changes, Indicator i, Subject subject, ActualFields before, ActualFields after) {
        String kind = ItemChange.EVALUATION_SET;
        changes.item(kind, Amendment.EntityKind.INDICATOR, i.id, subject, "actual", before.actual(), after.actual());
        changes.item(kind, Amendment.EntityKind.INDICATOR, i.id, subject, "tier", before.tier(), after.tier());
        changes.item(kind, Amendment.EntityKind.INDICATOR, i.id, subject, "tierPercent", before.tierPercent(), after.tierPercent());
        changes.item(kind, Amendment.EntityKind.INDICATOR, i.id, subject, "deduction", before.deduction(), after.deduction());
        changes.item(kind, Amendment.EntityKind.INDICATOR, i.id, subject, "deductionReason", before.deductionReason(), after.deductionReason());
        changes.item(kind, Amendment.EntityKind.INDICATOR, i.id, subject, "deviationReason", before.deviationReason(), after.deviationReason());
        changes.item(kind, Amendment.EntityKind.INDICATOR, i.id, subject, "improvement", before.improvement(), after.improvement());
    }

    void setDeclaration(ChangeSet changes, String projectCode, Declaration d) {
        ProjectDeclaration existing = declarations.find(changes.set().id, projectCode).orElse(null);
        if (existing == null) {
            existing = new ProjectDeclaration();
            existing.goalSetId = changes.set().id;
            existing.projectCode = projectCode;
            recordDeclaration(changes, projectCode, null, d);
            apply(existing, d);
            declarations.persist(existing);
        } else {
            recordDeclaration(changes, projectCode, Declaration.of(existing), d);
            apply(existing, d);
        }
    }

    private static void apply(ProjectDeclaration target, Declaration d) {
        target.projectName = d.projectName();
        target.projectAttribute = d.projectAttribute();
        target.expenditureCategory = d.expenditureCategory();
        target.startYear = d.startYear();
        target.endYear = d.endYear();
        target.basis = d.basis();
        target.plan = d.plan();
    }

    static void recordDeclaration(ChangeSet changes, String projectCode, Declaration before, Declaration after) {
        Declaration none = new Declaration(null, null, null, null, null, null, null);
        Declaration b = before == null ? none : before;
        Declaration a = after == null ? none : after;
        Subject s = Subject.project(projectCode);
        String k = ItemChange.DECLARATION_SET;
        changes.item(k, Amendment.EntityKind.DECLARATION, null, s, "projectName", b.projectName(), a.projectName());
        changes.item(k, Amendment.EntityKind.DECLARATION, null, s, "projectAttribute", b.projectAttribute(), a.projectAttribute());
        changes.item(k, Amendment.EntityKind.DECLARATION, null, s, "expenditureCategory", b.expenditureCategory(), a.expenditureCategory());
        changes.item(k, Amendment.EntityKind.DECLARATION, null, s, "startYear", b.startYear(), a.startYear());
        changes.item(k, Amendment.EntityKind.DECLARATION, null, s, "endYear", b.endYear(), a.endYear());
        changes.item(k, Amendment.EntityKind.DECLARATION, null, s, "basis", b.basis(), a.basis());
        changes.item(k, Amendment.EntityKind.DECLARATION, null, s, "plan", b.plan(), a.plan());
    }

    // ---- checks: each adds the errors it finds, named by the path of the offending input

    static void checkGoal(GoalScope scope, String projectCode, GoalTerm term, Integer endYear, int fiscalYear,
                          String path, List<DomainException.Error> errors) {
        if (scope == GoalScope.PROJECT && projectCode == null) {
            errors.add(new DomainException.Error(path + "projectCode", "a project goal needs the project's code"));
        }
        if (scope == GoalScope.DEPARTMENT_WIDE && projectCode != null) {
            errors.add(new DomainException.Error(path + "projectCode", "a department-wide goal has no project"));
        }
        if (term == GoalTerm.LONG_TERM && endYear != null && endYear < fiscalYear) {
            errors.add(new DomainException.Error(path + "endYear", "a long-term goal cannot end before its fiscal year"));
        }
        if (term == GoalTerm.ANNUAL && endYear != null) {
            errors.add(new DomainException.Error(path + "endYear", "only long-term goals have an end year"));
        }
    }

    void checkIndicator(IndicatorFields f, String path, List<DomainException.Error> errors) {
        if (f.level1() != null && f.level2() != null && !f.level2().belongsTo(f.level1())) {
            errors.add(new DomainException.Error(path + "level2", f.level2() + " (" + f.level2().zh
                    + ") is not a 二级 of " + f.level1() + " (" + f.level1().zh + ")"));
        }
        if (f.name() == null) {
            errors.add(new DomainException.Error(path + "name", "must not be blank"));
        }
        TargetParser.Result target = targets.parse(f.target(), f.targetKind());
        if (!target.ok()) {
            errors.add(new DomainException.Error(path + "target", "cannot read '" + f.target() + "' as a target: "
                    + target.explanation() + "; a phrase that is not in the vocabulary is accepted with targetKind QUALITATIVE"));
        } else if (f.direction() != null
                && (!target.target().isQuantitative() || target.target().comparator() == Comparator.RANGE)) {
            errors.add(new DomainException.Error(path + "direction",
                    "only a quantitative target with one bound has a direction"));
        }
        checkPrior(f.targetPrior2(), f.targetKind(), path + "targetPrior2", errors);
        checkPrior(f.targetPrior1(), f.targetKind(), path + "targetPrior1", errors);
        if (f.weight() != null && (f.weight().signum() < 0 || f.weight().compareTo(HUNDRED) > 0
                || f.weight().stripTrailingZeros().scale() > 2)) {
            errors.add(new DomainException.Error(path + "weight", "a weight is 0 to 100 points with at most two decimals"));
        }
    }

    private void checkPrior(String value, org.openbudget.performance.domain.target.TargetKind kind, String field,
                            List<DomainException.Error> errors) {
        if (value == null) {
            return;
        }
        TargetParser.Result r = targets.parse(value, kind);
        if (!r.ok()) {
            errors.add(new DomainException.Error(field, "cannot read '" + value + "' as a target: " + r.explanation()));
        }
    }

    static void checkDeclaration(Declaration d, String path, List<DomainException.Error> errors) {
        if (d.projectName() == null) {
            errors.add(new DomainException.Error(path + "projectName", "must not be blank"));
        }
        if (d.startYear() != null && d.endYear() != null && d.startYear() > d.endYear()) {
            errors.add(new DomainException.Error(path + "endYear", "the project cannot end before it starts"));
        }
    }

    static void throwIfAny(List<DomainException.Error> errors) {
        if (!errors.isEmpty()) {
            throw DomainException.unprocessable(errors);
        }
    }
}
