package org.unlisted.letters;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unlisted.core.UnlistedException;
import org.unlisted.letters.PdfFonts.Style;
import org.unlisted.letters.PdfPages.Margins;

/**
 * A letter as a print-ready PDF on US Letter paper, laid out for a standard #10 window envelope.
 *
 * <p>The measurements, all from the page's top-left corner. A #10 envelope is 9 1/2 by 4 1/8 in;
 * its window is 4 1/2 by 1 1/8 in, 7/8 in from the left and 1/2 in from the bottom, so 2 1/2 to
 * 3 5/8 in below the envelope's top edge. The page folded in three has a 3 2/3 in top panel, about
 * 1/3 in shorter than the inside of the envelope, and 1 in narrower: the letter slides up to 1/3 in
 * down and 1 in sideways. The part of the page that shows through the window wherever it slides is
 * 2 1/2 to 3 1/4 in from the top and 7/8 to 4 3/8 in from the left, so:
 * <ul>
 * <li>the recipient's address goes in a box 1 in from the left, 2 1/2 in from the top, 3 1/4 in
 *     wide and 3/4 in high (five lines at 10 pt; longer addresses are set smaller, down to 7 pt);</li>
 * <li>the sender's block starts 0.6 in from the top and stays above 2 in, out of the window;
 *     the date is on its first line, at the right margin;</li>
 * <li>the subject starts 3 1/2 in from the top, below the window, and the body follows it with
 *     1 in margins; later pages start 1 in from the top;</li>
 * <li>short marks in the left margin at 3 2/3 and 7 1/3 in show where to fold;</li>
 * <li>"Page N of M" sits 1/2 in from the bottom of every page.</li>
 * </ul>
 *
 * <p>Dates are written in English ("November 29, 2026"): letters to brokers are in English, so
 * there is no locale to choose.
 */
public final class LetterPdf {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    static final float PAGE_TOP = PdfPages.PAGE.getHeight();
    static final float MARGIN = 1f * PdfPages.INCH;
    static final float SENDER_TOP = 0.6f * PdfPages.INCH;
    static final float SENDER_BOTTOM = 2f * PdfPages.INCH;
    static final float SENDER_WIDTH = 4.5f * PdfPages.INCH;
    static final float WINDOW_LEFT = 1f * PdfPages.INCH;
    static final float WINDOW_TOP = 2.5f * PdfPages.INCH;
    static final float WINDOW_WIDTH = 3.25f * PdfPages.INCH;
    static final float WINDOW_HEIGHT = 0.75f * PdfPages.INCH;
    static final float SUBJECT_TOP = 3.5f * PdfPages.INCH;
    static final float[] FOLDS = {11f / 3f * PdfPages.INCH, 22f / 3f * PdfPages.INCH};

    static final float ADDRESS_SIZE = 10f;
    static final float SMALLEST_ADDRESS_SIZE = 7f;
    /** Address lines are set close: five lines of 10 pt fill the window's 3/4 in. */
    static final float LINE_SPACING = 1.1f;
    /** How far a line's tallest letters reach above the baseline, as a share of the size (about 0.8 in sans fonts). */
    static final float ASCENT = 0.8f;
    static final float BODY_SIZE = 11f;
    static final float BODY_LEADING = 14.5f;
    static final float SIGNATURE_SPACE = 0.6f * PdfPages.INCH;
    static final float SIGNATURE_LINE = 2.75f * PdfPages.INCH;
    static final float SIGNATURE_HEIGHT = SIGNATURE_SPACE + 3 + BODY_LEADING;
    /** A closing of up to this many lines ("Sincerely," and a name or two) moves with the signature. */
    static final int KEPT_WITH_SIGNATURE = 4;

    private LetterPdf() {
    }

    /** The letter as a PDF, with the fonts found on this computer. */
    public static byte[] render(PrintedLetter letter) throws UnlistedException {
        return render(letter, PdfFonts.Source.system());
    }

    /** The letter as a PDF, with fonts from {@code fonts}. */
    public static byte[] render(PrintedLetter letter, PdfFonts.Source fonts) throws UnlistedException {
        try (PdfPages pages = PdfPages.start(fonts, new Margins(MARGIN, MARGIN, MARGIN, MARGIN), "Letter")) {
            heading(pages, letter);
            body(pages, letter.body());
            signature(pages, letter.from().isEmpty() ? "" : letter.from().get(0));
            return pages.finish();
        } catch (IOException | RuntimeException e) {
            throw new UnlistedException(LetterProblem.PDF, e);
        }
    }

