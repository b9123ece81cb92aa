package org.unlisted.core;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The app's log: {@code unlisted.log} in the data folder's log folder, at most 2 MB, with three
 * older files kept. Set up in code, not in logback.xml: reading an XML configuration took about
 * a second before the first window on a slow computer. Personal data never goes to the log:
 * messages carry codes and counts only, and stack traces keep types and frames but drop
 * exception messages ({@link SafeThrowableConverter}).
 *
 * <p>A {@code logback-test.xml} on the class path (the tests') or {@code -Dlogback.configurationFile}
 * still wins, as with logback's own order.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    private static volatile Thread starting;

    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n%safeEx";

    /**
     * Sets logging up on its own thread, beside JavaFX's start (ADR 0014). Until {@link #awaitReady()}
     * returns, nothing may ask for a logger: SLF4J hands out stand-ins during set-up, and one asked for
     * at the moment set-up ends would stay silent for good.
     */
    public static void startInBackground() {
        Thread thread = new Thread(LoggerFactory::getILoggerFactory, "log-setup");
        thread.setDaemon(true);
        starting = thread;
        thread.start();
    }

    /** Waits until logging started by {@link #startInBackground()} is ready (at once if it never was started). */
    public static void awaitReady() {
        Thread thread = starting;
        if (thread == null) {
            return;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        // The launcher sets the folder before the first logger (Launcher.useLogFolder).
        toFolder(context, Path.of(System.getProperty("unlisted.log.dir", "logs")));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sends everything at INFO and above to {@code unlisted.log} in {@code folder}. */
    static void toFolder(LoggerContext context, Path folder) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern(PATTERN);
        layout.getInstanceConverterMap().put("safeEx", SafeThrowableConverter::new);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder.resolve("unlisted.log").toString());
        file.setEncoder(encoder);
        FixedWindowRollingPolicy older = new FixedWindowRollingPolicy();
        older.setContext(context);
        older.setParent(file);
        older.setFileNamePattern(folder.resolve("unlisted.%i.log").toString());
        older.setMinIndex(1);
        older.setMaxIndex(3);
        older.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> size = new SizeBasedTriggeringPolicy<>();
        size.setContext(context);
        size.setMaxFileSize(FileSize.valueOf("2MB"));
        size.start();
        file.setRollingPolicy(older);
        file.setTriggeringPolicy(size);
        file.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
    }
}
