package org.openbudget.performance.service;

import org.openbudget.performance.domain.BudgetLedgerCopy;
import org.openbudget.performance.domain.BudgetLineCopy;
import org.openbudget.performance.domain.BudgetProjectCopy;
import org.openbudget.performance.domain.GoalScope;
import org.openbudget.performance.domain.Subject;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * 预算数 (A) and 执行数 (B) as this service holds them from budget-service's events. Over 支出 lines only: A is the
 * 全年预算 (adjusted budget, else the initial one) and B the 决算; a project's are its lines', the department's are all
 * lines'. Each is null when no line carries it (no budget yet, or no 决算 yet).
 */
public record BudgetFigures(boolean received, long revision, Long pendingRevision, Amounts departmentWide,
                            Map<String, Amounts> byProject, Map<String, Project> projects,
                            Set<String> projectsWithProjectSpending) {

    /**
     * A and B in 元, exact (the rate and the scores use these), and in 万元 as documents print them: each line's amount
     * rounded once, half up, to 0.01 万元, then added (docs/rounding.md), so a form's figures match the tables'.
     */
    public record Amounts(BigDecimal budgeted, BigDecimal executed, BigDecimal budgetedWanYuan,
                          BigDecimal executedWanYuan) {
        static final Amounts NONE = new Amounts(null, null, null, null);

        Amounts add(BudgetLineCopy line) {
            return new Amounts(plus(budgeted, line.fullYearBudget()), plus(executed, line.finalAccount),
                    plus(budgetedWanYuan, wan(line.fullYearBudget())), plus(executedWanYuan, wan(line.finalAccount)));
        }

        private static BigDecimal wan(BigDecimal yuan) {
            return yuan == null ? null : yuan.movePointLeft(4).setScale(2, java.math.RoundingMode.HALF_UP);
        }

        private static BigDecimal plus(BigDecimal sum, BigDecimal amount) {
            if (amount == null) {
                return sum;
            }
            return sum == null ? amount : sum.add(amount);
        }
    }

    /** A project registered in budget-service (attribute PROJECT). */
    public record Project(String code, String name, String category) {
    }

    public static final BudgetFigures NONE = new BudgetFigures(false, 0, null, Amounts.NONE, Map.of(), Map.of(), Set.of());

    public static BudgetFigures of(BudgetLedgerCopy copy, List<BudgetLineCopy> lines, List<BudgetProjectCopy> projects) {
        Amounts all = Amounts.NONE;
        Map<String, Amounts> byProject = new TreeMap<>();
        Set<String> withProjectSpending = new TreeSet<>();
        for (BudgetLineCopy line : lines) {
            if (!BudgetLineCopy.EXPENDITURE.equals(line.flow)) {
                continue;
            }
            all = all.add(line);
            if (line.projectCode != null) {
                byProject.put(line.projectCode, byProject.getOrDefault(line.projectCode, Amounts.NONE).add(line));
                if ("PROJECT".equals(line.expenditureType)) {
                    withProjectSpending.add(line.projectCode);
                }
            }
        }
        Map<String, Project> registered = new LinkedHashMap<>();
        projects.forEach(p -> registered.put(p.projectCode, new Project(p.projectCode, p.name, p.category)));
        return new BudgetFigures(true, copy.revision, copy.pendingRevision, all, byProject, registered,
                withProjectSpending);
    }

    public Amounts of(Subject subject) {
        if (subject.scope() == GoalScope.DEPARTMENT_WIDE) {
            return departmentWide;
        }
        return byProject.getOrDefault(subject.projectCode(), Amounts.NONE);
    }

    /** Whether budget-service knows the project: registered, or carried by a line. */
    public boolean knowsProject(String code) {
        return projects.containsKey(code) || byProject.containsKey(code);
    }
}
