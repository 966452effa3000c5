package org.openbudget.performance.service;

import org.openbudget.performance.domain.EvaluationStatus;
import org.openbudget.performance.domain.GoalScope;
import org.openbudget.performance.domain.GoalTerm;
import org.openbudget.performance.domain.IndicatorLevel1;
import org.openbudget.performance.domain.IndicatorLevel2;
import org.openbudget.performance.domain.target.Direction;
import org.openbudget.performance.domain.target.TargetKind;

import java.math.BigDecimal;
import java.util.List;

/**
 * A department-year's goals and self-evaluations as one file (JSON; the XLSX has a sheet per list). Each indicator
 * carries its 自评 inputs. {@code departmentCode}/{@code fiscalYear} say where it was exported from; an import goes
 * to the department-year of its URL. docs/performance-files.md.
 */
public record GoalSetFile(String format, String departmentCode, Integer fiscalYear, String policyId,
                          String annualTasks, List<DeclarationEntry> declarations, List<GoalEntry> goals,
                          List<EvaluationEntry> evaluations) {

    public static final String FORMAT = "openbudget.performance.goal-set/1";

    public record DeclarationEntry(String projectCode, String projectName, String projectAttribute,
                                   String expenditureCategory, Integer startYear, Integer endYear, String basis,
                                   String plan) {
    }

    public record GoalEntry(GoalScope scope, String projectCode, GoalTerm term, Integer endYear, String content,
                            List<IndicatorEntry> indicators) {
    }

    public record IndicatorEntry(IndicatorLevel1 level1, IndicatorLevel2 level2, String name, String target,
                                 String targetPrior2, String targetPrior1, TargetKind targetKind, Direction direction,
                                 String basis, BigDecimal weight, String actual, String tier, BigDecimal tierPercent,
                                 BigDecimal deduction, String deductionReason, String deviationReason,
                                 String improvement) {

        IndicatorFields fields() {
            return new IndicatorFields(level1, level2, name, target, targetPrior2, targetPrior1, targetKind, direction,
                    basis, weight);
        }

        ActualFields actuals() {
            return new ActualFields(actual, tier, tierPercent, deduction, deductionReason, deviationReason, improvement);
        }

        static IndicatorEntry of(IndicatorFields f, ActualFields a) {
            return new IndicatorEntry(f.level1(), f.level2(), f.name(), f.target(), f.targetPrior2(), f.targetPrior1(),
                    f.targetKind(), f.direction(), f.basis(), f.weight(), a.actual(), a.tier(), a.tierPercent(),
                    a.deduction(), a.deductionReason(), a.deviationReason(), a.improvement());
        }
    }

    public record EvaluationEntry(GoalScope scope, String projectCode, EvaluationStatus status, String deviationReason,
                                  String improvementMeasures) {
    }
}
