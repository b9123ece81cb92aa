package org.unlisted.letters;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Font files already parsed, kept for the next PDF. Parsing a Unicode font costs more than laying
 * out a whole letter, and a batch makes hundreds. A parsed font is lent to one document at a time
 * (PDFBox's fonts are not safe to share between threads) and comes back when that document is done.
 */
final class ParsedFonts {
    /** A parsed face, and what must be closed to let go of it (the face itself, or its collection). */
    record Parsed(TrueTypeFont font, Closeable owner) {
    }

    /** Spare copies kept per font; more than this many PDFs at once is rare, and the extras are closed. */
    private static final int KEPT = 4;
    private static final Map<String, Deque<Parsed>> FREE = new HashMap<>();
    private static final AtomicInteger PARSES = new AtomicInteger();

    private ParsedFonts() {
    }

    /** A free parsed copy of the font known by {@code key}, or null when there is none. */
    static synchronized Parsed borrow(String key) {
        Deque<Parsed> free = FREE.get(key);
        return free == null ? null : free.pollFirst();
    }

    /** Returns a copy lent by {@link #borrow} or newly parsed, once its document is saved. */
    static void giveBack(String key, Parsed parsed) {
        synchronized (ParsedFonts.class) {
            Deque<Parsed> free = FREE.computeIfAbsent(key, k -> new ArrayDeque<>());
            if (free.size() < KEPT) {
                free.addFirst(parsed);
                return;
            }
        }
        try {
            parsed.owner().close();
        } catch (IOException e) {
            // A font file that does not close costs a file handle, nothing more.
        }
    }

    /** Counts a parse, so tests can see that fonts are reused. */
    static void parsed() {
        PARSES.incrementAndGet();
    }

    /** How many times a font file has been parsed since start. */
    static int parses() {
        return PARSES.get();
    }
}
