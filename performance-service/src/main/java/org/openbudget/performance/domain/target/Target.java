package org.openbudget.performance.domain.target;

import java.math.BigDecimal;

/**
 * A parsed 指标值 (or 实际完成值: actual values use the same grammar). Quantitative: {@code comparator}, {@code value}
 * ({@code upper} too for a range), {@code unit} and {@code direction}. Qualitative: {@code meaning}, the vocabulary
 * entry it matched (null when the caller declared the text qualitative). {@code text} is what was written.
 */
public record Target(String text, TargetKind kind, Comparator comparator, BigDecimal value, BigDecimal upper, Unit unit,
                     Direction direction, String meaning) {

    public static Target qualitative(String text, String meaning) {
        return new Target(text, TargetKind.QUALITATIVE, null, null, null, null, null, meaning);
    }

    public boolean isQuantitative() {
        return kind == TargetKind.QUANTITATIVE;
    }

    public Target withDirection(Direction override) {
        return new Target(text, kind, comparator, value, upper, unit, override, meaning);
    }

    /** A canonical rendering, e.g. {@code ≥ 95 %} or {@code 80–90 %}; the qualitative text as written. */
    public String canonical() {
        if (!isQuantitative()) {
            return text;
        }
        String unitText = unit.text().isEmpty() ? "" : " " + unit.text();
        if (comparator == Comparator.RANGE) {
            return value.toPlainString() + "–" + upper.toPlainString() + unitText;
        }
        return comparator.symbol + " " + value.toPlainString() + unitText;
    }
}
