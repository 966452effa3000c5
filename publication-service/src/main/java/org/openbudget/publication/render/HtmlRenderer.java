package org.openbudget.publication.render;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.openbudget.publication.document.Block;
import org.openbudget.publication.document.Chart;
import org.openbudget.publication.document.Document;
import org.openbudget.publication.document.Formats;
import org.openbudget.publication.document.Paragraph;
import org.openbudget.publication.document.Section;
import org.openbudget.publication.document.Table;

/**
 * The document as one self-contained, printable HTML5 page (no scripts, no external resources): title, banners,
 * a table of contents, then the sections with headings h2… by level, tables, charts as inline SVG with a data table
 * beside them. The markup is also well-formed XML (polyglot), so {@link PdfRenderer} lays out this very page.
 * Every piece of text is escaped (names and editorial text are user input).
 */
@ApplicationScoped
public class HtmlRenderer {

    private final ChartRenderer charts;

    @Inject
    public HtmlRenderer(ChartRenderer charts) {
        this.charts = charts;
    }

    public HtmlRenderer() {
        this(new ChartRenderer());
    }

    public String render(Document document) {
        return render(document, RenderOptions.NONE);
    }

    public String render(Document document, RenderOptions options) {
        return page(document, options, false);
    }

    /** The same page plus what only the PDF renderer reads (its {@code <bookmarks>} outline). */
    String renderForPdf(Document document, RenderOptions options) {
        return page(document, options, true);
    }

