package org.openbudget.publication.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openbudget.publication.document.Document;

/** The renderers as the service gets them: CDI beans, the font from configuration, inside the running application. */
@QuarkusTest
class RenderersBeanTest {

    @Inject
    Renderers renderers;

    @Inject
    PdfRenderer pdf;

    @Test
    void everyFormatRendersThroughTheBeansWithItsMediaTypeAndFileName() throws Exception {
        Document document = SampleDocuments.finalAccounts();
        RenderOptions draft = RenderOptions.NONE.with(RenderOptions.Banner.draft(List.of("预览")));

        RenderedFile html = renderers.render(document, RenderFormat.HTML, draft);
        assertEquals("department-040001-2024-final-accounts.html", html.fileName());
        assertEquals("text/html; charset=UTF-8", html.mediaType());
        assertTrue(new String(html.bytes(), StandardCharsets.UTF_8).contains("草稿：尚未发布"));

        RenderedFile printed = renderers.render(document, RenderFormat.PDF, draft);
        assertEquals("application/pdf", printed.mediaType());
        try (PDDocument loaded = Loader.loadPDF(printed.bytes())) {
            String text = new PDFTextStripper().getText(loaded);
            assertTrue(text.contains("一般公共预算财政拨款") && text.contains("4,879.07"), text);
        }
        assertEquals(Path.of(PdfRenderer.DEFAULT_FONT_PATH), pdf.fontPath(), "publication.pdf.font-path default");

        RenderedFile xlsx = renderers.render(document, RenderFormat.XLSX, RenderOptions.NONE);
        assertEquals("department-040001-2024-final-accounts.xlsx", xlsx.fileName());
        assertEquals('P', xlsx.bytes()[0]);
        RenderedFile zip = renderers.render(document, RenderFormat.OPEN_DATA, RenderOptions.NONE);
        assertEquals("application/zip", zip.mediaType());
        assertEquals('P', zip.bytes()[0]);
    }
}
