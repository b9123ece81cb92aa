package org.unlisted.core;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;

/** Recognises a full disk among the causes of a failure, so the person is told what to do about it. */
public final class DiskFull {
    /** SQLite's result code for "database or disk is full". */
    private static final int SQLITE_FULL = 13;

    private DiskFull() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() & 0xff) == SQLITE_FULL) {
                return true;
            }
            // The JDK reports ENOSPC only in the message: Linux and macOS, then Windows wording.
            if (t instanceof IOException && t.getMessage() != null) {
                String text = t.getMessage().toLowerCase(Locale.ROOT);
                if (text.contains("no space left on device") || text.contains("not enough space on the disk")) {
                    return true;
                }
            }
        }
        return false;
    }
}
