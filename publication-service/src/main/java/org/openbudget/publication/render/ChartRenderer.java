package org.openbudget.publication.render;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openbudget.publication.document.Chart;
import org.openbudget.publication.document.Formats;

/**
 * Draws a {@link Chart} as standalone SVG, hand-written rather than through a charting library: two chart kinds
 * need a few hundred lines, and the output stays small, deterministic and readable by both browsers and the PDF
 * renderer (Batik). Integer width/height and a viewBox (the PDF renderer rejects "640.0"); every value printed
 * goes through {@link Formats}; a {@code <title>} and a {@code <desc>} that lists every figure make the image
 * accessible, and each bar or slice carries its own {@code <title>}.
 */
@ApplicationScoped
public class ChartRenderer {

    static final int WIDTH = 640;
    static final int BAR_HEIGHT = 360;
    static final int PIE_HEIGHT = 320;
    /**
     * Not 12: Batik inside openhtmltopdf (1.1.65) draws text of exactly font-size 12 with an AWT-created font about
     * twelve times too small; 11 and 13 are fine (PdfRendererTest renders a chart to PNG and checks).
     */
    static final int FONT_SIZE = 11;

    /** Okabe–Ito: distinguishable with the common colour-vision deficiencies and in greyscale print. */
    private static final String[] PALETTE = {"#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
            "#F0E442", "#000000"};
    /** Text colour readable on each palette colour. */
    private static final String[] ON_PALETTE = {"#ffffff", "#000000", "#ffffff", "#ffffff", "#000000", "#000000",
            "#000000", "#ffffff"};

    /** The chart as a standalone SVG document (its element ids start with {@code "fig-" + chart id}). */
    public String svg(Chart chart) {
        String prefix = Markup.anchor("fig-", chart.id());
        return chart.kind() == Chart.ChartKind.PIE ? pie(chart, prefix) : bar(chart, prefix);
    }

    /** A sentence per category listing every value, for {@code <desc>} and for screen readers. */
    static String describe(Chart chart) {
        StringBuilder out = new StringBuilder(chart.kind() == Chart.ChartKind.PIE ? "饼图" : "柱状图");
        if (chart.unit() != null && !chart.unit().isBlank()) {
            out.append("，").append(chart.unit());
        }
        out.append("。");
        List<BigDecimal> shares = chart.kind() == Chart.ChartKind.PIE ? shares(chart) : List.of();
        for (int c = 0; c < chart.categories().size(); c++) {
            out.append(chart.categories().get(c)).append("：");
            List<String> parts = new ArrayList<>();
            for (Chart.Series series : chart.series()) {
                if (c < series.values().size()) {
                    String part = (chart.series().size() > 1 ? series.name() + " " : "")
                            + Formats.amount(series.values().get(c));
                    if (c < shares.size() && shares.get(c) != null) {
                        part += "（" + Formats.percent(shares.get(c)) + "）";
                    }
                    parts.add(part);
                }
            }
            out.append(String.join("，", parts)).append("；");
        }
        return out.toString();
    }

