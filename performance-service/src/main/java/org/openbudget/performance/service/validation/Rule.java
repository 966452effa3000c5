package org.openbudget.performance.service.validation;

/**
 * A rule of the goal and self-evaluation catalogue, as data (src/main/resources/rules/performance-rules.json,
 * docs/performance-validation.md). {@code kind} selects the check; {@code blocksFinalisation} makes its ERROR
 * findings on a subject stop that subject's 自评 from being finalised.
 */
public record Rule(String id, Severity severity, Kind kind, boolean blocksFinalisation, String zh, String en) {

    public enum Severity { ERROR, WARNING }

    public enum Kind {
        PROJECT_HAS_GOALS,
        GOAL_HAS_CONTENT,
        GOAL_HAS_OUTPUT_AND_BENEFIT,
        SAME_INDICATOR_SAME_TARGET,
        TARGETS_PARSE,
        PRIOR_UNITS_CONSISTENT,
        WEIGHTS_MATCH_POLICY,
        PROJECT_KNOWN,
        DECLARED_NAME_MATCHES,
        ACTUALS_COMPLETE,
        BUDGET_FIGURES_PRESENT
    }
}
