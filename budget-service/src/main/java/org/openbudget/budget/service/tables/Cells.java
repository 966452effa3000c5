package org.openbudget.budget.service.tables;

import org.openbudget.budget.domain.LedgerLine;
import org.openbudget.budget.domain.Measure;
import org.openbudget.budget.domain.DisplayUnit;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.function.Function;
import java.util.function.Predicate;

/** Sums of facts as printed: each fact converted to the display unit once (万元: rounded), then added. */
final class Cells {

    private Cells() {
    }

    /** A measure as stored. */
    static Function<LedgerLine, BigDecimal> measure(Measure measure) {
        return line -> line.amount(measure);
    }

    /** 全年预算: the adjusted budget where one was set, else the initial budget (nothing was adjusted). */
    static BigDecimal fullYearBudget(LedgerLine line) {
        return line.adjustedBudget != null ? line.adjustedBudget : line.initialBudget;
    }

    /** The sum of the matching lines' rounded amounts, or null when no matching line has an amount. */
    static BigDecimal sum(DisplayUnit unit, Collection<LedgerLine> lines, Function<LedgerLine, BigDecimal> amount,
                          Predicate<LedgerLine> filter) {
        BigDecimal total = null;
        for (LedgerLine line : lines) {
            BigDecimal value = filter.test(line) ? amount.apply(line) : null;
            if (value != null) {
                BigDecimal printed = unit.of(value);
                total = total == null ? printed : total.add(printed);
            }
        }
        return total;
    }
}