    private String open(Chart chart, String prefix, int height) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" role=\"img\" aria-labelledby=\"" + prefix
                + "-title " + prefix + "-desc\" font-family=\"" + Typography.SVG_STACK + "\" font-size=\""
                + FONT_SIZE + "\">"
                + "<title id=\"" + prefix + "-title\">" + Markup.text(caption(chart)) + "</title>"
                + "<desc id=\"" + prefix + "-desc\">" + Markup.text(describe(chart)) + "</desc>"
                + "<rect x=\"0\" y=\"0\" width=\"" + WIDTH + "\" height=\"" + height + "\" fill=\"#ffffff\"/>";
    }

    static String caption(Chart chart) {
        String number = chart.number() == null ? "" : chart.number().trim();
        return number.isEmpty() ? chart.title() : number + " " + chart.title();
    }

    // ---------------------------------------------------------------- bar

    private String bar(Chart chart, String prefix) {
        StringBuilder svg = new StringBuilder(open(chart, prefix, BAR_HEIGHT));
        List<String> categories = chart.categories();
        List<Chart.Series> series = chart.series();
        int left = 78;
        int right = WIDTH - 16;
        int top = 44;
        int bottom = BAR_HEIGHT - 48;

        legend(svg, series.stream().map(Chart.Series::name).toList(), 16, 10);
        if (chart.unit() != null && !chart.unit().isBlank()) {
            svg.append(text(right, 24, "end", "#333333", chart.unit()));
        }
        if (categories.isEmpty() || series.isEmpty()) {
            svg.append(text(WIDTH / 2, BAR_HEIGHT / 2, "middle", "#333333", "无数据"));
            return svg.append("</svg>").toString();
        }

        BigDecimal min = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (Chart.Series s : series) {
            for (BigDecimal v : s.values()) {
                min = min.min(v);
                max = max.max(v);
            }
        }
        Axis axis = Axis.of(min, max);
        double span = axis.top.subtract(axis.bottom).doubleValue();
        double plotHeight = bottom - top;
        java.util.function.DoubleUnaryOperator y = v -> bottom - (v - axis.bottom.doubleValue()) / span * plotHeight;

        // grid lines and tick labels
        for (BigDecimal tick : axis.ticks()) {
            double ty = y.applyAsDouble(tick.doubleValue());
            svg.append("<line x1=\"").append(left).append("\" y1=\"").append(num(ty)).append("\" x2=\"")
                    .append(right).append("\" y2=\"").append(num(ty)).append("\" stroke=\"#dddddd\" stroke-width=\"1\"/>");
            svg.append(text(left - 6, ty + 4, "end", "#333333", axis.label(tick)));
        }
        double zeroY = y.applyAsDouble(0);
        svg.append("<line x1=\"").append(left).append("\" y1=\"").append(num(zeroY)).append("\" x2=\"").append(right)
                .append("\" y2=\"").append(num(zeroY)).append("\" stroke=\"#333333\" stroke-width=\"1\"/>");
        svg.append("<line x1=\"").append(left).append("\" y1=\"").append(top).append("\" x2=\"").append(left)
                .append("\" y2=\"").append(bottom).append("\" stroke=\"#333333\" stroke-width=\"1\"/>");

        double groupWidth = (double) (right - left) / categories.size();
        double barWidth = Math.min(56, groupWidth * 0.8 / series.size());
        double groupInset = (groupWidth - barWidth * series.size()) / 2;
        for (int c = 0; c < categories.size(); c++) {
            double groupX = left + c * groupWidth;
            for (int s = 0; s < series.size(); s++) {
                List<BigDecimal> values = series.get(s).values();
                if (c >= values.size()) {
                    continue;
                }
                BigDecimal value = values.get(c);
                double x = groupX + groupInset + s * barWidth;
                double vy = y.applyAsDouble(value.doubleValue());
                double barTop = Math.min(vy, zeroY);
                double barHeight = Math.max(Math.abs(zeroY - vy), value.signum() == 0 ? 0 : 1);
                String label = Formats.amount(value);
                svg.append("<g><title>").append(Markup.text(categories.get(c) + " " + series.get(s).name() + "："
                        + label)).append("</title>");
                svg.append("<rect x=\"").append(num(x + 1)).append("\" y=\"").append(num(barTop)).append("\" width=\"")
                        .append(num(barWidth - 2)).append("\" height=\"").append(num(barHeight)).append("\" fill=\"")
                        .append(PALETTE[s % PALETTE.length]).append("\"/>");
                double labelY = value.signum() < 0 ? barTop + barHeight + 12 : barTop - 4;
                svg.append(text(x + barWidth / 2, labelY, "middle", "#111111", label, 10));
                svg.append("</g>");
            }
            wrapped(svg, categories.get(c), groupX + groupWidth / 2, bottom + 16, groupWidth - 4);
        }
        return svg.append("</svg>").toString();
    }

    // ---------------------------------------------------------------- pie

    private String pie(Chart chart, String prefix) {
        StringBuilder svg = new StringBuilder(open(chart, prefix, PIE_HEIGHT));
        List<String> categories = chart.categories();
        List<BigDecimal> values = chart.series().isEmpty() ? List.of() : chart.series().get(0).values();
        List<BigDecimal> shares = shares(chart);
        double cx = 160;
        double cy = PIE_HEIGHT / 2.0;
        double r = 120;
        if (shares.stream().allMatch(s -> s == null)) {
            svg.append(text((int) cx, (int) cy, "middle", "#333333", "无数据"));
        }
        double start = -Math.PI / 2;
        for (int c = 0; c < categories.size() && c < values.size(); c++) {
            BigDecimal share = shares.get(c);
            if (share == null || share.signum() <= 0) {
                continue;
            }
            String color = PALETTE[c % PALETTE.length];
            double sweep = share.doubleValue() * 2 * Math.PI;
            svg.append("<g><title>").append(Markup.text(categories.get(c) + "：" + Formats.amount(values.get(c))
                    + "（" + Formats.percent(share) + "）")).append("</title>");
            if (share.compareTo(BigDecimal.ONE) >= 0) {
                svg.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"")
                        .append(num(r)).append("\" fill=\"").append(color).append("\"/>");
            } else {
                double end = start + sweep;
                svg.append("<path d=\"M").append(num(cx)).append(' ').append(num(cy))
                        .append(" L").append(num(cx + r * Math.cos(start))).append(' ').append(num(cy + r * Math.sin(start)))
                        .append(" A").append(num(r)).append(' ').append(num(r)).append(" 0 ").append(sweep > Math.PI ? 1 : 0)
                        .append(" 1 ").append(num(cx + r * Math.cos(end))).append(' ').append(num(cy + r * Math.sin(end)))
                        .append(" Z\" fill=\"").append(color).append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
            }
            if (share.compareTo(new BigDecimal("0.06")) >= 0) {
                double mid = start + sweep / 2;
                double lx = share.compareTo(BigDecimal.ONE) >= 0 ? cx : cx + r * 0.62 * Math.cos(mid);
                double ly = share.compareTo(BigDecimal.ONE) >= 0 ? cy : cy + r * 0.62 * Math.sin(mid);
                svg.append(text(lx, ly + 4, "middle", ON_PALETTE[c % ON_PALETTE.length], Formats.percent(share)));
            }
            svg.append("</g>");
            start += sweep;
        }
        // legend: every category with its amount and share, including those too small (or not positive) to draw
        int lx = 312;
        int rowHeight = 22;
        int ly = (int) Math.max(24, cy - categories.size() * rowHeight / 2.0 + 8);
        if (chart.unit() != null && !chart.unit().isBlank()) {
            svg.append(text(WIDTH - 16, 20, "end", "#333333", chart.unit()));
        }
        for (int c = 0; c < categories.size(); c++) {
            int rowY = ly + c * rowHeight;
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(rowY - 11).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(PALETTE[c % PALETTE.length]).append("\"/>");
            String amount = c < values.size() ? Formats.amount(values.get(c)) : "";
            String percent = c < shares.size() && shares.get(c) != null ? Formats.percent(shares.get(c)) : "—";
            svg.append(text(lx + 18, rowY, "start", "#111111", truncate(categories.get(c), 150)));
            svg.append(text(WIDTH - 80, rowY, "end", "#111111", amount));
            svg.append(text(WIDTH - 16, rowY, "end", "#111111", percent));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Each slice's share of the positive total (null where the value is not positive or nothing is positive):
     * a share of a negative amount means nothing, so such a category is listed but not drawn.
     */
    static List<BigDecimal> shares(Chart chart) {
        List<BigDecimal> values = chart.series().isEmpty() ? List.of() : chart.series().get(0).values();
        BigDecimal total = values.stream().filter(v -> v.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> shares = new ArrayList<>();
        for (BigDecimal v : values) {
            shares.add(total.signum() > 0 && v.signum() > 0 ? v.divide(total, MathContext.DECIMAL64) : null);
        }
        return shares;
    }

    // ---------------------------------------------------------------- pieces

    private void legend(StringBuilder svg, List<String> names, int x, int y) {
        double at = x;
        for (int i = 0; i < names.size(); i++) {
            svg.append("<rect x=\"").append(num(at)).append("\" y=\"").append(y).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(PALETTE[i % PALETTE.length]).append("\"/>");
            String name = truncate(names.get(i), 160);
            svg.append(text(at + 16, y + 11, "start", "#111111", name));
            at += 16 + width(name, FONT_SIZE) + 18;
        }
    }

    /** A category label in up to two lines under its bar group; longer labels end in "…" (the title keeps it whole). */
    private void wrapped(StringBuilder svg, String label, double x, double y, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int[] cps = label.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            String next = line + new String(Character.toChars(cps[i]));
            if (width(next, FONT_SIZE) > maxWidth && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder();
                if (lines.size() == 2) {
                    String last = lines.remove(1);
                    lines.add(truncate(last + new String(cps, i, cps.length - i), maxWidth));
                    line = null;
                    break;
                }
            }
            line.appendCodePoint(cps[i]);
        }
        if (line != null && line.length() > 0) {
            lines.add(line.toString());
        }
        for (int i = 0; i < lines.size(); i++) {
            svg.append(text(x, y + i * (FONT_SIZE + 3), "middle", "#111111", lines.get(i)));
        }
    }

    private static String truncate(String s, double maxWidth) {
        if (width(s, FONT_SIZE) <= maxWidth) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        for (int cp : s.codePoints().toArray()) {
            if (width(out + "…" + new String(Character.toChars(cp)), FONT_SIZE) > maxWidth) {
                break;
            }
            out.appendCodePoint(cp);
        }
        return out + "…";
    }

    /** Estimated advance: CJK and full-width forms are one em, the rest about 0.6 em (no font metrics needed). */
    static double width(String s, int fontSize) {
        return s.codePoints().mapToDouble(cp -> cp >= 0x2E80 ? fontSize : fontSize * 0.6).sum();
    }

    private static String text(double x, double y, String anchor, String fill, String content) {
        return text(x, y, anchor, fill, content, FONT_SIZE);
    }

    private static String text(double x, double y, String anchor, String fill, String content, int size) {
        // font attributes on every text: Batik inside the PDF renderer does not inherit them from the root
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\" fill=\"" + fill
                + "\" font-family=\"" + Typography.SVG_STACK + "\" font-size=\"" + size + "\">" + Markup.text(content)
                + "</text>";
    }

    /** Geometry, not a figure: two decimals, dot separator, whatever the default locale. */
    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.endsWith(".00") ? s.substring(0, s.length() - 3) : s;
    }

    /** A value axis from a "nice" bottom to a "nice" top (steps of 1, 2 or 5 × 10^k, about five of them). */
    record Axis(BigDecimal bottom, BigDecimal top, BigDecimal step) {

        static Axis of(BigDecimal min, BigDecimal max) {
            BigDecimal range = max.subtract(min);
            if (range.signum() == 0) {
                range = BigDecimal.ONE;
            }
            BigDecimal rough = range.divide(BigDecimal.valueOf(5), MathContext.DECIMAL64);
            int exponent = rough.precision() - rough.scale() - 1;
            BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(exponent);
            BigDecimal step = magnitude.multiply(BigDecimal.TEN);
            for (int m : new int[] {1, 2, 5, 10}) {
                BigDecimal candidate = magnitude.multiply(BigDecimal.valueOf(m));
                if (candidate.compareTo(rough) >= 0) {
                    step = candidate;
                    break;
                }
            }
            BigDecimal bottom = min.signum() < 0 ? floor(min, step) : BigDecimal.ZERO;
            BigDecimal top = max.signum() > 0 ? ceil(max, step) : BigDecimal.ZERO;
            if (top.compareTo(bottom) == 0) {
                top = bottom.add(step);
            }
            return new Axis(bottom, top, step);
        }

        List<BigDecimal> ticks() {
            List<BigDecimal> ticks = new ArrayList<>();
            for (BigDecimal t = bottom; t.compareTo(top) <= 0; t = t.add(step)) {
                ticks.add(t);
            }
            return ticks;
        }

        /** Whole numbers print as counts ("2,000"), fractional steps as amounts ("0.50"). */
        String label(BigDecimal tick) {
            return step.stripTrailingZeros().scale() <= 0 ? Formats.count(tick) : Formats.amount(tick);
        }

        private static BigDecimal floor(BigDecimal v, BigDecimal step) {
            return v.divide(step, 0, java.math.RoundingMode.FLOOR).multiply(step);
        }

        private static BigDecimal ceil(BigDecimal v, BigDecimal step) {
            return v.divide(step, 0, java.math.RoundingMode.CEILING).multiply(step);
        }
    }
}
