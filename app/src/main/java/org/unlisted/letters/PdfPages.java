package org.unlisted.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.unlisted.letters.PdfFonts.Style;

/**
 * A US Letter PDF written from the top of the page down: lines and wrapped paragraphs flow onto a
 * new page when one is full, and every page gets "Page N of M" at the end. The whole document is
 * kept in memory (no temporary files: its text is personal) until {@link #finish()} returns its bytes.
 *
 * <p>Positions are in points (1/72 inch) from the bottom-left corner of the page, as in PDF.
 */
public final class PdfPages implements AutoCloseable {
    public static final float INCH = 72f;
    public static final PDRectangle PAGE = PDRectangle.LETTER;
    /** The page number's baseline, half an inch from the bottom edge. */
    static final float FOOTER_BASELINE = 0.5f * INCH;
    static final float FOOTER_SIZE = 9f;

    /** Space kept free at each edge of every page, in points. */
    public record Margins(float top, float right, float bottom, float left) {
        public static Margins all(float points) {
            return new Margins(points, points, points, points);
        }
    }

    private final PDDocument document;
    private final PdfFonts fonts;
    private final Margins margins;
    private PDPageContentStream content;
    private float y;

    private PdfPages(PDDocument document, PdfFonts fonts, Margins margins) {
        this.document = document;
        this.fonts = fonts;
        this.margins = margins;
    }

    /** A new document with its first page started, the cursor at the top margin. */
    public static PdfPages start(PdfFonts.Source source, Margins margins, String title) throws IOException {
        PDDocument document = new PDDocument(IOUtils.createMemoryOnlyStreamCache());
        PdfPages pages;
        try {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            document.setDocumentInformation(info);
            pages = new PdfPages(document, PdfFonts.load(document, source), margins);
        } catch (RuntimeException e) {
            document.close();
            throw e;
        }
        try {
            pages.newPage();
        } catch (IOException | RuntimeException e) {
            pages.close();
            throw e;
        }
        return pages;
    }

    public PdfFonts fonts() {
        return fonts;
    }

    public Margins margins() {
        return margins;
    }

    /** The left edge of the text. */
    public float left() {
        return margins.left();
    }

    /** The right edge of the text. */
    public float right() {
        return PAGE.getWidth() - margins.right();
    }

    /** The width between the margins. */
    public float width() {
        return right() - left();
    }

    /** The cursor: the top of the space not yet written on this page. */
    public float y() {
        return y;
    }

    /** Moves the cursor to {@code top} on this page (to place a block at a measured spot). */
    public void moveTo(float top) {
        y = top;
    }

    /** Leaves {@code points} empty below the cursor; at the bottom of a page this simply ends it. */
    public void skip(float points) {
        y -= points;
    }

    /** The page being written on, counted from 1. */
    public int pageNumber() {
        return document.getNumberOfPages();
    }

    public void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - margins.top();
    }

    /** Starts a new page unless {@code height} more points fit above the bottom margin; true if it did. */
    public boolean ensure(float height) throws IOException {
        if (y - height < margins.bottom() && y < PAGE.getHeight() - margins.top()) {
            newPage();
            return true;
        }
        return false;
    }

    /** Text at a fixed spot on the current page (baseline {@code baseline}), not moving the cursor. */
    public void text(String text, Style style, float size, float x, float baseline) throws IOException {
        fonts.show(content, text, style, size, x, baseline);
    }

    /** Text whose right end is at {@code rightX}. */
    public void textRight(String text, Style style, float size, float rightX, float baseline) throws IOException {
        text(text, style, size, rightX - fonts.width(text, style, size), baseline);
    }

    /** One line at the cursor, {@code indent} in from the left margin; the cursor moves down by {@code leading}. */
    public void line(String text, Style style, float size, float leading, float indent) throws IOException {
        ensure(leading);
        text(text, style, size, left() + indent, baselineFor(size, leading));
        y -= leading;
    }

    /**
     * A paragraph wrapped to the margins, flowing onto new pages; continuation lines are indented
     * by {@code hanging} more than the first (for list items).
     */
    public void paragraph(String text, Style style, float size, float leading, float indent, float hanging)
            throws IOException {
        List<String> lines = fonts.wrap(text, style, size, width() - indent, width() - indent - hanging);
        for (int i = 0; i < lines.size(); i++) {
            line(lines.get(i), style, size, leading, i == 0 ? indent : indent + hanging);
        }
    }

    /** Where the baseline of a line of {@code size} goes when the line's box starts at the cursor. */
    public float baselineFor(float size, float leading) {
        return y - size - (leading - size) / 3f;
    }

    /** A thin horizontal rule at height {@code at}. */
    public void rule(float fromX, float toX, float at, float thickness, float gray) throws IOException {
        content.setStrokingColor(gray);
        content.setLineWidth(thickness);
        content.moveTo(fromX, at);
        content.lineTo(toX, at);
        content.stroke();
        content.setStrokingColor(0f);
    }

    /** Numbers every page ("Page N of M", centred at the foot) and returns the finished PDF. */
    public byte[] finish() throws IOException {
        content.close();
        content = null;
        int count = document.getNumberOfPages();
        for (int n = 1; n <= count; n++) {
            PDPage page = document.getPage(n - 1);
            try (PDPageContentStream foot = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String label = "Page " + n + " of " + count;
                float x = (PAGE.getWidth() - fonts.width(label, Style.REGULAR, FOOTER_SIZE)) / 2;
                fonts.show(foot, label, Style.REGULAR, FOOTER_SIZE, x, FOOTER_BASELINE);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** Releases the document and its fonts, finished or not. */
    @Override
    public void close() throws IOException {
        try {
            if (content != null) {
                content.close();
                content = null;
            }
        } finally {
            try {
                document.close();
            } finally {
                fonts.close();
            }
        }
    }
}