    /** Sender, date, recipient in the window, fold marks and subject, at their measured places. */
    private static void heading(PdfPages pages, PrintedLetter letter) throws IOException {
        PdfFonts fonts = pages.fonts();
        Block sender = Block.fit(fonts, letter.from(), SENDER_WIDTH, SENDER_BOTTOM - SENDER_TOP);
        float firstBaseline = sender.draw(pages, MARGIN, PAGE_TOP - SENDER_TOP);
        if (letter.date() != null) {
            float baseline = letter.from().isEmpty() ? PAGE_TOP - SENDER_TOP - ASCENT * ADDRESS_SIZE : firstBaseline;
            pages.textRight(DATE.format(letter.date()), Style.REGULAR, ADDRESS_SIZE, pages.right(), baseline);
        }
        Block recipient = Block.fit(fonts, letter.to(), WINDOW_WIDTH, WINDOW_HEIGHT);
        recipient.draw(pages, WINDOW_LEFT, PAGE_TOP - WINDOW_TOP);
        for (float fold : FOLDS) {
            pages.rule(0.25f * PdfPages.INCH, 0.45f * PdfPages.INCH, PAGE_TOP - fold, 0.5f, 0.6f);
        }
        float recipientBottom = PAGE_TOP - WINDOW_TOP - recipient.height();
        pages.moveTo(Math.min(PAGE_TOP - SUBJECT_TOP, recipientBottom - 0.25f * PdfPages.INCH));
        if (!letter.subject().isBlank()) {
            pages.paragraph(letter.subject().strip(), Style.BOLD, BODY_SIZE, BODY_LEADING, 0, 0);
            pages.skip(BODY_LEADING * 0.75f);
        }
    }

    /**
     * The body: its own line breaks kept, each line wrapped to the margins, list items with a
     * hanging indent. The closing (the last paragraph, if short) stays on the page with the signature.
     */
    static void body(PdfPages pages, String body) throws IOException {
        String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').strip().split("\n", -1);
        int closing = lines.length;
        while (closing > 0 && !lines[closing - 1].isBlank()) {
            closing--;
        }
        for (int i = 0; i < lines.length; i++) {
            if (i == closing) {
                float height = 0;
                for (int j = closing; j < lines.length; j++) {
                    height += pages.fonts().wrap(lines[j], Style.REGULAR, BODY_SIZE, pages.width()).size() * BODY_LEADING;
                }
                if (height <= KEPT_WITH_SIGNATURE * BODY_LEADING) {
                    pages.ensure(height + SIGNATURE_HEIGHT);
                }
            }
            String line = lines[i];
            if (line.isBlank()) {
                pages.skip(BODY_LEADING * 0.7f);
                continue;
            }
            String item = line.stripLeading();
            float hanging = 0;
            if (item.startsWith("- ") || item.startsWith("* ") || item.startsWith("\u2022 ")) {
                hanging = pages.fonts().width(item.substring(0, 2), Style.REGULAR, BODY_SIZE);
            }
            pages.paragraph(line.stripTrailing(), Style.REGULAR, BODY_SIZE, BODY_LEADING, 0, hanging);
        }
    }

    /** Room to sign by hand, a line, and the sender's name under it; kept together on one page. */
    private static void signature(PdfPages pages, String name) throws IOException {
        pages.ensure(SIGNATURE_HEIGHT);
        pages.skip(SIGNATURE_SPACE);
        pages.rule(pages.left(), pages.left() + SIGNATURE_LINE, pages.y(), 0.6f, 0f);
        pages.skip(3);
        if (!name.isBlank()) {
            pages.line(name.strip(), Style.REGULAR, BODY_SIZE, BODY_LEADING, 0);
        }
    }

    /**
     * Address lines set as large as fits a box, up to 10 pt: smaller before any line is broken, and
     * broken only when even 7 pt is too wide. What still does not fit runs on below the box.
     */
    record Block(List<String> lines, float size, float leading) {

        static Block fit(PdfFonts fonts, List<String> given, float width, float height) {
            List<String> lines = given.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
            for (boolean breakLines : new boolean[] {false, true}) {
                for (float size = ADDRESS_SIZE; size >= SMALLEST_ADDRESS_SIZE; size -= 0.5f) {
                    List<String> set = new ArrayList<>();
                    for (String line : lines) {
                        set.addAll(fonts.wrap(line, Style.REGULAR, size, width));
                    }
                    Block block = new Block(set, size, size * LINE_SPACING);
                    if ((breakLines || set.size() == lines.size()) && block.height() <= height) {
                        return block;
                    }
                }
            }
            List<String> set = new ArrayList<>();
            for (String line : lines) {
                set.addAll(fonts.wrap(line, Style.REGULAR, SMALLEST_ADDRESS_SIZE, width));
            }
            return new Block(set, SMALLEST_ADDRESS_SIZE, SMALLEST_ADDRESS_SIZE * LINE_SPACING);
        }

        /** From the top of the first line to the bottom of the last. */
        float height() {
            return lines.isEmpty() ? 0 : (lines.size() - 1) * leading + size;
        }

        /** Draws the lines from {@code top} down; returns the first baseline. */
        float draw(PdfPages pages, float x, float top) throws IOException {
            float first = top - ASCENT * size;
            for (int i = 0; i < lines.size(); i++) {
                pages.text(lines.get(i), Style.REGULAR, size, x, first - i * leading);
            }
            return first;
        }
    }
}
