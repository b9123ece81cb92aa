package org.unlisted;

import java.util.Random;

/**
 * Text a hostile or careless source could hand the app: every Unicode plane (astral letters, emoji,
 * private use), combining marks stacked high, right-to-left scripts with bidi controls, control
 * characters and NUL, lone surrogates, formula-like and HTML-like text, PDF syntax. Seeded, so a
 * failing case can be made again.
 */
public final class HostileText {
    /** Pieces chosen from, besides random code points. */
    static final String[] PIECES = {
        "Ana", "José", "Nguyễn Thị", "Дмитрий", "Ελένη", "Łukasz", "Zoë", "O'Brien", "Mary-Jo",
        "王小明", "김민준", "やまだ",
        "😀", "👩‍👩‍👧", "🏳️‍🌈", "\uD835\uDD18\uD835\uDD2B", "\uD840\uDC00", "\uDB40\uDC41",
        "\uDB80\uDC00",
        "e\u0301", "a\u0308\u0323",
        "Z\u0351\u0352\u0357\u0358\u035b\u0360\u0361\u0362\u0363\u0364\u0365\u0366",
        "محمد", "عبد الله", "שלום", "דוד 123", "\u202Eevil\u202C", "\u2067x\u2069", "\u200F", "\u061C",
        "\u200D", "\u200C", "\uFEFF", "\u00AD", "\u2028", "\u3000",
        "\u0000", "\u0007", "\u001B[31m", "\r\n", "\t", "\u0085", "\u007F", "\u009B",
        "\uD800", "\uDFFF", "\uDBFF",
        "=cmd|' /C calc'!A0", "+1-2", "@SUM(1,2)", "-2+3", "=HYPERLINK(\"http://x\")",
        "<script>alert(1)</script>", "&amp;", "<b>", "\"quoted\"", "'; DROP TABLE profile; --",
        "(", ")", "\\", "%PDF-1.7", "endstream", "BT /F1 12 Tf (x) Tj ET", "{first}", "%s%n", "${jndi:x}",
        "ﬁ", "Ⅻ", "①", "\uFFFD", "\uFFFF", "\uFDD0"
    };

    private HostileText() {
    }

    /** A few pieces and random code points joined with spaces or not, up to about {@code max} chars. */
    public static String of(Random random, int max) {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(6);
        for (int i = 0; i < parts && text.length() < max; i++) {
            if (random.nextInt(4) == 0) {
                text.appendCodePoint(anyCodePoint(random));
            } else {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (random.nextBoolean()) {
                text.append(' ');
            }
        }
        return text.length() > max ? text.substring(0, max) : text.toString();
    }

    /** Any code point of any plane, surrogate halves included (they come out lone). */
    public static int anyCodePoint(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(0x80);
            case 1 -> random.nextInt(0x10000);
            default -> random.nextInt(0x110000);
        };
    }

    /** {@code length} chars of one repeated piece or of random code points. */
    public static String longText(Random random, int length) {
        StringBuilder text = new StringBuilder(length + 4);
        boolean words = random.nextBoolean();
        while (text.length() < length) {
            if (words) {
                text.append(PIECES[random.nextInt(PIECES.length)]).append(' ');
            } else {
                text.appendCodePoint(anyCodePoint(random));
            }
        }
        return text.substring(0, length);
    }

    /** Printable ASCII as it is, everything else as {@code \\uXXXX}: readable in a failure message. */
    public static String escaped(Object value) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }
}
