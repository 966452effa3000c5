package org.openbudget.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding policy (docs/rounding.md): amounts are stored exactly in 元; for publication each stored fact is
 * converted to 万元 once, half-up to two decimals, and every published figure is the sum of its facts' rounded
 * values. Therefore a figure prints the same in every table, parts always add up to their totals, and amending one
 * fact changes only the figures that contain it. The price: a total may differ from its exact 元 value rounded
 * by at most 0.005 万元 per fact it contains (the "尾数误差" the documents' notes mention); open data carries 元.
 */
public final class WanYuan {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private WanYuan() {
    }

    /** One fact's amount in 万元, as published; null stays null (no figure). */
    public static BigDecimal of(BigDecimal yuan) {
        return yuan == null ? null : yuan.movePointLeft(4).setScale(SCALE, ROUNDING);
    }
}
