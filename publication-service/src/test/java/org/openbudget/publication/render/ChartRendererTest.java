package org.openbudget.publication.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openbudget.publication.document.Chart;
import org.openbudget.publication.document.Formats;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartRendererTest {

    private final ChartRenderer renderer = new ChartRenderer();

    private static Element parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    private static List<String> texts(Element svg) {
        NodeList nodes = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void barChartIsWellFormedSvgWithIntegerSizeViewBoxTitleDescAxisAndFormattedValues() throws Exception {
        Element svg = parse(renderer.svg(SampleDocuments.chart1()));

        assertEquals("svg", svg.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        assertEquals("640", svg.getAttribute("width"));
        assertEquals("360", svg.getAttribute("height"));
        assertEquals("0 0 640 360", svg.getAttribute("viewBox"));
        assertTrue(svg.getAttribute("font-family").startsWith("'WenQuanYi Micro Hei'"));
        Element title = (Element) svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0);
        assertEquals("图1 收、支决算总计变动情况", title.getTextContent());
        assertEquals("fig-fig1-title", title.getAttribute("id"));
        String desc = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "desc").item(0).getTextContent();
        assertEquals("柱状图，单位：万元。2023年度：收入总计 5,040.99，支出总计 5,040.99；2024年度：收入总计 4,879.07，支出总计 4,879.07；",
                desc);

        List<String> texts = texts(svg);
        for (String expected : List.of("收入总计", "支出总计", "单位：万元", "2023年度", "2024年度", "5,040.99", "4,879.07",
                "0", "2,000", "6,000")) {
            assertTrue(texts.contains(expected), expected + " in " + texts);
        }
        assertEquals(4, svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength() - 1 - 2,
                "four bars (besides the background and two legend swatches)");
    }

    @Test
    void pieChartShowsEachShareAsAPercentAndEveryAmount() throws Exception {
        Element svg = parse(renderer.svg(SampleDocuments.chart3("教育支出")));

        assertEquals("320", svg.getAttribute("height"));
        assertEquals("0 0 640 320", svg.getAttribute("viewBox"));
        List<String> texts = texts(svg);
        BigDecimal total = new BigDecimal("4879.07");
        String education = Formats.percent(new BigDecimal("1166.70").divide(total, java.math.MathContext.DECIMAL64));
        assertEquals("23.9%", education);
        assertTrue(texts.contains("23.9%") && texts.contains("76.1%"), texts.toString());
        assertTrue(texts.contains("1,166.70") && texts.contains("3,712.37"), texts.toString());
        assertEquals(2, svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength());
    }

    @Test
    void singleSliceIsAFullCircleAndNegativeSlicesAreListedButNotDrawn() throws Exception {
        Chart whole = new Chart("c", "图2", "收入结构", Chart.ChartKind.PIE, "单位：万元",
                List.of("财政拨款收入", "其他收入"),
                List.of(new Chart.Series("收入", List.of(new BigDecimal("9111.11"), new BigDecimal("-1.00")))));
        Element svg = parse(renderer.svg(whole));

        assertEquals(1, svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength());
        assertEquals(0, svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength());
        List<String> texts = texts(svg);
        assertTrue(texts.contains("100%"), texts.toString());
        assertTrue(texts.contains("-1.00") && texts.contains("—"), "listed, without a share: " + texts);
    }

    @Test
    void barsBelowZeroHangFromTheZeroLineAndTheAxisCoversThem() throws Exception {
        Chart change = new Chart("c", "图4", "增减", Chart.ChartKind.BAR, "单位：万元", List.of("收入", "支出"),
                List.of(new Chart.Series("增减额", List.of(new BigDecimal("-161.92"), new BigDecimal("250.50")))));
        List<String> texts = texts(parse(renderer.svg(change)));

        assertTrue(texts.contains("-161.92") && texts.contains("250.50"), texts.toString());
        assertTrue(texts.contains("-200") && texts.contains("300"), "nice ticks from -200 to 300: " + texts);
    }

    @Test
    void emptyChartSaysSoAndLongLabelsAreShortenedInTheDrawingButWholeInTheTitles() throws Exception {
        Element empty = parse(renderer.svg(new Chart("e", "图1", "无", Chart.ChartKind.BAR, null, List.of(), List.of())));
        assertTrue(texts(empty).contains("无数据"));

        String longName = "一般公共预算财政拨款收入一般公共预算财政拨款收入一般公共预算财政拨款收入一般公共预算财政拨款收入";
        List<String> categories = List.of(longName, "b", "c", "d", "e", "f");
        List<BigDecimal> values = categories.stream().map(c -> BigDecimal.TEN).toList();
        String svg = renderer.svg(new Chart("l", "图1", "长", Chart.ChartKind.BAR, "单位：万元", categories,
                List.of(new Chart.Series("s", values))));
        List<String> texts = texts(parse(svg));
        assertTrue(texts.stream().anyMatch(t -> t.endsWith("…")), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.equals(longName)));
        assertTrue(svg.contains("<title>" + longName + " s：10.00</title>"));
    }

    @Test
    void hostileLabelsAreEscaped() throws Exception {
        String hostile = "</text><script>alert(1)</script>\"'&";
        Chart chart = new Chart("x\"><script>", "图1", hostile, Chart.ChartKind.BAR, hostile, List.of(hostile),
                List.of(new Chart.Series(hostile, List.of(BigDecimal.ONE))));
        String svg = renderer.svg(chart);
        Element root = parse(svg);

        assertTrue(!svg.contains("<script"), svg);
        assertEquals(0, root.getElementsByTagName("script").getLength());
        assertTrue(texts(root).contains(hostile));
    }
}
