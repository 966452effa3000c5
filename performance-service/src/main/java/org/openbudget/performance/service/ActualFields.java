package org.openbudget.performance.service;

import org.openbudget.performance.domain.Indicator;

import java.math.BigDecimal;

/** The 自评 of one indicator: 实际完成值, the assessor's tier (定性) or deduction, 偏差原因 and 改进措施. */
public record ActualFields(String actual, String tier, BigDecimal tierPercent, BigDecimal deduction,
                           String deductionReason, String deviationReason, String improvement) {

    public static final ActualFields NONE = new ActualFields(null, null, null, null, null, null, null);

    public static ActualFields of(Indicator i) {
        return new ActualFields(i.actual, i.tier, i.tierPercent, i.deduction, i.deductionReason, i.deviationReason,
                i.improvement);
    }

    public ActualFields normalised() {
        BigDecimal d = deduction == null || deduction.signum() == 0 ? null : Texts.money(deduction);
        return new ActualFields(Texts.clean(actual), Texts.clean(tier), Texts.money(tierPercent), d,
                Texts.clean(deductionReason), Texts.clean(deviationReason), Texts.clean(improvement));
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    void applyTo(Indicator i) {
        i.actual = actual;
        i.tier = tier;
        i.tierPercent = tierPercent;
        i.deduction = deduction;
        i.deductionReason = deductionReason;
        i.deviationReason = deviationReason;
        i.improvement = improvement;
    }
}
