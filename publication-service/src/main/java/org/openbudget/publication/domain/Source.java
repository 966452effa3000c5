package org.openbudget.publication.domain;

/** The service a change came from. */
public enum Source {
    /** budget-service: figures (budget.ledger.changed) */
    BUDGET,
    /** performance-service: goals, indicators, self-evaluations (performance.goals.changed) */
    PERFORMANCE
}
