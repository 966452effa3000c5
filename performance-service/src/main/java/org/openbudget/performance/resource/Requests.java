package org.openbudget.performance.resource;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.openbudget.performance.domain.GoalScope;
import org.openbudget.performance.domain.GoalTerm;
import org.openbudget.performance.domain.IndicatorLevel1;
import org.openbudget.performance.domain.IndicatorLevel2;
import org.openbudget.performance.domain.target.Direction;
import org.openbudget.performance.domain.target.TargetKind;
import org.openbudget.performance.service.ActualFields;
import org.openbudget.performance.service.EvaluationService;
import org.openbudget.performance.service.GoalService;
import org.openbudget.performance.service.IndicatorFields;

import java.math.BigDecimal;
import java.util.List;

/** Request bodies, with the constraints that make a malformed one a 400 naming the field. */
public final class Requests {

    static final String PROJECT = "[0-9A-Za-z]{1,40}";
    static final String PROJECT_MESSAGE = "must be 1 to 40 letters or digits";

    private Requests() {
    }

    /** A 三级指标 as declared: {@code targetKind} QUALITATIVE accepts a phrase the vocabulary does not know. */
    public record IndicatorRequest(
            @NotNull IndicatorLevel1 level1,
            @NotNull IndicatorLevel2 level2,
            @NotBlank @Size(max = 1000) String name,
            @NotBlank @Size(max = 500) String target,
            @Size(max = 500) String targetPrior2,
            @Size(max = 500) String targetPrior1,
            TargetKind targetKind,
            Direction direction,
            @Size(max = 2000) String basis,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal weight) {

        IndicatorFields fields() {
            return new IndicatorFields(level1, level2, name, target, targetPrior2, targetPrior1, targetKind, direction,
                    basis, weight);
        }
    }

    public record GoalRequest(
            @NotNull GoalScope scope,
            @Pattern(regexp = PROJECT, message = PROJECT_MESSAGE) String projectCode,
            @NotNull GoalTerm term,
            @Min(1990) @Max(2200) Integer endYear,
            // may be left out (a 申报表 can print none); given, it says something
            @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank; leave it out when the goal has no text yet")
            @Size(max = 4000) String content,
            @NotBlank @Size(max = 1000) String reason,
            @Size(max = 200) List<@Valid @NotNull IndicatorRequest> indicators) {
    }

    public record GoalAmendment(@NotBlank @Size(max = 4000) String content, @Min(1990) @Max(2200) Integer endYear,
                         @NotBlank @Size(max = 1000) String reason) {
    }

    public record IndicatorsRequest(@NotBlank @Size(max = 1000) String reason,
                             @NotEmpty @Size(max = 200) List<@Valid @NotNull IndicatorRequest> indicators) {
    }

    public record IndicatorReplacement(@Valid @NotNull IndicatorRequest indicator, @NotBlank @Size(max = 1000) String reason) {
    }

    public record DeclarationRequest(
            @NotBlank @Size(max = 200) String projectName,
            @Size(max = 100) String projectAttribute,
            @Size(max = 100) String expenditureCategory,
            @Min(1990) @Max(2200) Integer startYear,
            @Min(1990) @Max(2200) Integer endYear,
            @Size(max = 20000) String basis,
            @Size(max = 20000) String plan,
            @NotBlank @Size(max = 1000) String reason) {

        GoalService.Declaration declaration() {
            return new GoalService.Declaration(projectName, projectAttribute, expenditureCategory, startYear, endYear,
                    basis, plan);
        }
    }

    public record NewDeclarationRequest(
            @NotNull @Pattern(regexp = PROJECT, message = PROJECT_MESSAGE) String projectCode,
            @NotBlank @Size(max = 200) String projectName,
            @Size(max = 100) String projectAttribute,
            @Size(max = 100) String expenditureCategory,
            @Min(1990) @Max(2200) Integer startYear,
            @Min(1990) @Max(2200) Integer endYear,
            @Size(max = 20000) String basis,
            @Size(max = 20000) String plan,
            @NotBlank @Size(max = 1000) String reason) {

        GoalService.Declaration declaration() {
            return new GoalService.Declaration(projectName, projectAttribute, expenditureCategory, startYear, endYear,
                    basis, plan);
        }
    }

    public record AnnualTasksRequest(@Size(max = 20000) String annualTasks, @NotBlank @Size(max = 1000) String reason) {
    }

    public record PolicyRequest(@NotBlank @Size(max = 60) String policyId, @NotBlank @Size(max = 1000) String reason) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    /** One indicator's 自评: a tier (and percentage) only for a qualitative one; a deduction needs its reason. */
    public record ActualRequest(
            @NotNull Long indicatorId,
            @Size(max = 500) String actual,
            @Size(max = 30) String tier,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal tierPercent,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal deduction,
            @Size(max = 1000) String deductionReason,
            @Size(max = 2000) String deviationReason,
            @Size(max = 2000) String improvement) {

        EvaluationService.IndicatorActual toInput() {
            return new EvaluationService.IndicatorActual(indicatorId, new ActualFields(actual, tier, tierPercent,
                    deduction, deductionReason, deviationReason, improvement));
        }
    }

    public record EvaluationRequest(
            @Size(max = 20000) String deviationReason,
            @Size(max = 20000) String improvementMeasures,
            @Size(max = 1000) List<@Valid @NotNull ActualRequest> indicators,
            @NotBlank @Size(max = 1000) String reason) {

        EvaluationService.EvaluationInput toInput() {
            return new EvaluationService.EvaluationInput(deviationReason, improvementMeasures,
                    indicators == null ? List.of() : indicators.stream().map(ActualRequest::toInput).toList());
        }
    }

    public record ParseRequest(@NotBlank @Size(max = 500) String text, TargetKind targetKind) {
    }
}
