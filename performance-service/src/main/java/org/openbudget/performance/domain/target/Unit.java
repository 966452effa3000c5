package org.openbudget.performance.domain.target;

import java.math.BigDecimal;

/**
 * A unit of a target as written ({@code text}, e.g. {@code 万人次}) and what it measures: {@code base} (人次) times
 * {@code scale} (10000). Two values compare when their bases are equal or one of them has none (a bare count such as
 * {@code 2} or {@code 1,065万}). {@code defaultDirection} says which way a plain value points (a number of 工作日 is a
 * ceiling); null leaves it to the comparator.
 */
public record Unit(String text, String base, BigDecimal scale, Direction defaultDirection) {

    public static final Unit NONE = new Unit("", "", BigDecimal.ONE, null);
    public static final String PERCENT = "%";

    public boolean isPercent() {
        return PERCENT.equals(base);
    }

    public boolean comparableWith(Unit other) {
        return base.equals(other.base) || base.isEmpty() || other.base.isEmpty();
    }

    /** The value in the base unit: {@code 1127.40万人} is 11,274,000 人. */
    public BigDecimal toBase(BigDecimal value) {
        return value.multiply(scale);
    }
}
