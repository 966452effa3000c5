package org.openbudget.performance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.openbudget.performance.domain.BudgetLedgerCopy;
import org.openbudget.performance.domain.GoalSet;
import org.openbudget.performance.repository.BudgetCopyRepository;
import org.openbudget.performance.repository.DeclarationRepository;
import org.openbudget.performance.repository.EvaluationRepository;
import org.openbudget.performance.repository.GoalRepository;
import org.openbudget.performance.repository.IndicatorRepository;

/** Reads a department-year's {@link Contents} with the budget figures held for it. */
@ApplicationScoped
public class ContentsLoader {

    @Inject
    GoalRepository goals;

    @Inject
    IndicatorRepository indicators;

    @Inject
    DeclarationRepository declarations;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    BudgetCopyRepository budget;

    @Inject
    PolicyCatalog policies;

    public Contents load(GoalSet set) {
        return new Contents(set, policies.forSet(set.policyId), goals.listBySet(set.id), indicators.listBySet(set.id),
                declarations.listBySet(set.id), evaluations.listBySet(set.id),
                budgetFigures(set.departmentCode, set.fiscalYear));
    }

    public BudgetFigures budgetFigures(String departmentCode, int fiscalYear) {
        return budget.find(departmentCode, fiscalYear).map(this::figures).orElse(BudgetFigures.NONE);
    }

    public BudgetFigures figures(BudgetLedgerCopy copy) {
        return BudgetFigures.of(copy, budget.lines(copy.id), budget.projects(copy.id));
    }
}
