package org.openbudget.performance.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openbudget.performance.domain.Evaluation;
import org.openbudget.performance.domain.Goal;
import org.openbudget.performance.domain.GoalScope;
import org.openbudget.performance.domain.GoalTerm;
import org.openbudget.performance.domain.Indicator;
import org.openbudget.performance.domain.IndicatorLevel1;
import org.openbudget.performance.domain.ProjectDeclaration;
import org.openbudget.performance.domain.Subject;
import org.openbudget.performance.domain.scoring.Scorecard;
import org.openbudget.performance.domain.scoring.ScoringPolicy;
import org.openbudget.performance.domain.target.Target;
import org.openbudget.performance.domain.target.TargetParser;
import org.openbudget.performance.service.validation.Finding;
import org.openbudget.performance.service.validation.Rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs the rule catalogue against a department-year's goals, indicators, 自评 and the budget figures held. */
@ApplicationScoped
public class ValidationService {

    static final String RULES = "rules/performance-rules.json";

    @Inject
    Targets targets;

    @Inject
    ScoreService scores;

    private List<Rule> rules;

    @PostConstruct
    void loadRules() {
        rules = loadRules(Thread.currentThread().getContextClassLoader());
    }

    static List<Rule> loadRules(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RULES)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RULES);
            }
            return List.copyOf(new ObjectMapper().readValue(in, new TypeReference<List<Rule>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    public record Report(String departmentCode, int fiscalYear, long revision, long budgetRevision, int errors,
                         int warnings, List<Finding> findings) {
    }

    public Report validate(Contents contents) {
        List<Finding> findings = findings(contents);
        int errors = (int) findings.stream().filter(f -> f.severity() == Rule.Severity.ERROR).count();
        return new Report(contents.set().departmentCode, contents.set().fiscalYear, contents.set().revision,
                contents.budget().revision(), errors, findings.size() - errors, findings);
    }

    /** The ERROR findings of rules that block finalisation, about this subject. */
    public List<Finding> blocking(Contents contents, Subject subject) {
        Set<String> blockingRules = rules.stream()
                .filter(r -> r.blocksFinalisation() && r.severity() == Rule.Severity.ERROR)
                .map(Rule::id).collect(Collectors.toSet());
        return findings(contents).stream()
                .filter(f -> blockingRules.contains(f.ruleId()) && subject.key().equals(f.subject())).toList();
    }

    List<Finding> findings(Contents c) {
        List<Finding> out = new ArrayList<>();
        for (Rule rule : rules) {
            switch (rule.kind()) {
                case PROJECT_HAS_GOALS -> projectHasGoals(rule, c, out);
                case GOAL_HAS_CONTENT -> goalHasContent(rule, c, out);
                case GOAL_HAS_OUTPUT_AND_BENEFIT -> outputAndBenefit(rule, c, out);
                case SAME_INDICATOR_SAME_TARGET -> sameIndicatorSameTarget(rule, c, out);
                case TARGETS_PARSE -> targetsParse(rule, c, out);
                case PRIOR_UNITS_CONSISTENT -> priorUnits(rule, c, out);
                case WEIGHTS_MATCH_POLICY -> weights(rule, c, out);
                case PROJECT_KNOWN -> projectKnown(rule, c, out);
                case DECLARED_NAME_MATCHES -> declaredName(rule, c, out);
                case ACTUALS_COMPLETE -> actualsComplete(rule, c, out);
                case BUDGET_FIGURES_PRESENT -> budgetPresent(rule, c, out);
                default -> throw new IllegalStateException("no check for " + rule.kind());
            }
        }
        return out;
    }

    private static Finding finding(Rule r, Subject subject, String location, String expected, String actual) {
        return new Finding(r.id(), r.severity(), r.zh(), r.en(), subject == null ? null : subject.key(), location,
                expected, actual);
    }

    private static String where(Goal g) {
        return "goal " + g.id + " (" + (g.term == GoalTerm.ANNUAL ? "年度" : "长期") + ")";
    }

    private static String where(Goal g, Indicator i) {
        return where(g) + " indicator " + i.id + " " + i.name;
    }

    private void projectHasGoals(Rule r, Contents c, List<Finding> out) {
        if (!c.budget().received()) {
            return;
        }
        Set<String> withAnnualGoals = c.goals().stream()
                .filter(g -> g.scope == GoalScope.PROJECT && g.term == GoalTerm.ANNUAL)
                .map(g -> g.projectCode).collect(Collectors.toSet());
        for (String code : c.budget().projectsWithProjectSpending()) {
            if (!withAnnualGoals.contains(code)) {
                BudgetFigures.Project p = c.budget().projects().get(code);
                out.add(finding(r, Subject.project(code), "project " + code + (p == null || p.name() == null ? ""
                        : " " + p.name()), "an annual goal", "none"));
            }
        }
    }

    private void goalHasContent(Rule r, Contents c, List<Finding> out) {
        for (Goal g : c.goals()) {
            if (g.content == null || g.content.isBlank()) {
                out.add(finding(r, g.subject(), where(g), "目标内容", "none"));
            }
        }
    }

    private void outputAndBenefit(Rule r, Contents c, List<Finding> out) {
        for (Goal g : c.goals()) {
            Set<IndicatorLevel1> levels = c.indicatorsOf(g).stream().map(i -> i.level1).collect(Collectors.toSet());
            List<String> missing = new ArrayList<>();
            if (!levels.contains(IndicatorLevel1.OUTPUT)) {
                missing.add("产出指标");
            }
            if (!levels.contains(IndicatorLevel1.BENEFIT)) {
                missing.add("效益指标");
            }
            if (!missing.isEmpty()) {
                out.add(finding(r, g.subject(), where(g), "产出指标 and 效益指标", "no " + String.join(", no ", missing)));
            }
        }
    }

    private void sameIndicatorSameTarget(Rule r, Contents c, List<Finding> out) {
        Map<Long, Goal> goals = c.goalsById();
        List<Indicator> annual = c.indicators().stream().filter(i -> goals.get(i.goalId).term == GoalTerm.ANNUAL).toList();
        for (Indicator wide : annual) {
            Goal wideGoal = goals.get(wide.goalId);
            if (wideGoal.scope != GoalScope.DEPARTMENT_WIDE) {
                continue;
            }
            Target wideTarget = quantitative(wide);
            if (wideTarget == null) {
                continue;
            }
            for (Indicator project : annual) {
                Goal projectGoal = goals.get(project.goalId);
                if (projectGoal.scope != GoalScope.PROJECT || !project.name.strip().equals(wide.name.strip())) {
                    continue;
                }
                Target projectTarget = quantitative(project);
                // values only: "90%" and "90%以上" state the same satisfaction target in the seeds' usage
                if (projectTarget != null && projectTarget.unit().base().equals(wideTarget.unit().base())
                        && projectTarget.unit().toBase(projectTarget.value())
                        .compareTo(wideTarget.unit().toBase(wideTarget.value())) != 0) {
                    out.add(finding(r, Subject.DEPARTMENT_WIDE, where(wideGoal, wide),
                            "'" + project.target + "' as project " + projectGoal.projectCode + " states",
                            "'" + wide.target + "'"));
                }
            }
        }
    }

    private Target quantitative(Indicator i) {
        TargetParser.Result r = targets.targetOf(i);
        return r.ok() && r.target().isQuantitative() ? r.target() : null;
    }

    private void targetsParse(Rule r, Contents c, List<Finding> out) {
        Map<Long, Goal> goals = c.goalsById();
        for (Indicator i : c.indicators()) {
            Goal g = goals.get(i.goalId);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("target", i.target);
            values.put("targetPrior2", i.targetPrior2);
            values.put("targetPrior1", i.targetPrior1);
            values.forEach((field, value) -> {
                if (value != null) {
                    TargetParser.Result parsed = targets.parse(value, i.targetKind);
                    if (!parsed.ok()) {
                        out.add(finding(r, g.subject(), where(g, i) + " " + field, "a target in the grammar",
                                "'" + value + "': " + parsed.explanation()));
                    }
                }
            });
        }
    }

    private void priorUnits(Rule r, Contents c, List<Finding> out) {
        Map<Long, Goal> goals = c.goalsById();
        for (Indicator i : c.indicators()) {
            Target current = quantitative(i);
            if (current == null) {
                continue;
            }
            for (String prior : new String[] {i.targetPrior2, i.targetPrior1}) {
                if (prior == null) {
                    continue;
                }
                TargetParser.Result p = targets.parse(prior, i.targetKind);
                if (p.ok() && p.target().isQuantitative() && !p.target().unit().base().equals(current.unit().base())) {
                    Goal g = goals.get(i.goalId);
                    out.add(finding(r, g.subject(), where(g, i), "a value in " + (current.unit().base().isEmpty() ? "plain numbers" : current.unit().base()) + " as '"
                            + i.target + "'", "'" + prior + "'"));
                }
            }
        }
    }

    private void weights(Rule r, Contents c, List<Finding> out) {
        ScoringPolicy policy = c.policy();
        for (Subject subject : c.subjects()) {
            List<Indicator> annual = c.annualIndicatorsOf(subject);
            for (ScoringPolicy.Group group : policy.groups()) {
                List<Indicator> members = annual.stream()
                        .filter(i -> policy.groupOf(i.level1).map(g -> g == group).orElse(false)).toList();
                if (members.isEmpty()) {
                    continue;
                }
                BigDecimal points = effectivePoints(policy, group, annual);
                BigDecimal typed = members.stream().map(i -> i.weight).filter(Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                boolean allTyped = members.stream().allMatch(i -> i.weight != null);
                if (typed.compareTo(points) > 0 || (allTyped && typed.compareTo(points) != 0)) {
                    out.add(finding(r, subject, group.zh() + " of " + subject.key(),
                            points.toPlainString() + " points (" + policy.id() + ")",
                            "目标分值 adding to " + typed.toPlainString()));
                }
            }
        }
    }

    /** A group's points, with those of empty groups that hand theirs to it. */
    private static BigDecimal effectivePoints(ScoringPolicy policy, ScoringPolicy.Group group, List<Indicator> annual) {
        BigDecimal points = group.weight();
        for (ScoringPolicy.Group other : policy.groups()) {
            boolean empty = annual.stream().noneMatch(i -> policy.groupOf(i.level1).map(g -> g == other).orElse(false));
            if (empty && group.id().equals(other.whenEmpty())) {
                points = points.add(other.weight());
            }
        }
        return points;
    }

    private void projectKnown(Rule r, Contents c, List<Finding> out) {
        Set<String> codes = c.goals().stream().filter(g -> g.scope == GoalScope.PROJECT).map(g -> g.projectCode)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        for (String code : codes) {
            if (!c.budget().received()) {
                out.add(finding(r, Subject.project(code), "project " + code,
                        "the project in budget-service's figures", "no figures received for this department-year"));
            } else if (!c.budget().knowsProject(code)) {
                out.add(finding(r, Subject.project(code), "project " + code,
                        "the project in budget-service's figures (revision " + c.budget().revision() + ")", "unknown code"));
            }
        }
    }

    private void declaredName(Rule r, Contents c, List<Finding> out) {
        for (ProjectDeclaration d : c.declarations()) {
            BudgetFigures.Project p = c.budget().projects().get(d.projectCode);
            if (p != null && p.name() != null && !p.name().strip().equals(d.projectName.strip())) {
                out.add(finding(r, Subject.project(d.projectCode), "declaration of " + d.projectCode,
                        "'" + p.name() + "' as budget-service registers it", "'" + d.projectName + "'"));
            }
        }
    }

    private void actualsComplete(Rule r, Contents c, List<Finding> out) {
        for (Evaluation e : c.evaluations()) {
            Scorecard card = scores.score(c, e.subject());
            for (Scorecard.GroupScore g : card.groups()) {
                for (Scorecard.IndicatorScore s : g.indicators()) {
                    if (s.status() != Scorecard.Status.SCORED) {
                        out.add(finding(r, e.subject(), "indicator " + s.indicatorId() + " " + s.name(),
                                "a scored 实际完成值", s.status() + ": " + String.join("; ", s.trace().notes())));
                    }
                }
            }
        }
    }

    private void budgetPresent(Rule r, Contents c, List<Finding> out) {
        for (Evaluation e : c.evaluations()) {
            BudgetFigures.Amounts a = c.budget().of(e.subject());
            if (a.budgeted() == null || a.budgeted().signum() <= 0 || a.executed() == null) {
                out.add(finding(r, e.subject(), e.subject().key(), "预算数 (A > 0) and 执行数 (B)",
                        "A " + (a.budgeted() == null ? "none" : a.budgeted().toPlainString()) + ", B "
                                + (a.executed() == null ? "none" : a.executed().toPlainString())
                                + (c.budget().received() ? " at budget revision " + c.budget().revision()
                                : ": no figures received")));
            }
        }
    }
}
