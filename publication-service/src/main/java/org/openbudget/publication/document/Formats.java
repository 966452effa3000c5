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

    /** A ratio (0.032) as a percentage with one decimal ("3.2%"), HALF_UP. */
    public static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A count (人次, 辆) as a whole number with thousands separators. */
    public static String count(BigDecimal count) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(count);
    }
}
