package org.openbudget.performance.service;

import org.openbudget.performance.domain.Evaluation;
import org.openbudget.performance.domain.Goal;
import org.openbudget.performance.domain.GoalSet;
import org.openbudget.performance.domain.GoalTerm;
import org.openbudget.performance.domain.Indicator;
import org.openbudget.performance.domain.ProjectDeclaration;
import org.openbudget.performance.domain.Subject;
import org.openbudget.performance.domain.scoring.ScoringPolicy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Everything of one department-year read at once: what scoring, validation and export work on. */
public record Contents(GoalSet set, ScoringPolicy policy, List<Goal> goals, List<Indicator> indicators,
                       List<ProjectDeclaration> declarations, List<Evaluation> evaluations, BudgetFigures budget) {

    public List<Indicator> indicatorsOf(Goal goal) {
        return indicators.stream().filter(i -> i.goalId.equals(goal.id)).toList();
    }

    public List<Goal> goalsOf(Subject subject) {
        return goals.stream().filter(g -> g.subject().equals(subject)).toList();
    }

    /** The indicators a 自评 of the subject scores: those of its annual goals, in the order declared. */
    public List<Indicator> annualIndicatorsOf(Subject subject) {
        Set<Long> annual = goalsOf(subject).stream().filter(g -> g.term == GoalTerm.ANNUAL).map(g -> g.id)
                .collect(Collectors.toSet());
        return indicators.stream().filter(i -> annual.contains(i.goalId)).toList();
    }

    public Map<Long, Goal> goalsById() {
        return goals.stream().collect(Collectors.toMap(g -> g.id, g -> g));
    }

    public Set<Subject> subjects() {
        Set<Subject> subjects = new LinkedHashSet<>();
        goals.forEach(g -> subjects.add(g.subject()));
        return subjects;
    }
}
