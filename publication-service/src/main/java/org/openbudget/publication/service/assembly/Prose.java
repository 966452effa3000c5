package org.openbudget.publication.service.assembly;

import org.openbudget.publication.document.Formats;
import org.openbudget.publication.document.Paragraph;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a paragraph of the 情况说明 from figures. Every number goes in as a figure with a key (so a correction can
 * name it) and is formatted by {@link Formats}; every word that depends on a comparison (增加/减少, 增长/下降,
 * 大于/小于/等于, 持平) is chosen here from the numbers, never written by hand.
 */
final class Prose {

    static final String MISSING_EXPLANATION = "【待补充：主要原因（说明主体 %s）】";

    private final String id;
    private final List<Paragraph.Run> runs = new ArrayList<>();

    private Prose(String id) {
        this.id = id;
    }

    static Prose paragraph(String id) {
        return new Prose(id);
    }

    Prose text(String text) {
        if (!runs.isEmpty() && runs.get(runs.size() - 1) instanceof Paragraph.Text last) {
            runs.set(runs.size() - 1, new Paragraph.Text(last.text() + text));
        } else {
            runs.add(new Paragraph.Text(text));
        }
        return this;
    }

    /** An amount in 万元 followed by its unit. */
    Prose amount(String key, BigDecimal wanYuan) {
        runs.add(new Paragraph.Figure(key, Formats.amount(wanYuan)));
        return text(" 万元");
    }

    /** A figure another service computed and formatted (e.g. a score), printed as given. */
    Prose figure(String key, String text) {
        runs.add(new Paragraph.Figure(key, text));
        return this;
    }

    Prose count(String key, BigDecimal count, String unit) {
        runs.add(new Paragraph.Figure(key, Formats.count(count)));
        return text(unit);
    }

    /** part / whole as a percentage; "0%" when the whole is zero. */
    Prose share(String key, BigDecimal part, BigDecimal whole) {
        runs.add(new Paragraph.Figure(key, Formats.percent(ratio(part, whole))));
        return this;
    }

    Prose percent(String key, BigDecimal ratio) {
        runs.add(new Paragraph.Figure(key, Formats.percent(ratio)));
        return this;
    }

    /**
     * "增加 X 万元，增长 Y%" / "减少 X 万元，下降 Y%" / "持平" of current against prior; the rate is left out when the
     * prior figure is zero (a rate from nothing means nothing). Returns whether there was a change.
     */
    boolean change(String key, BigDecimal current, BigDecimal prior) {
        int sign = current.compareTo(prior);
        if (sign == 0) {
            text("持平");
            return false;
        }
        BigDecimal difference = current.subtract(prior).abs();
        text(sign > 0 ? "增加 " : "减少 ");
        amount(key + ".change", difference);
        if (prior.signum() != 0) {
            text(sign > 0 ? "，增长 " : "，下降 ");
            runs.add(new Paragraph.Figure(key + ".rate", Formats.percent(ratio(difference, prior.abs()))));
        }
        return true;
    }

    /** 大于/小于/等于 of a against b. */
    static String comparison(BigDecimal a, BigDecimal b) {
        int sign = a.compareTo(b);
        return sign > 0 ? "大于" : sign < 0 ? "小于" : "等于";
    }

    /** The human explanation of a subject, or a visible placeholder that blocks publication until it is written. */
    Prose explanation(Optional<String> text, String subject) {
        if (text.isPresent()) {
            // the sentence adds its own full stop after the reason
            return text(text.get().strip().replaceAll("[。．.；;，,\\s]+$", ""));
        }
        runs.add(new Paragraph.Placeholder(subject, String.format(MISSING_EXPLANATION, subject)));
        return this;
    }

    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return part.divide(whole, 10, RoundingMode.HALF_UP);
    }

    Paragraph build() {
        return new Paragraph(id, runs);
    }
}
