package org.studytrip.common.pdf;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.studytrip.common.problem.ProblemException;
import org.studytrip.common.problem.ProblemType;

/**
 * PDFs laid out from XHTML templates by openhtmltopdf, in a font with Chinese and Korean glyphs that templates name
 * as the {@value #FONT_FAMILY} family; without the font, 503 export-unavailable.
 */
@ApplicationScoped
public class PdfDocuments {

    public static final String MEDIA_TYPE = "application/pdf";
    private static final String FONT_FAMILY = "cjk";

    private final PdfFontConfig config;

    PdfDocuments(PdfFontConfig config) {
        this.config = config;
    }

    /**
     * The XHTML laid out as pages, with the configured font embedded as a subset. One document at a time: reading
     * a CJK font and laying out pages takes some tens of megabytes of heap, which the production memory settings
     * have room for once, not for many at the same time.
     */
    public synchronized byte[] render(String xhtml) {
        if (!Files.isReadable(config.font())) {
            throw new ProblemException(ProblemType.EXPORT_UNAVAILABLE, "The font for PDFs is missing on this server ("
                    + config.font() + "); install fonts-wqy-zenhei or set STUDYTRIP_BOOKLET_FONT.");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument(); FontFile font = FontFile.open(config)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, font.font(), true)), FONT_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.buildPdfRenderer().createPDFWithoutClosing();
            document.save(out);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return out.toByteArray();
    }

    /** The font to embed, from a single font file or a collection, open while the document is written. */
    private record FontFile(TrueTypeCollection collection, TrueTypeFont font) implements AutoCloseable {

        static FontFile open(PdfFontConfig config) throws IOException {
            if (!config.font().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                return new FontFile(null, new TTFParser().parse(new RandomAccessReadBufferedFile(config.font().toFile())));
            }
            // Only the face asked for is read: reading every face of a collection takes tens of megabytes.
            TrueTypeCollection collection = new TrueTypeCollection(config.font().toFile());
            TrueTypeFont font = collection.getFontByName(config.fontName());
            if (font == null) {
                collection.close();
                throw new ProblemException(ProblemType.EXPORT_UNAVAILABLE, "The font collection for PDFs "
                        + config.font() + " has no font named " + config.fontName() + " (STUDYTRIP_BOOKLET_FONT_NAME).");
            }
            return new FontFile(collection, font);
        }

        @Override
        public void close() throws IOException {
            if (collection != null) {
                collection.close();
            } else {
                font.close();
            }
        }
    }
}
