package org.unlisted.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.unlisted.core.OwnerOnly;
import org.unlisted.core.UnlistedException;

/**
 * Writing a report to the file the person chose, and nowhere else (no temporary file beside it).
 * A new file is made readable by its owner only, like the vault: a report is personal. A file that
 * already exists keeps the permissions the person gave it.
 */
public final class ChosenFile {
    /** Excel reads a CSV as UTF-8 only when it starts with this mark; other programs skip it. */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    private ChosenFile() {
    }

    static void write(Path target, byte[] bytes) throws UnlistedException {
        try {
            if (!Files.exists(target)) {
                Files.createFile(target);
                OwnerOnly.restrict(target);
            }
            Files.write(target, bytes, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            throw new UnlistedException(ReportProblem.WRITE, e);
        }
    }

    public static void writeCsv(Path target, String csv) throws UnlistedException {
        write(target, (BYTE_ORDER_MARK + csv).getBytes(StandardCharsets.UTF_8));
    }
}
