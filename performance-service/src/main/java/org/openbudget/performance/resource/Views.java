package org.openbudget.performance.resource;

import org.openbudget.performance.domain.Amendment;
import org.openbudget.performance.domain.Evaluation;
import org.openbudget.performance.domain.EvaluationStatus;
import org.openbudget.performance.domain.GoalScope;
import org.openbudget.performance.domain.GoalTerm;
import org.openbudget.performance.domain.Indicator;
import org.openbudget.performance.domain.IndicatorLevel1;
import org.openbudget.performance.domain.IndicatorLevel2;
import org.openbudget.performance.domain.ProjectDeclaration;
import org.openbudget.performance.domain.Subject;
import org.openbudget.performance.domain.scoring.Scorecard;
import org.openbudget.performance.domain.scoring.ScoringPolicy;
import org.openbudget.performance.domain.scoring.Trace;
import org.openbudget.performance.domain.target.Direction;
import org.openbudget.performance.domain.target.Target;
import org.openbudget.performance.domain.target.TargetKind;
import org.openbudget.performance.domain.target.TargetParser;
import org.openbudget.performance.service.BudgetFigures;
import org.openbudget.performance.service.Contents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the API returns. Decimals (amounts in 元 and 万元, weights, scores, rates) are strings, exact as computed, so
 * no client reads them as floating point.
 */
public final class Views {

    private Views() {
    }

