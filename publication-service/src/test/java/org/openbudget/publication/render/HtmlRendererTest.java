package org.openbudget.publication.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.openbudget.publication.document.Document;
import org.openbudget.publication.document.Paragraph;
import org.openbudget.publication.document.Section;

class HtmlRendererTest {

    private final HtmlRenderer renderer = new HtmlRenderer();

    private org.jsoup.nodes.Document page(Document document, RenderOptions options) {
        return Jsoup.parse(renderer.render(document, options));
    }

    @Test
    void pageIsChineseWithTitleHeadingsByLevelAndATocThatLinksEverySection() {
        org.jsoup.nodes.Document page = page(SampleDocuments.finalAccounts(), RenderOptions.NONE);

        assertEquals("zh-CN", page.selectFirst("html").attr("lang"));
        assertEquals("武汉市江汉区保健医疗办公室2024年度部门决算", page.title());
        assertEquals(1, page.select("h1").size());
        assertEquals("武汉市江汉区保健医疗办公室2024年度部门决算", page.selectFirst("h1").text());
        // level 1 → h2 (plus the 目录 heading), level 2 → h3, level 3 → h4
        assertEquals(List.of("目录", "第一部分 武汉市江汉区保健医疗办公室概况", "第二部分 武汉市江汉区保健医疗办公室2024年度部门决算表",
                "第三部分 2024年度部门决算情况说明", "第四部分 名词解释"), page.select("h2").eachText());
        assertTrue(page.select("h3").eachText().contains("一、收入支出决算总体情况说明"));
        assertEquals(List.of("（一）主要变动原因"), page.select("h4").eachText());

        Elements links = page.select("nav.toc a");
        assertTrue(links.size() >= 10, "sections two levels deep and tables: " + links.eachText());
        for (Element link : links) {
            String target = link.attr("href").substring(1);
            assertNotNull(page.getElementById(target), "TOC link " + link.text() + " points at #" + target);
        }
        assertTrue(links.eachText().contains("公开05表 一般公共预算财政拨款支出决算表"));
        Element part = page.getElementById(page.select("nav.toc > ol > li > a").get(1).attr("href").substring(1));
        assertEquals("section", part.tagName());
        assertTrue(part.hasClass("level-1"), "parts start a new printed page through the level-1 class");
    }

    @Test
    void tableHasCaptionUnitSpannedHeaderRightAlignedAmountsIndentedRowsAndBoldTotals() {
        org.jsoup.nodes.Document page = page(SampleDocuments.finalAccounts(), RenderOptions.NONE);
        Element table = page.selectFirst("#tbl-FA05 table");

        assertEquals("公开05表", table.selectFirst("caption .table-number").text());
        assertEquals("一般公共预算财政拨款支出决算表", table.selectFirst("caption .table-title").text());
        assertEquals("单位：万元", table.selectFirst("caption .table-unit").text());
        Elements headerRows = table.select("thead tr");
        assertEquals(2, headerRows.size());
        Element code = headerRows.get(0).child(0);
        assertEquals("功能分类科目编码", code.text());
        assertEquals("2", code.attr("rowspan"));
        assertEquals("col", code.attr("scope"));
        Element spend = headerRows.get(0).child(2);
        assertEquals("本年支出", spend.text());
        assertEquals("3", spend.attr("colspan"));
        assertEquals("colgroup", spend.attr("scope"));
        assertEquals(List.of("小计", "基本支出", "项目支出"), headerRows.get(1).children().eachText());

        Elements rows = table.select("tbody tr");
        Element total = rows.get(0);
        assertTrue(total.hasClass("total"));
        assertEquals("4,879.07", total.select("td.num").get(0).text());
        Element item = rows.get(3); // 2059999 其他教育支出, 项
        assertEquals("2059999", item.child(0).text());
        assertEquals("row", item.child(0).attr("scope"));
        Element name = item.child(1);
        assertTrue(name.hasClass("label"));
        assertTrue(name.attr("style").contains("padding-left:2.7em"), name.attr("style"));
        assertFalse(rows.get(1).child(1).hasAttr("style"), "类 rows are not indented");
        assertTrue(rows.get(2).child(1).attr("style").contains("padding-left:1.5em"), "款 rows indent one step");
        assertTrue(rows.get(1).hasClass("subtotal"));
        assertEquals(List.of("1,166.70", "", "1,166.70"), item.select("td.num").stream().map(Element::text).toList());

        String css = page.selectFirst("style").data();
        assertTrue(css.contains("td.num { text-align: right;"));
        assertTrue(css.contains("tr.total th, tr.total td { font-weight: bold;"));
        assertTrue(css.contains("thead { display: table-header-group; }"), "headers repeat on every printed page");
        assertTrue(css.contains("section.level-1 { page-break-before: always; }"));
        assertTrue(css.contains("counter(page)") && css.contains("counter(pages)"));
    }

