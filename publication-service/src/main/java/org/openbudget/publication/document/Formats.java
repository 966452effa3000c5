package org.openbudget.publication.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one formatter of amounts and percentages (docs/publication-formats.md): amounts arrive already rounded to
 * 万元 by budget-service (docs/rounding.md) and print with thousands separators and two decimals ("4,879.07");
 * rates print with one decimal and a percent sign ("3.2%"). Nothing else in the service formats a number.
 */
public final class Formats {

    private Formats() {
    }

    public static String amount(BigDecimal wanYuan) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(wanYuan);
    }

    /**
     * A ratio (0.032) as a percentage with one decimal, HALF_UP, a trailing ".0" dropped as the seeds print it
     * ("3.2%", "100%", "3%").
     */
    public static String percent(BigDecimal ratio) {
        BigDecimal value = ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        String text = value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : value.toPlainString();
        return text + "%";
    }

    /**
     * 元 to 万元 for figures budget-service keeps in 元 outside the tables (statistics such as 政府采购): the same
     * policy as docs/rounding.md — divide by 10,000 and round once, HALF_UP, to two decimals.
     */
    public static BigDecimal wanYuan(BigDecimal yuan) {
        return yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
    }

    /** A count (人次, 辆) as a whole number with thousands separators. */
    public static String count(BigDecimal count) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(count);
    }
}