    static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    static String percent(BigDecimal ratio) {
        return ratio == null ? null : ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public record TargetView(TargetKind kind, String comparator, String value, String upper, String unit, String unitBase,
                      Direction direction, String meaning, String canonical, List<String> understood) {
        static TargetView of(TargetParser.Result r) {
            if (!r.ok()) {
                return null;
            }
            Target t = r.target();
            return new TargetView(t.kind(), t.comparator() == null ? null : t.comparator().name(), plain(t.value()),
                    plain(t.upper()), t.unit() == null ? null : t.unit().text(), t.unit() == null ? null : t.unit().base(),
                    t.direction(), t.meaning(), t.canonical(), r.understood());
        }
    }

    public record IndicatorView(long id, long goalId, IndicatorLevel1 level1, IndicatorLevel2 level2, String name,
                         String target, String targetPrior2, String targetPrior1, TargetKind targetKind,
                         Direction direction, String basis, String weight, TargetView parsedTarget, String actual,
                         String tier, String tierPercent, String deduction, String deductionReason,
                         String deviationReason, String improvement) {
        static IndicatorView of(Indicator i, TargetParser.Result parsed) {
            return new IndicatorView(i.id, i.goalId, i.level1, i.level2, i.name, i.target, i.targetPrior2,
                    i.targetPrior1, i.targetKind, i.direction, i.basis, plain(i.weight), TargetView.of(parsed),
                    i.actual, i.tier, plain(i.tierPercent), plain(i.deduction), i.deductionReason, i.deviationReason,
                    i.improvement);
        }
    }

    public record GoalView(long id, GoalScope scope, String projectCode, GoalTerm term, Integer endYear, String content,
                    List<IndicatorView> indicators) {
    }

    public record DeclarationView(String projectCode, String projectName, String projectAttribute, String expenditureCategory,
                           Integer startYear, Integer endYear, String basis, String plan) {
        static DeclarationView of(ProjectDeclaration d) {
            return new DeclarationView(d.projectCode, d.projectName, d.projectAttribute, d.expenditureCategory,
                    d.startYear, d.endYear, d.basis, d.plan);
        }
    }

    public record GoalSetView(String departmentCode, int fiscalYear, long revision, String policyId, String annualTasks,
                       List<DeclarationView> declarations, List<GoalView> goals) {
    }

    public record ChangeView(long revision, boolean changed, UUID eventId, GoalView goal) {
    }

    public record RevisionView(long revision, boolean changed, UUID eventId) {
    }

    public record AmendmentView(long revision, Amendment.EntityKind entity, Long entityId, GoalScope scope, String projectCode,
                         String field, String oldValue, String newValue, String reason, String actor, UUID eventId,
                         Instant recordedAt) {
        static AmendmentView of(Amendment a) {
            return new AmendmentView(a.revision, a.entity, a.entityId, a.scope, a.projectCode, a.field, a.oldValue,
                    a.newValue, a.reason, a.actor, a.eventId, a.recordedAt);
        }
    }

    public record TraceView(Map<String, String> inputs, String formula, String result, List<String> notes) {
        static TraceView of(Trace t) {
            return new TraceView(t.inputs(), t.formula(), t.result(), t.notes());
        }
    }

    public record ExecutionView(String budgeted, String executed, String rate, String weight, String score, TraceView trace) {
    }

    public record IndicatorScoreView(long indicatorId, String name, String weight, String weightSource,
                              Scorecard.Status status, String score, TraceView trace) {
    }

    public record GroupView(String id, String zh, String weight, String score, List<String> notes,
                     List<IndicatorScoreView> indicators) {
    }

    public record GradeView(String grade, String zh, String type) {
        static GradeView of(ScoringPolicy.Grade g) {
            return g == null ? null : new GradeView(g.grade(), g.zh(), g.type());
        }
    }

    public record ScorecardView(String policyId, boolean complete, String total, GradeView grade, ExecutionView execution,
                         List<GroupView> groups, List<String> incomplete) {
        static ScorecardView of(Scorecard c) {
            Scorecard.ExecutionScore e = c.execution();
            return new ScorecardView(c.policyId(), c.complete(), plain(c.total()), GradeView.of(c.grade()),
                    new ExecutionView(plain(e.budgeted()), plain(e.executed()), percent(e.rate()), plain(e.weight()),
                            plain(e.score()), TraceView.of(e.trace())),
                    c.groups().stream().map(g -> new GroupView(g.id(), g.zh(), plain(g.weight()), plain(g.score()),
                            g.notes(), g.indicators().stream().map(s -> new IndicatorScoreView(s.indicatorId(), s.name(),
                                    plain(s.weight()), s.weightSource(), s.status(), plain(s.score()),
                                    TraceView.of(s.trace()))).toList())).toList(),
                    c.incomplete());
        }
    }

    /** 预算执行情况 as a form prints it: A and B in 万元 (and exact 元), the rate. */
    public record BudgetView(long budgetRevision, Long pendingRevision, String budgeted, String executed,
                      String budgetedWanYuan, String executedWanYuan, String executionRate) {
        static BudgetView of(BudgetFigures figures, BudgetFigures.Amounts a) {
            BigDecimal rate = a.budgeted() == null || a.budgeted().signum() <= 0 || a.executed() == null ? null
                    : a.executed().divide(a.budgeted(), java.math.MathContext.DECIMAL64);
            return new BudgetView(figures.revision(), figures.pendingRevision(), plain(a.budgeted()),
                    plain(a.executed()), plain(a.budgetedWanYuan()), plain(a.executedWanYuan()), percent(rate));
        }
    }

    public record EvaluationView(GoalScope scope, String projectCode, String projectName, EvaluationStatus status,
                          String deviationReason, String improvementMeasures, BudgetView budget,
                          ScorecardView score, List<IndicatorView> indicators) {
        static EvaluationView of(Contents c, Evaluation e, Scorecard card, List<IndicatorView> indicators) {
            Subject s = e.subject();
            String name = null;
            if (s.projectCode() != null) {
                name = c.declarations().stream().filter(d -> d.projectCode.equals(s.projectCode()))
                        .map(d -> d.projectName).findFirst().orElseGet(() -> {
                            BudgetFigures.Project p = c.budget().projects().get(s.projectCode());
                            return p == null ? null : p.name();
                        });
            }
            return new EvaluationView(e.scope, e.projectCode, name, e.status, e.deviationReason, e.improvementMeasures,
                    BudgetView.of(c.budget(), c.budget().of(s)), ScorecardView.of(card), indicators);
        }
    }
}
