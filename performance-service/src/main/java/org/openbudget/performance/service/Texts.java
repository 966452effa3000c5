package org.openbudget.performance.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Input hygiene shared by every write: trimmed texts, blanks as absent, points and percentages to the cent. */
final class Texts {

    private Texts() {
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** Two decimals; a value with more is left as it is, for the checks to refuse by name. */
    static BigDecimal money(BigDecimal d) {
        if (d == null || d.stripTrailingZeros().scale() > 2) {
            return d;
        }
        return d.setScale(2, RoundingMode.UNNECESSARY);
    }
}
