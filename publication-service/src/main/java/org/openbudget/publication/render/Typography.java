package org.openbudget.publication.render;

/**
 * The one font choice of every rendering. The PDF registers its embedded font under {@link #PDF_FAMILY}, so the
 * same CSS and SVG name it first; browsers fall back to the CJK fonts a reader's system has.
 */
final class Typography {

    private Typography() {
    }

    /** The family name the PDF renderer registers its embedded font under (docs/publication-formats.md). */
    static final String PDF_FAMILY = "WenQuanYi Micro Hei";

    /** CSS font-family list (double quotes: it goes into a style sheet). */
    static final String CSS_STACK = "\"" + PDF_FAMILY + "\", \"Microsoft YaHei\", \"PingFang SC\", "
            + "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"SimSun\", sans-serif";

    /** The same list for an SVG attribute (single quotes: it sits inside a double-quoted attribute). */
    static final String SVG_STACK = CSS_STACK.replace('"', '\'');
}
