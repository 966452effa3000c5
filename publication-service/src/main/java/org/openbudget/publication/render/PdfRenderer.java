package org.openbudget.publication.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openbudget.publication.document.Document;

/**
 * The document as an A4 PDF: the page {@link HtmlRenderer} makes, laid out by openhtmltopdf, with one embedded
 * CJK TrueType font (subset), bookmarks for every section and table, a 目录 with page numbers and
 * "第 X 页 / 共 Y 页" footers from the page's print CSS, and charts drawn from their inline SVG.
 *
 * <p>The font is checked when the renderer is made, because a font openhtmltopdf cannot load is dropped without a
 * word and every Chinese character prints as '#'. It must have TrueType (glyf) outlines: CFF-flavoured OpenType
 * such as Noto CJK / Source Han is refused. From a collection (.ttc) exactly one face is used, by PostScript name,
 * so bold text cannot fall through to another face of the collection (e.g. the Mono one).
 */
@ApplicationScoped
public class PdfRenderer {

    public static final String DEFAULT_FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
    public static final String DEFAULT_FONT_FACE = "WenQuanYiMicroHei";

    static {
        // openhtmltopdf reports every stylesheet parse and font load at INFO; keep its warnings only
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private final HtmlRenderer html;
    private final Path fontPath;
    private final String fontFace;
    private final boolean collection;

    @Inject
    public PdfRenderer(HtmlRenderer html,
                       @ConfigProperty(name = "publication.pdf.font-path", defaultValue = DEFAULT_FONT_PATH) String fontPath,
                       @ConfigProperty(name = "publication.pdf.font-face", defaultValue = DEFAULT_FONT_FACE) String fontFace) {
        this.html = html;
        this.fontPath = Path.of(fontPath);
        this.fontFace = fontFace;
        this.collection = checkFont(this.fontPath, fontFace);
    }

    /** The default font, for use outside CDI (tests, benchmarks). */
    public PdfRenderer() {
        this(new HtmlRenderer(), DEFAULT_FONT_PATH, DEFAULT_FONT_FACE);
    }

    public byte[] render(Document document) {
        return render(document, RenderOptions.NONE);
    }

    public byte[] render(Document document, RenderOptions options) {
        String page = html.renderForPdf(document, options);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (PDDocument pdf = new PDDocument(); FontFile font = openFont()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(pdf);
            builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, font.face, true)), Typography.PDF_FAMILY,
                    400, BaseRendererBuilder.FontStyle.NORMAL, true);
            // chart text is drawn by Batik through AWT, which reads the first face of a collection; checkFont made
            // sure that is the configured face
            builder.useFont(fontPath.toFile(), Typography.PDF_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true,
                    EnumSet.of(BaseRendererBuilder.FSFontUseCase.SVG));
            builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                    BatikSVGDrawer.SvgExternalResourceMode.SECURE));
            // the page is self-contained: nothing may be fetched while rendering it
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.withProducer("open-budget-platform publication-service");
            builder.withHtmlContent(page, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new IllegalStateException("PDF rendering of " + document.title() + " failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    public Path fontPath() {
        return fontPath;
    }

    // ---------------------------------------------------------------- font

    /** The configured face, open for one rendering (PDFBox reads glyphs from it while subsetting at save). */
    private FontFile openFont() throws IOException {
        if (collection) {
            TrueTypeCollection ttc = new TrueTypeCollection(fontPath.toFile());
            return new FontFile(ttc, ttc.getFontByName(fontFace));
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(fontPath.toFile()));
        return new FontFile(ttf, ttf);
    }

    private record FontFile(java.io.Closeable owner, TrueTypeFont face) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            owner.close();
        }
    }

    /**
     * Fails with a message that says what to do when the font is missing, is not TrueType, lacks the face or
     * lacks Chinese glyphs. Returns whether the file is a collection.
     */
    static boolean checkFont(Path path, String face) {
        String fix = " (set publication.pdf.font-path / publication.pdf.font-face; on Debian: apt-get install "
                + "fonts-wqy-microhei, which provides " + DEFAULT_FONT_PATH + " with face " + DEFAULT_FONT_FACE + ")";
        if (!Files.isReadable(path)) {
            throw new IllegalStateException("PDF font file " + path + " does not exist or is not readable" + fix);
        }
        boolean collection;
        try (InputStream in = Files.newInputStream(path)) {
            collection = new String(in.readNBytes(4), java.nio.charset.StandardCharsets.ISO_8859_1).equals("ttcf");
        } catch (IOException e) {
            throw new IllegalStateException("PDF font file " + path + " cannot be read: " + e.getMessage() + fix, e);
        }
        try {
            if (collection) {
                try (TrueTypeCollection ttc = new TrueTypeCollection(path.toFile())) {
                    List<String> faces = new ArrayList<>();
                    ttc.processAllFonts(f -> faces.add(f.getName()));
                    TrueTypeFont font = ttc.getFontByName(face);
                    if (font == null) {
                        throw new IllegalStateException("PDF font collection " + path + " has no face " + face
                                + " (it has " + faces + ")" + fix);
                    }
                    checkFace(path, font, fix);
                    if (!faces.get(0).equals(face)) {
                        // Batik (SVG charts) loads the first face of a collection through AWT
                        throw new IllegalStateException("PDF font face " + face + " is not the first face of " + path
                                + " (" + faces + "); chart text would use " + faces.get(0) + fix);
                    }
                }
            } else {
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()))) {
                    checkFace(path, font, fix);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("PDF font " + path + " is not a TrueType font or collection: "
                    + e.getMessage() + fix, e);
        }
        return collection;
    }

    private static void checkFace(Path path, TrueTypeFont font, String fix) throws IOException {
        if (!font.getTableMap().containsKey("glyf")) {
            throw new IllegalStateException("PDF font " + path + " has no TrueType (glyf) outlines, e.g. CFF-based "
                    + "OpenType such as Noto CJK, which the PDF renderer cannot embed" + fix);
        }
        for (char c : "部门预算决算万元第页".toCharArray()) {
            if (font.getUnicodeCmapLookup().getGlyphId(c) == 0) {
                throw new IllegalStateException("PDF font " + path + " has no glyph for '" + c + "'" + fix);
            }
        }
    }
}
