package org.openbudget.performance.domain.target;

/** How a target bounds the actual value: 指标值 such as {@code ≥90%}, {@code <5个工作日}, {@code 80%-90%}. */
public enum Comparator {
    GE("≥"), GT(">"), EQ("="), LE("≤"), LT("<"),
    /** between two values, both included: {@code 80%-90%} */
    RANGE("–");

    public final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }
}
