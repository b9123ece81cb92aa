package org.unlisted.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.TestLog;

class LetterPdfTest {
    static final LocalDate SENT = LocalDate.of(2026, 11, 29);
    static final List<String> SENDER = List.of("Ada Example", "PO Box 77", "Fresno, CA 93701");
    static final List<String> BROKER = List.of("Spokeo, Inc.", "Attn: Privacy Requests", "PO Box 1234",
            "Pasadena, CA 91102");

    static PrintedLetter letter(List<String> from, String body) {
        return new PrintedLetter(from, BROKER, SENT, "Request to delete my personal information", body);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void aShortLetterHasEveryPartOnOnePage() throws Exception {
        byte[] pdf = LetterPdf.render(letter(SENDER, "To Spokeo,\n\nPlease delete my data.\n\nSincerely,"));

        assertThat(pages(pdf)).isEqualTo(1);
        String text = text(pdf);
        assertThat(text).contains("Ada Example", "PO Box 77", "Fresno, CA 93701", "November 29, 2026",
                "Spokeo, Inc.", "Attn: Privacy Requests", "Pasadena, CA 91102",
                "Request to delete my personal information", "Please delete my data.", "Sincerely,", "Page 1 of 1");
        assertThat(text.indexOf("Sincerely,")).as("the name is printed again under the signature line")
                .isLessThan(text.lastIndexOf("Ada Example"));
    }

    @Test
    void theRecipientSitsInTheWindowAndTheSenderAndSubjectOutsideIt() throws Exception {
        byte[] pdf = LetterPdf.render(letter(SENDER, "Sincerely,"));

        Positions found = Positions.of(pdf);
        float window = 2.5f * 72;
        for (String line : BROKER) {
            Position at = found.first(line);
            assertThat(at.top()).as("%s top, points from the page top", line).isBetween(window, window + 54);
            assertThat(at.bottom()).as("%s bottom", line).isLessThanOrEqualTo(3.25f * 72);
            assertThat(at.left()).as("%s left", line).isBetween(0.875f * 72, 1.1f * 72);
            assertThat(at.right()).as("%s right", line).isLessThanOrEqualTo(4.375f * 72);
        }
        for (String line : SENDER) {
            assertThat(found.first(line).bottom()).as("%s stays above the window", line).isLessThan(2f * 72);
        }
        assertThat(found.first("Request to delete").top()).as("subject below the window").isGreaterThan(3.25f * 72);
        assertThat(found.first("November 29, 2026").right()).as("date at the right margin").isBetween(7.3f * 72, 7.5f * 72);
    }

    @Test
    void aLongRecipientIsSetSmallerToStayInTheWindow() throws Exception {
        List<String> longer = List.of("Data Broker Holdings International, LLC", "Attn: Consumer Privacy Office",
                "Legal Department, Suite 1200", "2000 Very Long Avenue Northwest", "Springfield, IL 62701-1234",
                "United States");
        byte[] pdf = LetterPdf.render(new PrintedLetter(SENDER, longer, SENT, "Deletion request", "Sincerely,"));

        Positions found = Positions.of(pdf);
        for (String line : longer) {
            Position at = found.first(line);
            assertThat(at.bottom()).as("%s bottom", line).isLessThanOrEqualTo(3.25f * 72);
            assertThat(at.top()).as("%s top", line).isGreaterThanOrEqualTo(2.5f * 72);
            assertThat(at.size()).as("%s size", line).isLessThan(10f);
        }
    }

    @Test
    void aLongBodyFlowsOntoMorePagesKeepingItsParagraphs() throws Exception {
        StringBuilder body = new StringBuilder("To Spokeo,\n\n");
        for (int i = 1; i <= 60; i++) {
            body.append("Paragraph ").append(i).append(": I ask you to delete the personal information you hold about"
                    + " me, to stop selling or sharing it, and to remove me from every site you run.\n\n");
        }
        body.append("- Name: Ada Example\n- Listing address: https://www.spokeo.com/Ada-Example/California/"
                + "p1234567890123456789012345678901234567890123456789012345678901234567890\n\nSincerely,");
        byte[] pdf = LetterPdf.render(letter(SENDER, body.toString()));

        int count = pages(pdf);
        assertThat(count).isGreaterThanOrEqualTo(3);
        String text = text(pdf);
        assertThat(text).contains("Page 1 of " + count, "Page 2 of " + count, "Page " + count + " of " + count);
        for (int i = 1; i <= 60; i++) {
            assertThat(text).contains("Paragraph " + i + ":");
        }
        assertThat(text.replaceAll("\\s+", "")).as("the long address is cut, not lost")
                .contains("p1234567890123456789012345678901234567890123456789012345678901234567890");
        assertThat(text.indexOf("Paragraph 60:")).isLessThan(text.indexOf("Sincerely,"));
        Positions found = Positions.of(pdf);
        assertThat(found.first("Paragraph 1:").page()).isEqualTo(1);
        assertThat(found.first("Paragraph 60:").page()).isGreaterThanOrEqualTo(count - 1);
        assertThat(found.first("Sincerely,").page()).as("the closing stays with the signature").isEqualTo(count);
        assertThat(found.all().get(found.all().size() - 2).text()).as("the signer's name, last before the page number")
                .isEqualTo("Ada Example");
        for (Position at : found.all()) {
            assertThat(at.right()).as("%s within the right margin", at.text()).isLessThanOrEqualTo(7.5f * 72 + 0.5f);
            if (!at.text().startsWith("Page ")) {
                assertThat(at.bottom()).as("%s above the bottom margin", at.text()).isLessThanOrEqualTo(10f * 72);
            }
        }
    }

    @Test
    void namesInAnyScriptPrintWithAUnicodeFont() throws Exception {
        List<String> from = List.of("Nguyễn Thị Minh Khai", "Дмитрий Łukasz Zoë", "王小明");
        byte[] pdf = LetterPdf.render(letter(from, "Ελένη asks too.\n\nSincerely,"));

        String text = text(pdf);
        // The font inside PDFBox covers Vietnamese, Polish, Cyrillic and Greek, wherever this runs.
        assertThat(text).contains("Nguyễn Thị Minh Khai", "Дмитрий Łukasz Zoë", "Ελένη asks too.");
        assertThat(embeddedFonts(pdf)).allMatch(font -> font instanceof PDType0Font);
        PdfFonts.Source system = PdfFonts.Source.system();
        boolean cjkHere = system.otherScripts().stream().anyMatch(f -> f.path().toFile().isFile());
        if (cjkHere) {
            assertThat(text).contains("王小明");
        }
    }

    @Test
    void withoutAnyUnicodeFontItFallsBackToHelveticaWithQuestionMarks() throws Exception {
        List<String> from = List.of("Nguyễn Zoë", "Łukasz Дмитрий");
        byte[] pdf = LetterPdf.render(letter(from, "Café for Zoë.\n\nSincerely,"), PdfFonts.Source.standardOnly());

        String text = text(pdf);
        assertThat(text).contains("Nguy?n Zoë", "?ukasz ???????", "Café for Zoë.", "November 29, 2026", "Page 1 of 1");
        assertThat(embeddedFonts(pdf)).extracting(PDFont::getName).contains("Helvetica", "Helvetica-Bold");
    }

    @Test
    void aMissingFontFileIsPassedOverForTheNextOne(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("Broken.ttf");
        java.nio.file.Files.write(broken, new byte[] {0, 1, 0, 0, 9, 9, 9});
        PdfFonts.Source source = new PdfFonts.Source(List.of(
                new PdfFonts.Family(PdfFonts.FontFile.of(dir.resolve("Missing.ttf")), null),
                new PdfFonts.Family(PdfFonts.FontFile.of(broken), null)), List.of(), true);

        byte[] pdf = LetterPdf.render(letter(List.of("Zoë Дмитрий"), "Sincerely,"), source);

        assertThat(text(pdf)).contains("Zoë Дмитрий");
        assertThat(embeddedFonts(pdf)).extracting(PDFont::getName).anyMatch(name -> name.contains("LiberationSans"));
    }

    @Test
    void aFontInsideACollectionFileIsUsed(@TempDir Path dir) throws Exception {
        Path collection = dir.resolve("Sans.ttc");
        java.nio.file.Files.write(collection, collectionOf(bundledFont()));
        PdfFonts.Source source = new PdfFonts.Source(List.of(new PdfFonts.Family(
                new PdfFonts.FontFile(collection, "LiberationSans"), null)), List.of(), false);

        byte[] pdf = LetterPdf.render(letter(List.of("Zoë Дмитрий"), "Sincerely,"), source);

        assertThat(text(pdf)).contains("Zoë Дмитрий", "Request to delete my personal information");
        assertThat(embeddedFonts(pdf)).isNotEmpty().allMatch(font -> font.getName().contains("LiberationSans"));
    }

    @Test
    void fontsParsedForOneLetterServeTheNextWithoutParsingAgain() throws Exception {
        LetterPdf.render(letter(SENDER, "Sincerely,"));
        int parsesBefore = ParsedFonts.parses();

        for (int i = 0; i < 5; i++) {
            LetterPdf.render(letter(SENDER, "Letter " + i + ".\n\nSincerely,"));
        }

        assertThat(ParsedFonts.parses()).as("font files parsed again").isEqualTo(parsesBefore);
    }

    @Test
    void lettersMadeAtOnceOnSeveralThreadsEachCarryTheGlyphsOfTheirOwnText() throws Exception {
        List<String> names = List.of("Zoë Ångström", "Дмитрий Łukasz", "Nguyễn Thị Minh", "Ελένη Quixote");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(names.size());
        try {
            List<java.util.concurrent.Future<byte[]>> made = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (String name : names) {
                    made.add(pool.submit(() -> LetterPdf.render(letter(List.of(name), "For " + name + ".\n\nSincerely,"))));
                }
            }
            for (int i = 0; i < made.size(); i++) {
                String name = names.get(i % names.size());
                byte[] pdf = made.get(i).get();
                assertThat(text(pdf)).contains("For " + name + ".");
                assertThat(glyphsWithoutOutline(pdf)).as("letters drawn with an empty glyph in the PDF for %s", name)
                        .isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every visible character drawn whose embedded glyph has no outline (a subset that lost it). */
    static List<String> glyphsWithoutOutline(byte[] pdf) throws IOException {
        List<String> empty = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (TextPosition p : positions) {
                    if (!p.getUnicode().isBlank() && p.getFont() instanceof PDType0Font font
                            && font.getPath(p.getCharacterCodes()[0]).getBounds2D().isEmpty()) {
                        empty.add(p.getUnicode());
                    }
                }
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return empty;
    }

    static byte[] bundledFont() throws IOException {
        try (var in = PdfFonts.class.getResourceAsStream(PdfFonts.BUNDLED)) {
            return in.readAllBytes();
        }
    }

    /** A TrueType collection ("ttcf") holding one font: its table offsets move by the 16-byte header. */
    static byte[] collectionOf(byte[] font) {
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(16 + font.length);
        out.put("ttcf".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(0x00010000).putInt(1).putInt(16);
        out.put(font);
        int tables = java.nio.ByteBuffer.wrap(font).getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int at = 16 + 12 + i * 16 + 8;
            out.putInt(at, out.getInt(at) + 16);
        }
        return out.array();
    }

    @Test
    void controlCharactersAndEmptyPartsNeverBreakIt() throws Exception {
        PrintedLetter odd = new PrintedLetter(null, List.of("", "Broker\u0007 Inc."), null, null,
                "Line\twith tab\r\nand\u200b odd \uD83D\uDE00 characters");
        byte[] pdf = LetterPdf.render(odd);

        String text = text(pdf);
        assertThat(text).contains("Broker Inc.", "Line    with tab", "and odd", "Page 1 of 1");
    }

    @Test
    void nothingFromTheLetterReachesTheLog() throws Exception {
        String marker = "Quillonette Brastweed-Ỡ";
        int before = TestLog.read().length();
        LetterPdf.render(letter(List.of(marker), marker + "\n\nSincerely,"));
        LetterPdf.render(letter(List.of(marker), marker), PdfFonts.Source.standardOnly());

        String log = TestLog.read().substring(before);
        assertThat(log).doesNotContain("Quillonette");
        assertThat(log).as("PDFBox logs the glyphs of text it shapes, at DEBUG").doesNotContain("originalGlyphs");
    }

    static List<PDFont> embeddedFonts(byte[] pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
        }
        return fonts;
    }

    /** Where a line of text was drawn, in points from the page's top-left corner. */
    record Position(String text, int page, float left, float right, float top, float bottom, float size) {
    }

    /** Every line of text in a PDF with its place on the page. */
    record Positions(List<Position> all) {
        static Positions of(byte[] pdf) throws IOException {
            List<Position> found = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    TextPosition first = positions.get(0);
                    TextPosition last = positions.get(positions.size() - 1);
                    float top = Float.MAX_VALUE;
                    float bottom = 0;
                    for (TextPosition p : positions) {
                        top = Math.min(top, p.getYDirAdj() - p.getFontSizeInPt() * 0.8f);
                        bottom = Math.max(bottom, p.getYDirAdj() + p.getFontSizeInPt() * 0.2f);
                    }
                    found.add(new Position(text, getCurrentPageNo(), first.getXDirAdj(),
                            last.getXDirAdj() + last.getWidthDirAdj(), top, bottom, first.getFontSizeInPt()));
                    super.writeString(text, positions);
                }
            };
            try (PDDocument document = Loader.loadPDF(pdf)) {
                stripper.getText(document);
            }
            return new Positions(found);
        }

        Position first(String start) {
            return all.stream().filter(p -> p.text().startsWith(start)).findFirst()
                    .orElseThrow(() -> new AssertionError("no line starting with " + start + " in " + all));
        }
    }
}
