package org.unlisted.ui.error;

import org.unlisted.core.AppVersion;
import org.unlisted.core.Messages;
import org.unlisted.core.UnlistedException;

/**
 * A failure as shown to the person: a plain message, a short code to quote, and details safe to
 * copy into a help request (types and our own frames only; never exception messages, which may
 * hold personal data).
 */
public record ErrorReport(String code, String message, String details) {
    public static final String UNEXPECTED_CODE = "APP-01";
    private static final int FRAMES = 6;

    public static ErrorReport of(Throwable error, Messages messages) {
        if (error instanceof UnlistedException known) {
            return new ErrorReport(known.problem().code(), known.describe(messages), details(known.problem().code(), error));
        }
        return new ErrorReport(UNEXPECTED_CODE, messages.get("error.unexpected"), details(UNEXPECTED_CODE, error));
    }

    private static String details(String code, Throwable error) {
        StringBuilder text = new StringBuilder("Unlisted ").append(AppVersion.current())
                .append(", ").append(System.getProperty("os.name")).append(", Java ")
                .append(System.getProperty("java.version")).append('\n')
                .append("Code: ").append(code).append('\n');
        Throwable current = error;
        int depth = 0;
        while (current != null && depth++ < 5) {
            text.append(depth == 1 ? "" : "Caused by: ").append(current.getClass().getName()).append('\n');
            int frames = 0;
            for (StackTraceElement frame : current.getStackTrace()) {
                if (frames++ == FRAMES) {
                    break;
                }
                text.append("  at ").append(frame).append('\n');
            }
            current = current.getCause();
        }
        return text.toString();
    }
}
