package org.openbudget.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openbudget.performance.domain.Evaluation;
import org.openbudget.performance.domain.Indicator;
import org.openbudget.performance.domain.Subject;
import org.openbudget.performance.domain.scoring.Scorecard;
import org.openbudget.performance.domain.scoring.ScoringEngine;
import org.openbudget.performance.domain.scoring.ScoringPolicy;
import org.openbudget.performance.domain.target.Target;
import org.openbudget.performance.domain.target.TargetParser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores the self-evaluations of a department-year from its indicators and the budget figures held for it. */
@ApplicationScoped
public class ScoreService {

    @Inject
    Targets targets;

    public Scorecard score(Contents contents, Subject subject) {
        return score(contents, contents.policy(), subject);
    }

    public Scorecard score(Contents contents, ScoringPolicy policy, Subject subject) {
        BudgetFigures.Amounts amounts = contents.budget().of(subject);
        List<ScoringEngine.IndicatorInput> inputs = new ArrayList<>();
        for (Indicator i : contents.annualIndicatorsOf(subject)) {
            inputs.add(input(i));
        }
        return ScoringEngine.score(policy, new ScoringEngine.SubjectInput(amounts.budgeted(), amounts.executed(), inputs));
    }

    public ScoringEngine.IndicatorInput input(Indicator i) {
        TargetParser.Result parsed = targets.targetOf(i);
        // a stored target the vocabulary no longer reads is scored as qualitative; rule TGT-01 reports it
        Target target = parsed.ok() ? parsed.target() : Target.qualitative(i.target, null);
        ScoringEngine.Assessment assessment = i.tier == null ? null : new ScoringEngine.Assessment(i.tier, i.tierPercent);
        return new ScoringEngine.IndicatorInput(i.id, i.name, i.level1, i.level2, target, i.weight,
                targets.actualOf(i.actual), assessment, i.deduction, i.deductionReason);
    }

    /** What a change could move, per evaluated subject: total and grade (null while incomplete), A, B. */
    public record Summary(String total, String grade, String budgeted, String executed) {
    }

    public Map<Subject, Summary> summaries(Contents contents) {
        Map<Subject, Summary> out = new LinkedHashMap<>();
        for (Evaluation e : contents.evaluations()) {
            Scorecard card = score(contents, e.subject());
            BudgetFigures.Amounts amounts = contents.budget().of(e.subject());
            out.put(e.subject(), new Summary(card.total() == null ? null : card.total().toPlainString(),
                    card.grade() == null ? null : card.grade().grade(),
                    amounts.budgeted() == null ? null : amounts.budgeted().toPlainString(),
                    amounts.executed() == null ? null : amounts.executed().toPlainString()));
        }
        return out;
    }
}
