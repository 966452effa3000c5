package org.openbudget.publication.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openbudget.publication.document.Chart;
import org.openbudget.publication.document.Document;
import org.openbudget.publication.document.FactTable;
import org.openbudget.publication.document.Section;

/**
 * Renders real PDFs with the real font (fonts-wqy-microhei, installed by .ci/run) and reads them back with PDFBox;
 * page images go to target/render-artifacts/ (pdftoppm from poppler-utils) for a person to look at.
 */
class PdfRendererTest {

    private static final Path ARTIFACTS = Path.of("target", "render-artifacts");
    private static PdfRenderer renderer;
    private static byte[] sample;

    @BeforeAll
    static void render() throws IOException {
        renderer = new PdfRenderer();
        sample = renderer.render(SampleDocuments.finalAccounts());
        Files.createDirectories(ARTIFACTS);
        Files.write(ARTIFACTS.resolve("final-accounts.pdf"), sample);
    }

    private static List<String> pages(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(stripper.getText(pdf));
        }
        return pages;
    }

    @Test
    void chineseTextAndAmountsExtractExactlyWithPageNumbersOfTheTotal() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample)) {
            List<String> pages = pages(pdf);
            String all = String.join("\n", pages);

            for (String expected : List.of("武汉市江汉区保健医疗办公室2024年度部门决算", "一般公共预算财政拨款",
                    "一、一般公共预算财政拨款收入", "4,879.07", "1,166.70", "3,712.37", "公开01表 收入支出决算总表",
                    "单位：万元", "本部门2024年度无政府性基金预算财政拨款收入支出。", "（待填写：收支总计变动的主要原因）")) {
                assertTrue(all.contains(expected), expected);
            }
            assertFalse(all.contains("#"), "no glyph replaced by '#'");
            assertEquals("武汉市江汉区保健医疗办公室2024年度部门决算", pdf.getDocumentInformation().getTitle());

            int count = pdf.getNumberOfPages();
            assertTrue(count >= 5, "cover and TOC, then a page per part at least: " + count);
            for (int p = 1; p <= count; p++) {
                assertTrue(pages.get(p - 1).contains("第 " + p + " 页 / 共 " + count + " 页"), "footer of page " + p);
            }
            assertEquals(595, Math.round(pdf.getPage(0).getMediaBox().getWidth()), "A4");
            assertEquals(842, Math.round(pdf.getPage(0).getMediaBox().getHeight()), "A4");
        }
    }

    @Test
    void everyFontIsTheOneEmbeddedCjkTrueTypeFace() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample)) {
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts++;
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+WenQuanYiMicroHei"), "subset of the configured face: "
                            + font.getName());
                    assertTrue(font.isEmbedded());
                    assertNotNull(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2(),
                            "TrueType outlines embedded");
                }
            }
            assertTrue(fonts >= pdf.getNumberOfPages());
        }
    }

    @Test
    void tableOfContentsPrintsThePageEachPartAndTableStartsOn() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample)) {
            List<String> pages = pages(pdf);
            String toc = pages.get(0);
            for (String entry : List.of("第二部分 武汉市江汉区保健医疗办公室2024年度部门决算表", "公开05表 一般公共预算财政拨款支出决算表",
                    "公开07表 政府性基金预算财政拨款收入支出决算表", "第四部分 名词解释")) {
                Matcher m = Pattern.compile(Pattern.quote(entry) + "[ .]*(\\d+)").matcher(toc);
                assertTrue(m.find(), entry + " with a page number in\n" + toc);
                int printed = Integer.parseInt(m.group(1));
                int actual = -1;
                for (int p = 2; p <= pages.size() && actual < 0; p++) {
                    if (pages.get(p - 1).contains(entry)) {
                        actual = p;
                    }
                }
                assertEquals(actual, printed, entry);
            }
        }
    }

    @Test
    void outlineHasEveryPartAndTheTablesUnderTheirPart() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample)) {
            List<String> parts = new ArrayList<>();
            PDOutlineItem tablesPart = null;
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                parts.add(item.getTitle());
                if (item.getTitle().startsWith("第二部分")) {
                    tablesPart = item;
                }
            }
            assertEquals(List.of("第一部分 武汉市江汉区保健医疗办公室概况", "第二部分 武汉市江汉区保健医疗办公室2024年度部门决算表",
                    "第三部分 2024年度部门决算情况说明", "第四部分 名词解释"), parts);
            List<String> tables = new ArrayList<>();
            tablesPart.children().forEach(i -> tables.add(i.getTitle()));
            assertEquals(List.of("公开01表 收入支出决算总表", "公开05表 一般公共预算财政拨款支出决算表",
                    "公开07表 政府性基金预算财政拨款收入支出决算表"), tables);
        }
    }

    @Test
    void provisionalPagesSaySoOnEveryPageAndHostileTextPrintsLiterally() throws IOException {
        String name = "某局<script>alert(1)</script>\u0001&";
        Document hostile = SampleDocuments.finalAccounts(name, "职责 a < b", "教育支出");
        byte[] bytes = renderer.render(hostile, RenderOptions.NONE.with(RenderOptions.Banner.draft(List.of("预览"))));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<String> pages = pages(pdf);
            for (String page : pages) {
                assertTrue(page.contains("草稿：尚未发布"), page);
            }
            String cover = pages.get(0).replaceAll("[\r\n]", "");
            assertTrue(cover.contains("某局<script>alert(1)</script>\uFFFD&2024年度部门决算"), cover);
        }
    }

    @Test
    void pageImagesAreKeptAndChartTextIsDrawnAtItsSize() throws Exception {
        Path first = png(sample, 1, "final-accounts-page-1");
        BufferedImage page1 = ImageIO.read(first.toFile());
        assertTrue(page1.getWidth() > 500 && darkGrey(page1) > 2000, "page 1 has text: " + darkGrey(page1));

        // the same bar chart with and without its labels: the labels must add real glyphs, not dots
        Chart labelled = SampleDocuments.chart1();
        Chart bare = new Chart("fig1", "图1", "收、支决算总计变动情况", Chart.ChartKind.BAR, null, List.of("", ""),
                List.of(new Chart.Series("", labelled.series().get(0).values()),
                        new Chart.Series("", labelled.series().get(1).values())));
        long withLabels = darkGrey(ImageIO.read(png(renderer.render(chartOnly(labelled)), 1, "chart-bar").toFile()));
        long without = darkGrey(ImageIO.read(png(renderer.render(chartOnly(bare)), 1, "chart-bar-unlabelled").toFile()));
        int labelCharacters = "收入总计支出总计单位：万元2023年度2024年度".length();
        assertTrue(withLabels - without > 15L * labelCharacters,
                "label pixels " + (withLabels - without) + " for " + labelCharacters + " characters");
        png(renderer.render(chartOnly(SampleDocuments.chart3("教育支出"))), 1, "chart-pie");
    }

    @Test
    void missingUnreadableOrUnsuitableFontsFailLoudlyWithWhatToDo(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        HtmlRenderer html = new HtmlRenderer();
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> new PdfRenderer(html, dir.resolve("none.ttc").toString(), PdfRenderer.DEFAULT_FONT_FACE));
        assertTrue(missing.getMessage().contains("none.ttc") && missing.getMessage().contains("publication.pdf.font-path")
                && missing.getMessage().contains("fonts-wqy-microhei"), missing.getMessage());

        Path garbage = Files.write(dir.resolve("garbage.ttf"), "not a font at all".getBytes());
        IllegalStateException notAFont = assertThrows(IllegalStateException.class,
                () -> new PdfRenderer(html, garbage.toString(), PdfRenderer.DEFAULT_FONT_FACE));
        assertTrue(notAFont.getMessage().contains("garbage.ttf"), notAFont.getMessage());

        IllegalStateException wrongFace = assertThrows(IllegalStateException.class,
                () -> new PdfRenderer(html, PdfRenderer.DEFAULT_FONT_PATH, "SimSun"));
        assertTrue(wrongFace.getMessage().contains("no face SimSun") && wrongFace.getMessage().contains("WenQuanYiMicroHei"),
                wrongFace.getMessage());

        IllegalStateException mono = assertThrows(IllegalStateException.class,
                () -> new PdfRenderer(html, PdfRenderer.DEFAULT_FONT_PATH, "WenQuanYiMicroHeiMono"));
        assertTrue(mono.getMessage().contains("not the first face"), mono.getMessage());

        Path latin = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        if (Files.exists(latin)) {
            IllegalStateException noCjk = assertThrows(IllegalStateException.class,
                    () -> new PdfRenderer(html, latin.toString(), "DejaVuSans"));
            assertTrue(noCjk.getMessage().contains("no glyph"), noCjk.getMessage());
        }
    }

    private static Document chartOnly(Chart chart) {
        return new Document(Document.Kind.FINAL_ACCOUNTS, "040001", "某部门", 2024, "图", "layout",
                List.of(new Section("s", 2, "一、说明", List.of(chart), List.of())), FactTable.empty());
    }

    /** Page {@code page} as PNG under target/render-artifacts/ (poppler's pdftoppm, 100 dpi). */
    private static Path png(byte[] pdf, int page, String name) throws Exception {
        Files.createDirectories(ARTIFACTS);
        Path file = ARTIFACTS.resolve(name + ".pdf");
        Files.write(file, pdf);
        Path prefix = ARTIFACTS.resolve(name);
        Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "100", "-singlefile", "-f", String.valueOf(page),
                "-l", String.valueOf(page), file.toString(), prefix.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdftoppm finished");
        assertEquals(0, process.exitValue(), "pdftoppm (apt-get install poppler-utils): " + output);
        Path png = Path.of(prefix + ".png");
        assertTrue(Files.size(png) > 1000, png.toString());
        return png;
    }

    /** Pixels of dark grey or black (text, lines), leaving out the coloured bars and slices. */
    private static long darkGrey(BufferedImage image) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                int max = Math.max(r, Math.max(g, b));
                int min = Math.min(r, Math.min(g, b));
                if (max < 140 && max - min < 30) {
                    count++;
                }
            }
        }
        return count;
    }
}
