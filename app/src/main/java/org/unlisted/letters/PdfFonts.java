package org.unlisted.letters;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.unlisted.letters.ParsedFonts.Parsed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts of one PDF being made, chosen so that people's names print as they are written.
 *
 * <p>The standard PDF fonts only know Western European letters, so "Nguyễn" or "Дмитрий" would
 * come out wrong. Each character is drawn with the first font in a chain that has it: a Unicode
 * TrueType font found on this computer (DejaVu, Noto, Liberation, Arial, Segoe UI...), then broader
 * fonts for other scripts (CJK), then the Liberation Sans that PDFBox itself carries (Latin, Greek,
 * Cyrillic, Vietnamese; always there). Fonts are embedded as subsets, so the PDF prints the same
 * anywhere. Only if none of these can be read does it fall back to Helvetica, where a character it
 * cannot show becomes {@code ?}. Nothing here throws because of what the text holds.
 *
 * <p>Text is drawn left to right without shaping: right-to-left runs (Hebrew, Arabic) are put in
 * visual order, but Arabic letters are not joined, and scripts that need shaping (Indic) print
 * their characters unshaped.
 */
public final class PdfFonts implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(PdfFonts.class);
    /** Inside PDFBox's own jar; PDFBox uses it as its last-resort font. */
    static final String BUNDLED = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final int REPLACEMENT = '?';
    /** A width for a character a font cannot measure, in thousandths of the font size. */
    private static final float UNKNOWN_WIDTH = 600f;

    /** The weights a document uses. */
    public enum Style { REGULAR, BOLD }

    /** One font file, and for a collection ({@code .ttc}) the PostScript name of the face in it (null: the first). */
    public record FontFile(Path path, String name) {
        public static FontFile of(Path path) {
            return new FontFile(path, null);
        }
    }

    /** A regular face and, where there is one, its bold (null: bold is drawn by thickening the regular). */
    public record Family(FontFile regular, FontFile bold) {
    }

    /**
     * Where to look for fonts: families in order of preference (the first one found is used),
     * fonts for other scripts, and whether the font inside PDFBox may be used.
     */
    public record Source(List<Family> families, List<FontFile> otherScripts, boolean bundled) {
        public Source {
            families = List.copyOf(families);
            otherScripts = List.copyOf(otherScripts);
        }

        /** The usual places on Linux, Windows and macOS. */
        public static Source system() {
            List<Family> families = new ArrayList<>();
            List<FontFile> scripts = new ArrayList<>();
            for (String dir : new String[] {"/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu-sans-fonts",
                    "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF", "/usr/local/share/fonts/dejavu"}) {
                families.add(family(dir, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"));
            }
            for (String dir : new String[] {"/usr/share/fonts/truetype/noto", "/usr/share/fonts/google-noto",
                    "/usr/share/fonts/noto", "/usr/share/fonts/google-noto-vf"}) {
                families.add(family(dir, "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"));
            }
            for (String dir : new String[] {"/usr/share/fonts/truetype/liberation2",
                    "/usr/share/fonts/truetype/liberation", "/usr/share/fonts/liberation-sans",
                    "/usr/share/fonts/liberation"}) {
                families.add(family(dir, "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"));
            }
            String windows = System.getenv("WINDIR");
            String fonts = (windows == null || windows.isBlank() ? "C:\\Windows" : windows) + "\\Fonts";
            families.add(family(fonts, "arial.ttf", "arialbd.ttf"));
            families.add(family(fonts, "segoeui.ttf", "segoeuib.ttf"));
            for (String dir : new String[] {"/System/Library/Fonts/Supplemental", "/Library/Fonts"}) {
                families.add(family(dir, "Arial.ttf", "Arial Bold.ttf"));
            }
            Path helvetica = Path.of("/System/Library/Fonts/Helvetica.ttc");
            families.add(new Family(new FontFile(helvetica, "Helvetica"), new FontFile(helvetica, "Helvetica-Bold")));
            for (String dir : new String[] {"/System/Library/Fonts/Supplemental", "/Library/Fonts"}) {
                scripts.add(FontFile.of(Path.of(dir, "Arial Unicode.ttf")));
            }
            scripts.add(FontFile.of(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")));
            scripts.add(FontFile.of(Path.of("/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf")));
            scripts.add(FontFile.of(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")));
            scripts.add(FontFile.of(Path.of(fonts, "msyh.ttc")));
            scripts.add(FontFile.of(Path.of(fonts, "malgun.ttf")));
            return new Source(families, scripts, true);
        }

        /** Only the standard Helvetica, as on a computer with no usable font at all. */
        public static Source standardOnly() {
            return new Source(List.of(), List.of(), false);
        }

        private static Family family(String dir, String regular, String bold) {
            return new Family(FontFile.of(Path.of(dir, regular)), FontFile.of(Path.of(dir, bold)));
        }
    }

    /** A font that may be loaded only when a character needs it. */
    private final class Face {
        private final FontFile file;
        private final boolean fromBundle;
        private final boolean thicken;
        private boolean tried;
        private PDFont font;
        private CmapLookup cmap;
        private final Map<Integer, Boolean> standardCovers = new HashMap<>();
        /** Advance widths in font units by character: wrapping measures the same characters again and again. */
        private final Map<Integer, Float> widths = new HashMap<>();

        Face(FontFile file, boolean fromBundle, boolean thicken) {
            this.file = file;
            this.fromBundle = fromBundle;
            this.thicken = thicken;
        }

        Face(PDFont standard) {
            this(null, false, false);
            this.tried = true;
            this.font = standard;
        }

        boolean usable() {
            if (!tried) {
                tried = true;
                String key = fromBundle ? BUNDLED : key(file);
                Optional<Loaded> loaded = loadedFonts.get(key);
                if (loaded == null) {
                    loaded = Optional.ofNullable(load(this));
                    loadedFonts.put(key, loaded);
                }
                loaded.ifPresent(found -> {
                    font = found.font();
                    cmap = found.cmap();
                });
            }
            return font != null;
        }

        boolean covers(int codePoint) {
            if (!usable()) {
                return false;
            }
            if (cmap != null) {
                return cmap.getGlyphId(codePoint) != 0;
            }
            return standardCovers.computeIfAbsent(codePoint, cp -> {
                try {
                    font.encode(new String(Character.toChars(cp)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
        }

        /** The width of {@code text} in thousandths of the font size, without kerning (as PDFBox measures). */
        float width(String text) {
            float sum = 0;
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                sum += widths.computeIfAbsent(codePoint, cp -> {
                    try {
                        return font.getStringWidth(new String(Character.toChars(cp)));
                    } catch (IOException | IllegalArgumentException e) {
                        return UNKNOWN_WIDTH;
                    }
                });
            }
            return sum;
        }
    }

    private record Loaded(PDFont font, CmapLookup cmap) {
    }

    /** A stretch of text drawn with one face. */
    private record Run(Face face, String text) {
    }

    private final PDDocument document;
    private final Map<String, Optional<Loaded>> loadedFonts = new HashMap<>();
    private final Map<String, Parsed> borrowed = new HashMap<>();
    private final Map<Style, List<Face>> chains = new HashMap<>();
    private final boolean unicode;

    private PdfFonts(PDDocument document, Source source) {
        this.document = document;
        List<Face> regulars = new ArrayList<>();
        List<Face> bolds = new ArrayList<>();
        for (Family family : source.families()) {
            if (family.regular() == null || !Files.isRegularFile(family.regular().path())) {
                continue;
            }
            Face regular = new Face(family.regular(), false, false);
            if (regular.usable()) {
                regulars.add(regular);
                Face bold = family.bold() == null || !Files.isRegularFile(family.bold().path()) ? null
                        : new Face(family.bold(), false, false);
                bolds.add(bold != null && bold.usable() ? bold : new Face(family.regular(), false, true));
                break;
            }
        }
        if (source.bundled()) {
            // Behind a system font it fills the gaps; without one it is the main font.
            regulars.add(new Face(null, true, false));
            bolds.add(new Face(null, true, true));
        }
        for (FontFile other : source.otherScripts()) {
            if (other != null && Files.isRegularFile(other.path())) {
                regulars.add(new Face(other, false, false));
                bolds.add(new Face(other, false, true));
            }
        }
        // Every text needs the first face; faces after it load only when a character needs them.
        while (!regulars.isEmpty() && !regulars.get(0).usable()) {
            regulars.remove(0);
        }
        while (!bolds.isEmpty() && !bolds.get(0).usable()) {
            bolds.remove(0);
        }
        this.unicode = !regulars.isEmpty() && !bolds.isEmpty();
        if (!unicode) {
            regulars.clear();
            bolds.clear();
            regulars.add(new Face(new PDType1Font(Standard14Fonts.FontName.HELVETICA)));
            bolds.add(new Face(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD)));
        }
        chains.put(Style.REGULAR, regulars);
        chains.put(Style.BOLD, bolds);
    }

    /** The fonts for {@code document}, from the first of {@code source} that can be read. */
    public static PdfFonts load(PDDocument document, Source source) {
        return new PdfFonts(document, source);
    }

    /** Whether a Unicode font was found; if not, text is in Helvetica and unknown characters print as {@code ?}. */
    public boolean isUnicode() {
        return unicode;
    }

    /** The width of {@code text} in points. */
    public float width(String text, Style style, float size) {
        float width = 0;
        for (Run run : runs(clean(text), style)) {
            width += run.face().width(run.text()) / 1000f * size;
        }
        return width;
    }

    /**
     * The text as it will print: cleaned of control characters, and with {@code ?} for any
     * character no font here has.
     */
    public String printable(String text, Style style) {
        StringBuilder out = new StringBuilder();
        for (Run run : runs(clean(text), style)) {
            out.append(run.text());
        }
        return out.toString();
    }

    /**
     * One line of text broken into lines no wider than {@code width}, at spaces where it can and
     * inside a word only when the word alone is too wide. Never empty: an empty text gives one empty line.
     */
    public List<String> wrap(String text, Style style, float size, float width) {
        return wrap(text, style, size, width, width);
    }

    /** As {@link #wrap(String, Style, float, float)}, with the lines after the first {@code laterWidth} wide. */
    public List<String> wrap(String text, Style style, float size, float firstWidth, float laterWidth) {
        String line = clean(text);
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ", -1)) {
            String tried = current.isEmpty() ? word : current + " " + word;
            if (width(tried, style, size) <= (lines.isEmpty() ? firstWidth : laterWidth)) {
                current.setLength(0);
                current.append(tried);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            // A word wider than the line (a long web address) is cut where it has to be.
            int start = 0;
            while (start < word.length()) {
                float limit = lines.isEmpty() ? firstWidth : laterWidth;
                int end = start;
                while (end < word.length()) {
                    int next = word.offsetByCodePoints(end, 1);
                    if (end > start && width(word.substring(start, next), style, size) > limit) {
                        break;
                    }
                    end = next;
                }
                if (end < word.length()) {
                    lines.add(word.substring(start, end));
                } else {
                    current.append(word.substring(start));
                }
                start = end;
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** Draws one line of text with its left end at ({@code x}, baseline {@code y}). */
    public void show(PDPageContentStream content, String text, Style style, float size, float x, float y)
            throws IOException {
        List<Run> runs = runs(visualOrder(clean(text)), style);
        if (runs.isEmpty()) {
            return;
        }
        content.setLineWidth(size * 0.035f);
        content.beginText();
        content.newLineAtOffset(x, y);
        PDFont current = null;
        Boolean thick = null;
        for (Run run : runs) {
            if (run.face().font != current) {
                current = run.face().font;
                content.setFont(current, size);
            }
            if (thick == null || thick != run.face().thicken) {
                thick = run.face().thicken;
                content.setRenderingMode(thick ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            }
            content.showText(run.text());
        }
        content.endText();
    }

    /**
     * Gives the parsed fonts back for the next PDF; call after the document is saved (subsets are
     * cut when it is).
     */
    @Override
    public void close() {
        borrowed.forEach(ParsedFonts::giveBack);
        borrowed.clear();
    }

    /** Splits text into stretches each drawn with the first face of the chain that has their characters. */
    private List<Run> runs(String text, Style style) {
        List<Face> chain = chains.get(style);
        List<Run> runs = new ArrayList<>();
        StringBuilder stretch = new StringBuilder();
        Face stretchFace = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            Face face = null;
            for (Face candidate : chain) {
                if (candidate.covers(codePoint)) {
                    face = candidate;
                    break;
                }
            }
            if (face == null) {
                face = chain.get(0);
                codePoint = REPLACEMENT;
            }
            if (face != stretchFace && !stretch.isEmpty()) {
                runs.add(new Run(stretchFace, stretch.toString()));
                stretch.setLength(0);
            }
            stretchFace = face;
            stretch.appendCodePoint(codePoint);
        }
        if (!stretch.isEmpty()) {
            runs.add(new Run(stretchFace, stretch.toString()));
        }
        return runs;
    }

    /** Composed characters (so "ễ" is one glyph), tabs as spaces, no control or invisible formatting characters. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append("    ");
            } else if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x00A0) {
                out.append(' ');
            } else if (Character.getType(cp) != Character.CONTROL && Character.getType(cp) != Character.FORMAT) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Right-to-left stretches reversed so that, drawn left to right, they read correctly. */
    static String visualOrder(String text) {
        if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return text;
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        String[] runs = new String[count];
        byte[] levels = new byte[count];
        for (int i = 0; i < count; i++) {
            String run = text.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            levels[i] = (byte) bidi.getRunLevel(i);
            runs[i] = levels[i] % 2 == 1 ? reversed(run) : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return String.join("", runs);
    }

    private static String reversed(String run) {
        int[] points = run.codePoints().toArray();
        StringBuilder out = new StringBuilder(run.length());
        for (int i = points.length - 1; i >= 0; i--) {
            out.appendCodePoint(points[i]);
        }
        return out.toString();
    }

    private static String key(FontFile file) {
        return file.path().toAbsolutePath() + "#" + (file.name() == null ? "" : file.name());
    }

    /** Prepares a font for embedding, parsing it only if no parsed copy is free; null (and a note in the log) when it cannot be used. */
    private Loaded load(Face face) {
        String key = face.fromBundle ? BUNDLED : key(face.file);
        try {
            Parsed parsed = ParsedFonts.borrow(key);
            if (parsed == null) {
                parsed = parse(face);
                if (parsed == null) {
                    return null;
                }
            }
            borrowed.put(key, parsed);
            TrueTypeFont ttf = parsed.font();
            // The same Unicode table PDFBox encodes with; a font without one is not used.
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            if (cmap == null) {
                return null;
            }
            // No glyph substitution (ligatures): widths are measured per character, and PDFBox's
            // substitution code writes the glyphs of the text it shapes to its debug log.
            ttf.setEnableGsub(false);
            return new Loaded(PDType0Font.load(document, ttf, true), cmap);
        } catch (IOException | RuntimeException e) {
            // Only the kind of failure: a font file's path says nothing personal, but keep the log plain.
            LOG.info("A font could not be used for PDFs ({}); trying the next", e.getClass().getSimpleName());
            return null;
        }
    }

    /** Reads a font file (or the one inside PDFBox); null when there is no such face. */
    private static Parsed parse(Face face) throws IOException {
        ParsedFonts.parsed();
        if (face.fromBundle) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    return null;
                }
                TrueTypeFont ttf = new TTFParser().parse(RandomAccessReadBuffer.createBufferFromStream(in));
                return new Parsed(ttf, ttf);
            }
        }
        if (face.file.path().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            // The faces of a collection share its file: the collection is what gets closed.
            TrueTypeCollection collection = new TrueTypeCollection(face.file.path().toFile());
            TrueTypeFont ttf = face.file.name() == null ? first(collection) : collection.getFontByName(face.file.name());
            if (ttf == null) {
                collection.close();
                return null;
            }
            return new Parsed(ttf, collection);
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(face.file.path().toFile()));
        return new Parsed(ttf, ttf);
    }

    private static TrueTypeFont first(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] found = new TrueTypeFont[1];
        collection.processAllFonts(font -> {
            if (found[0] == null) {
                found[0] = font;
            }
        });
        return found[0];
    }
}
