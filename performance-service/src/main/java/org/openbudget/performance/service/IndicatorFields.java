package org.openbudget.performance.service;

import org.openbudget.performance.domain.Indicator;
import org.openbudget.performance.domain.IndicatorLevel1;
import org.openbudget.performance.domain.IndicatorLevel2;
import org.openbudget.performance.domain.target.Direction;
import org.openbudget.performance.domain.target.TargetKind;

import java.math.BigDecimal;

/** What a declarant states about a 三级指标 (the 自评's inputs are {@link ActualFields}). */
public record IndicatorFields(IndicatorLevel1 level1, IndicatorLevel2 level2, String name, String target,
                              String targetPrior2, String targetPrior1, TargetKind targetKind, Direction direction,
                              String basis, BigDecimal weight) {

    public static IndicatorFields of(Indicator i) {
        return new IndicatorFields(i.level1, i.level2, i.name, i.target, i.targetPrior2, i.targetPrior1, i.targetKind,
                i.direction, i.basis, i.weight);
    }

    /** Trims texts, turns blanks into nulls and weights into two decimals, so equal inputs compare equal. */
    public IndicatorFields normalised() {
        return new IndicatorFields(level1, level2, Texts.clean(name), Texts.clean(target), Texts.clean(targetPrior2),
                Texts.clean(targetPrior1), targetKind, direction, Texts.clean(basis), Texts.money(weight));
    }

    void applyTo(Indicator i) {
        i.level1 = level1;
        i.level2 = level2;
        i.name = name;
        i.target = target;
        i.targetPrior2 = targetPrior2;
        i.targetPrior1 = targetPrior1;
        i.targetKind = targetKind;
        i.direction = direction;
        i.basis = basis;
        i.weight = weight;
    }
}
