package org.unlisted.core;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.CoreConstants;

/**
 * Writes a stack trace with exception types and frames but without exception messages:
 * libraries put file paths, SQL values or server replies in messages, and any of those can
 * identify a person. Our own {@link UnlistedException} messages (code and key) are kept.
 */
public final class SafeThrowableConverter extends ThrowableHandlingConverter {
    private static final int MAX_DEPTH = 8;

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy proxy = event.getThrowableProxy();
        if (proxy == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int depth = 0;
        String prefix = "";
        while (proxy != null && depth++ < MAX_DEPTH) {
            out.append(prefix).append(proxy.getClassName());
            if (UnlistedException.class.getName().equals(proxy.getClassName())
                    || isOwnSubclass(proxy.getClassName())) {
                out.append(": ").append(proxy.getMessage());
            }
            out.append(CoreConstants.LINE_SEPARATOR);
            for (StackTraceElementProxy frame : proxy.getStackTraceElementProxyArray()) {
                out.append("\tat ").append(frame.getStackTraceElement()).append(CoreConstants.LINE_SEPARATOR);
            }
            prefix = "Caused by: ";
            proxy = proxy.getCause();
        }
        return out.toString();
    }

    private static boolean isOwnSubclass(String className) {
        if (!className.startsWith("org.unlisted.")) {
            return false;
        }
        try {
            return UnlistedException.class.isAssignableFrom(Class.forName(className, false,
                    SafeThrowableConverter.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
