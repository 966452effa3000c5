package org.openbudget.budget.domain;

import java.math.BigDecimal;

/**
 * The unit a table is printed in. Wuhan's documents print 万元 (rounded once per fact, {@link WanYuan}); Shanghai's
 * budget tables print 元, exactly as stored. A publication template chooses; the figures behind are the same.
 */
public enum DisplayUnit {
    WAN_YUAN("万元"),
    YUAN("元");

    public final String label;

    DisplayUnit(String label) {
        this.label = label;
    }

    /** One fact's amount as printed in this unit. */
    public BigDecimal of(BigDecimal yuan) {
        if (yuan == null) {
            return null;
        }
        return this == WAN_YUAN ? WanYuan.of(yuan) : yuan.setScale(WanYuan.SCALE);
    }
}