    @Test
    void emptyTablePrintsItsNoteAndPlaceholdersAreMarked() {
        org.jsoup.nodes.Document page = page(SampleDocuments.finalAccounts(), RenderOptions.NONE);

        assertEquals("本部门2024年度无政府性基金预算财政拨款收入支出。", page.selectFirst("#tbl-FA07 p.empty-note").text());
        Element placeholder = page.selectFirst("mark.placeholder");
        assertEquals("（待填写：收支总计变动的主要原因）", placeholder.text());
        assertEquals("total.yoy.reason", placeholder.attr("data-subject"));
        assertEquals("4,879.07", page.selectFirst("span.figure[data-key=total.final]").text());
        assertEquals("2024年度收、支总计均为4,879.07万元。与2023年度相比，收、支总计减少161.92万元，下降3.2%，主要原因是"
                + "（待填写：收支总计变动的主要原因）。", page.getElementById("p-total").text());
    }

    @Test
    void blankPlaceholderStillShowsWhatIsMissing() {
        Document document = withSection(new Section("s", 1, "第一部分", List.of(new Paragraph("p", List.of(
                new Paragraph.Text("主要原因是"), new Paragraph.Placeholder("reason", "")))), List.of()));
        assertEquals("【待填写：reason】", page(document, RenderOptions.NONE).selectFirst("mark.placeholder").text());
    }

    @Test
    void chartsAreInlineSvgWithTitleDescAndADataTable() {
        org.jsoup.nodes.Document page = page(SampleDocuments.finalAccounts(), RenderOptions.NONE);
        Element figure = page.getElementById("fig-fig3");

        assertEquals("图3 支出决算结构", figure.selectFirst("figcaption").text());
        Element svg = figure.selectFirst("svg");
        assertEquals("img", svg.attr("role"));
        assertEquals("fig-fig3-title fig-fig3-desc", svg.attr("aria-labelledby"));
        assertNotNull(page.getElementById("fig-fig3-title"));
        assertTrue(page.getElementById("fig-fig3-desc").text().contains("卫生健康支出：3,712.37（76.1%）"));
        Element data = figure.selectFirst("details.chart-data table");
        assertEquals(List.of("项目", "支出决算", "占比"), data.select("thead th").eachText());
        assertEquals(List.of("教育支出", "1,166.70", "23.9%"), data.select("tbody tr").get(0).children().eachText());
    }