    private String page(Document document, RenderOptions options, boolean pdf) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\" xml:lang=\"zh-CN\">\n");
        out.append("<head>\n<meta charset=\"UTF-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Markup.text(document.title())).append("</title>\n")
                .append("<meta name=\"subject\" content=\"").append(Markup.attr(document.kind().chinese)).append("\"/>\n")
                .append("<meta name=\"author\" content=\"").append(Markup.attr(document.departmentName())).append("\"/>\n")
                .append("<style>\n").append(STYLE).append(provisionalStyle(options)).append("</style>\n");
        if (pdf) {
            bookmarks(out, document);
        }
        out.append("</head>\n<body>\n");
        out.append("<a class=\"skip-link\" href=\"#main\">跳到正文</a>\n");
        out.append("<header class=\"cover\">\n<p class=\"kind\">").append(Markup.text(document.kind().chinese))
                .append("</p>\n<h1>").append(Markup.text(document.title())).append("</h1>\n<p class=\"meta\">部门：")
                .append(Markup.text(document.departmentName())).append("（").append(Markup.text(document.departmentCode()))
                .append("）　").append(document.fiscalYear()).append("年度</p>\n</header>\n");
        banners(out, options);
        toc(out, document);
        out.append("<main id=\"main\">\n");
        for (Section section : document.sections()) {
            section(out, section);
        }
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    // ---------------------------------------------------------------- frame

    private void banners(StringBuilder out, RenderOptions options) {
        int n = 0;
        for (RenderOptions.Banner banner : options.banners()) {
            String id = "banner-" + (++n);
            out.append("<aside class=\"banner banner-").append(banner.kind().name().toLowerCase(Locale.ROOT))
                    .append("\" role=\"note\" aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id)
                    .append("\">").append(Markup.text(banner.heading())).append("</h2>\n");
            for (String line : banner.lines()) {
                out.append("<p>").append(lines(line)).append("</p>\n");
            }
            out.append("</aside>\n");
        }
    }

    /** Provisional pages say so on every printed page, in the top margin. */
    private static String provisionalStyle(RenderOptions options) {
        return options.banners().stream().filter(b -> b.kind() != RenderOptions.BannerKind.CORRECTION).findFirst()
                .map(b -> "@page { @top-center { content: \"" + cssString(b.heading()) + "\"; font-family: "
                        + Typography.CSS_STACK + "; font-size: 10pt; color: #b7791f; } }\n")
                .orElse("");
    }

    private void toc(StringBuilder out, Document document) {
        out.append("<nav class=\"toc\" aria-labelledby=\"toc-heading\">\n<h2 id=\"toc-heading\">目录</h2>\n<ol>\n");
        for (Section section : document.sections()) {
            tocEntry(out, section, 1);
        }
        out.append("</ol>\n</nav>\n");
    }

    /** Sections two levels deep, and the tables of each, as the printed 目录 lists them. */
    private void tocEntry(StringBuilder out, Section section, int depth) {
        out.append("<li><a href=\"#").append(Markup.anchor("sec-", section.id())).append("\">")
                .append(Markup.text(section.heading())).append("</a>");
        List<Table> tables = section.blocks().stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
        List<Section> children = depth < 2 ? section.children() : List.of();
        if (!tables.isEmpty() || !children.isEmpty()) {
            out.append("\n<ol>\n");
            for (Table table : tables) {
                out.append("<li><a href=\"#").append(Markup.anchor("tbl-", table.id())).append("\">")
                        .append(Markup.text(caption(table))).append("</a></li>\n");
            }
            for (Section child : children) {
                tocEntry(out, child, depth + 1);
            }
            out.append("</ol>\n");
        }
        out.append("</li>\n");
    }

    private void bookmarks(StringBuilder out, Document document) {
        out.append("<bookmarks>\n");
        for (Section section : document.sections()) {
            bookmark(out, section);
        }
        out.append("</bookmarks>\n");
    }

    private void bookmark(StringBuilder out, Section section) {
        out.append("<bookmark name=\"").append(Markup.attr(section.heading())).append("\" href=\"#")
                .append(Markup.anchor("sec-", section.id())).append("\">\n");
        for (Block block : section.blocks()) {
            if (block instanceof Table) {
                Table table = (Table) block;
                out.append("<bookmark name=\"").append(Markup.attr(caption(table))).append("\" href=\"#")
                        .append(Markup.anchor("tbl-", table.id())).append("\"/>\n");
            }
        }
        for (Section child : section.children()) {
            bookmark(out, child);
        }
        out.append("</bookmark>\n");
    }

    // ---------------------------------------------------------------- content

    private void section(StringBuilder out, Section section) {
        String id = Markup.anchor("sec-", section.id());
        int level = Math.max(1, section.level());
        int h = Math.min(level + 1, 6);
        out.append("<section id=\"").append(id).append("\" class=\"level-").append(level)
                .append("\" aria-labelledby=\"").append(id).append("-h\">\n<h").append(h).append(" id=\"").append(id)
                .append("-h\">").append(Markup.text(section.heading())).append("</h").append(h).append(">\n");
        for (Block block : section.blocks()) {
            if (block instanceof Paragraph) {
                paragraph(out, (Paragraph) block);
            } else if (block instanceof Table) {
                table(out, (Table) block);
            } else if (block instanceof Chart) {
                chart(out, (Chart) block);
            }
        }
        for (Section child : section.children()) {
            section(out, child);
        }
        out.append("</section>\n");
    }

    private void paragraph(StringBuilder out, Paragraph paragraph) {
        out.append("<p id=\"").append(Markup.anchor("p-", paragraph.id())).append("\">");
        for (Paragraph.Run run : paragraph.runs()) {
            if (run instanceof Paragraph.Figure) {
                Paragraph.Figure figure = (Paragraph.Figure) run;
                out.append("<span class=\"figure\" data-key=\"").append(Markup.attr(figure.key())).append("\">")
                        .append(Markup.text(figure.text())).append("</span>");
            } else if (run instanceof Paragraph.Placeholder) {
                Paragraph.Placeholder placeholder = (Paragraph.Placeholder) run;
                String shown = placeholder.text() == null || placeholder.text().isBlank()
                        ? "【待填写：" + placeholder.subject() + "】" : placeholder.text();
                out.append("<mark class=\"placeholder\" data-subject=\"").append(Markup.attr(placeholder.subject()))
                        .append("\" title=\"待填写：").append(Markup.attr(placeholder.subject())).append("\">")
                        .append(Markup.text(shown)).append("</mark>");
            } else {
                out.append(lines(run.text()));
            }
        }
        out.append("</p>\n");
    }

    private void table(StringBuilder out, Table table) {
        out.append("<div class=\"table-block\" id=\"").append(Markup.anchor("tbl-", table.id())).append("\">\n");
        if (table.header().isEmpty() && table.rows().isEmpty()) {
            out.append("<p class=\"table-caption\">").append(captionMarkup(table)).append("</p>\n");
        } else {
            out.append("<table>\n<caption>").append(captionMarkup(table)).append("</caption>\n");
            if (!table.header().isEmpty()) {
                out.append("<thead>\n");
                for (List<Table.HeaderCell> row : table.header()) {
                    out.append("<tr>");
                    for (Table.HeaderCell cell : row) {
                        out.append("<th scope=\"").append(cell.colspan() > 1 ? "colgroup" : "col").append('"');
                        if (cell.colspan() > 1) {
                            out.append(" colspan=\"").append(cell.colspan()).append('"');
                        }
                        if (cell.rowspan() > 1) {
                            out.append(" rowspan=\"").append(cell.rowspan()).append('"');
                        }
                        out.append('>').append(lines(cell.text())).append("</th>");
                    }
                    out.append("</tr>\n");
                }
                out.append("</thead>\n");
            }
            out.append("<tbody>\n");
            for (Table.Row row : table.rows()) {
                row(out, row);
            }
            out.append("</tbody>\n</table>\n");
        }
        if (table.isEmpty()) {
            out.append("<p class=\"empty-note\">").append(Markup.text(table.emptyNote())).append("</p>\n");
        }
        out.append("</div>\n");
    }

    private void row(StringBuilder out, Table.Row row) {
        List<Table.Cell> cells = row.cells();
        int labels = RowLabels.labelCount(cells);
        int labelCell = RowLabels.labelIndex(cells);
        out.append("<tr class=\"").append(row.kind().name().toLowerCase(Locale.ROOT)).append("\">");
        for (int i = 0; i < cells.size(); i++) {
            Table.Cell cell = cells.get(i);
            if (i < labels) {
                out.append("<th scope=\"row\"");
                if (i == labelCell) {
                    out.append(" class=\"label\"");
                    if (row.indent() > 0) {
                        out.append(" style=\"padding-left:").append(String.format(Locale.ROOT, "%.1f", 0.3 + 1.2 * row.indent()))
                                .append("em\"");
                    }
                }
                out.append('>').append(Markup.text(cell.text())).append("</th>");
            } else if (cell.isAmount() || cell.text().isEmpty()) {
                out.append("<td class=\"num\">").append(Markup.text(cell.text())).append("</td>");
            } else {
                out.append("<td>").append(Markup.text(cell.text())).append("</td>");
            }
        }
        out.append("</tr>\n");
    }

    private void chart(StringBuilder out, Chart chart) {
        String id = Markup.anchor("fig-", chart.id());
        out.append("<figure class=\"chart\" id=\"").append(id).append("\">\n<figcaption>")
                .append(Markup.text(ChartRenderer.caption(chart))).append("</figcaption>\n");
        out.append(charts.svg(chart)).append('\n');
        // the figures as a table: for screen readers, for copying, and for readers who cannot tell the colours apart
        boolean pie = chart.kind() == Chart.ChartKind.PIE;
        List<BigDecimal> shares = pie ? ChartRenderer.shares(chart) : List.of();
        out.append("<details class=\"chart-data\">\n<summary>").append(Markup.text(ChartRenderer.caption(chart)))
                .append(" 数据表</summary>\n<table>\n<caption>").append(Markup.text(ChartRenderer.caption(chart)));
        if (chart.unit() != null && !chart.unit().isBlank()) {
            out.append("<span class=\"table-unit\">").append(Markup.text(chart.unit())).append("</span>");
        }
        out.append("</caption>\n<thead><tr><th scope=\"col\">项目</th>");
        for (Chart.Series series : chart.series()) {
            out.append("<th scope=\"col\">").append(Markup.text(series.name())).append("</th>");
        }
        if (pie) {
            out.append("<th scope=\"col\">占比</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (int c = 0; c < chart.categories().size(); c++) {
            out.append("<tr><th scope=\"row\">").append(Markup.text(chart.categories().get(c))).append("</th>");
            for (Chart.Series series : chart.series()) {
                out.append("<td class=\"num\">")
                        .append(c < series.values().size() ? Formats.amount(series.values().get(c)) : "")
                        .append("</td>");
            }
            if (pie) {
                out.append("<td class=\"num\">")
                        .append(c < shares.size() && shares.get(c) != null ? Formats.percent(shares.get(c)) : "—")
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</details>\n</figure>\n");
    }

    // ---------------------------------------------------------------- helpers

    static String caption(Table table) {
        String number = table.number() == null ? "" : table.number().trim();
        return number.isEmpty() ? table.title() : number + " " + table.title();
    }

    private static String captionMarkup(Table table) {
        StringBuilder out = new StringBuilder();
        if (table.number() != null && !table.number().isBlank()) {
            out.append("<span class=\"table-number\">").append(Markup.text(table.number())).append("</span> ");
        }
        out.append("<span class=\"table-title\">").append(Markup.text(table.title())).append("</span>");
        if (table.unit() != null && !table.unit().isBlank()) {
            out.append("<span class=\"table-unit\">").append(Markup.text(table.unit())).append("</span>");
        }
        return out.toString();
    }

    /** Escaped text whose line breaks print as line breaks. */
    private static String lines(String text) {
        return Markup.text(text).replace("\r\n", "\n").replace("\n", "<br/>");
    }

    /** A CSS string body: everything but letters, digits, CJK and space as a hex escape, so nothing can end it. */
    static String cssString(String raw) {
        StringBuilder out = new StringBuilder();
        (raw == null ? "" : raw).codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == ' ' || cp >= 0x3000) {
                out.appendCodePoint(cp);
            } else {
                out.append('\\').append(Integer.toHexString(cp)).append(' ');
            }
        });
        return out.toString();
    }

    /**
     * Screen and print style. The page-margin boxes name the font themselves: openhtmltopdf does not give them the
     * page's font, and the footer would print '#' for every Chinese character.
     */
    private static final String STYLE = """
            @page {
              size: A4;
              margin: 18mm 15mm 20mm 15mm;
              @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; font-family: %1$s; font-size: 9pt; color: #444444; }
            }
            html { font-family: %1$s; color: #111111; background: #ffffff; }
            body { margin: 0; font-size: 11pt; line-height: 1.6; }
            h1 { font-size: 20pt; text-align: center; margin: 1.5em 0 0.4em 0; line-height: 1.3; }
            h2 { font-size: 15pt; margin: 1em 0 0.5em 0; }
            h3 { font-size: 12.5pt; margin: 0.9em 0 0.4em 0; }
            h4, h5, h6 { font-size: 11pt; margin: 0.8em 0 0.3em 0; }
            .cover .kind, .cover .meta { text-align: center; color: #333333; margin: 0.3em 0; }
            .skip-link { position: absolute; left: -9999px; }
            .skip-link:focus { left: 1em; top: 1em; background: #ffffff; padding: 0.3em; }
            nav.toc ol { list-style: none; margin: 0; padding-left: 1.5em; }
            nav.toc > ol { padding-left: 0; }
            nav.toc a { color: inherit; text-decoration: none; }
            section.level-1 { page-break-before: always; }
            p { margin: 0.5em 0; text-indent: 2em; }
            .banner p, .empty-note, .table-caption { text-indent: 0; }
            .table-block { margin: 0.8em 0 1.2em 0; }
            table { border-collapse: collapse; width: 100%%; font-size: 9pt; line-height: 1.35; -fs-table-paginate: paginate; }
            caption { caption-side: top; text-align: center; font-weight: bold; font-size: 11pt; padding-bottom: 0.3em; }
            .table-unit { display: block; text-align: right; font-weight: normal; font-size: 9pt; }
            th, td { border: 1px solid #555555; padding: 2px 4px; vertical-align: middle; }
            thead th { background: #eef1f5; text-align: center; font-weight: bold; }
            thead { display: table-header-group; }
            tbody th { text-align: left; font-weight: normal; }
            td.num { text-align: right; white-space: nowrap; }
            tr { page-break-inside: avoid; }
            tr.total th, tr.total td { font-weight: bold; background: #f1f1f1; }
            tr.subtotal th, tr.subtotal td { font-weight: bold; }
            .empty-note { margin-top: 0.2em; }
            mark.placeholder { background: #fff3b0; color: #6b4100; border: 1px dashed #b7791f; padding: 0 0.2em; }
            figure.chart { margin: 1em 0; page-break-inside: avoid; text-align: center; }
            figcaption { font-weight: bold; margin-bottom: 0.3em; }
            .chart-data { text-align: left; margin-top: 0.3em; }
            .banner { border: 2px solid #0072b2; background: #eef6fc; padding: 0.4em 1em; margin: 1em 0; }
            .banner h2 { font-size: 13pt; margin: 0.2em 0; }
            .banner-draft { border-color: #b7791f; background: #fff8e6; }
            .banner-blocked { border-color: #c0392b; background: #fdecea; }
            @media screen {
              body { max-width: 62em; margin: 0 auto; padding: 1.5em; }
              nav.toc a { color: #0645ad; text-decoration: underline; }
              figure.chart svg { max-width: 100%%; height: auto; }
            }
            @media print {
              .skip-link, .chart-data { display: none; }
              nav.toc a::after { content: leader('.') target-counter(attr(href), page); }
            }
            """.formatted(Typography.CSS_STACK);
}
