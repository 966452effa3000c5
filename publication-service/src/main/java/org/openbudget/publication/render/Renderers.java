package org.openbudget.publication.render;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.openbudget.publication.document.Document;

/** One entry point for every format, so callers (publishing, the portal) need not know the renderers apart. */
@ApplicationScoped
public class Renderers {

    private final HtmlRenderer html;
    private final PdfRenderer pdf;
    private final XlsxRenderer xlsx;
    private final OpenDataRenderer openData;

    @Inject
    public Renderers(HtmlRenderer html, PdfRenderer pdf, XlsxRenderer xlsx, OpenDataRenderer openData) {
        this.html = html;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.openData = openData;
    }

    public RenderedFile render(Document document, RenderFormat format, RenderOptions options) {
        byte[] bytes;
        switch (format) {
            case HTML: bytes = html.render(document, options).getBytes(StandardCharsets.UTF_8); break;
            case PDF: bytes = pdf.render(document, options); break;
            case XLSX: bytes = xlsx.render(document); break;
            case OPEN_DATA: bytes = openData.zip(document); break;
            default: throw new IllegalArgumentException(format.name());
        }
        return new RenderedFile(fileName(document, format), format.mediaType, bytes);
    }

    /** e.g. "department-040001-2024-final-accounts.pdf". */
    static String fileName(Document document, RenderFormat format) {
        return OpenDataRenderer.packageName(document) + "." + format.extension.toLowerCase(Locale.ROOT);
    }
}