    @Test
    void bannersArePrintedAboveTheTocAndProvisionalOnesMarkEveryPrintedPage() {
        RenderOptions options = RenderOptions.NONE
                .with(RenderOptions.Banner.correction(List.of("公开05表 2101103 公务员医疗补助 由 1,331.91 更正为 1,331.90。")))
                .with(RenderOptions.Banner.draft(List.of("本页为预览。")));
        org.jsoup.nodes.Document page = page(SampleDocuments.finalAccounts(), options);

        Elements banners = page.select("aside.banner");
        assertEquals(2, banners.size());
        assertTrue(banners.get(0).hasClass("banner-correction"));
        assertEquals("更正说明", banners.get(0).selectFirst("h2").text());
        assertTrue(banners.get(1).hasClass("banner-draft"));
        assertTrue(page.selectFirst("aside.banner ~ nav.toc") != null, "banners come before the table of contents");
        assertTrue(page.selectFirst("style").data().contains("@top-center"));
        assertFalse(page(SampleDocuments.finalAccounts(), RenderOptions.NONE.with(RenderOptions.Banner.correction(List.of("x"))))
                .selectFirst("style").data().contains("@top-center"), "a correction is the published page, not a draft");
    }

    @Test
    void userTextIsEscapedEverywhereAndScriptsStayInert() {
        String script = "<script>alert('x')</script>";
        String attribute = "\" onmouseover=\"alert(1)";
        Document hostile = SampleDocuments.finalAccounts("某局" + script, "职责" + script + "<img src=x onerror=alert(2)>",
                "教育支出" + attribute + script);
        RenderOptions options = RenderOptions.NONE.with(new RenderOptions.Banner(RenderOptions.BannerKind.DRAFT,
                "草稿</style><script>alert(3)</script>\"}", List.of(script)));
        String html = renderer.render(hostile, options);
        org.jsoup.nodes.Document page = Jsoup.parse(html);

        assertTrue(page.select("script").isEmpty(), "no script element anywhere");
        assertTrue(page.select("img").isEmpty());
        assertTrue(page.select("[onmouseover], [onerror]").isEmpty(), "no event handler attribute anywhere");
        assertEquals(1, page.select("style").size());
        assertFalse(html.contains("<script"), "not even inside the style sheet or the SVG");
        // the text itself survives, literally
        assertEquals("某局" + script + "2024年度部门决算", page.title());
        assertTrue(page.getElementById("p-duties").text().contains("职责" + script + "<img src=x onerror=alert(2)>"));
        assertTrue(page.select("#tbl-FA05 tbody tr").get(1).child(1).text().equals("教育支出" + attribute + script));
        assertTrue(page.getElementById("fig-fig3-desc").text().contains("教育支出" + attribute + script));
    }

    @Test
    void hostileIdsBecomeSafeDistinctAnchors() {
        Document document = withSection(new Section("a b\"<x>", 1, "第一部分", List.of(), List.of()),
                new Section("a_b", 1, "第二部分", List.of(), List.of()),
                new Section("a-b", 1, "第三部分", List.of(), List.of()));
        org.jsoup.nodes.Document page = page(document, RenderOptions.NONE);

        List<String> ids = page.select("section").eachAttr("id");
        assertEquals(3, ids.stream().distinct().count(), ids.toString());
        for (String id : ids) {
            assertTrue(id.matches("[A-Za-z0-9_-]+"), id);
        }
    }

    @Test
    void pageIsAlsoWellFormedXmlForThePdfRendererAndCarriesBookmarksOnlyThere() throws Exception {
        Document hostile = SampleDocuments.finalAccounts("某局\u0001&\uD800", "a < b & c > d", "教育支出");
        String forPdf = renderer.renderForPdf(hostile, RenderOptions.NONE.with(RenderOptions.Banner.blocked(List.of("x"))));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(forPdf.getBytes(StandardCharsets.UTF_8)));
        assertEquals("html", xml.getDocumentElement().getLocalName());
        assertTrue(xml.getElementsByTagName("bookmark").getLength() >= 8);
        assertFalse(renderer.render(hostile).contains("<bookmarks>"), "browsers would move it into the body");
    }

    private static Document withSection(Section... sections) {
        return new Document(Document.Kind.BUDGET, "001", "某部门", 2025, "某部门2025年部门预算", "layout",
                List.of(sections), org.openbudget.publication.document.FactTable.empty());
    }
}
