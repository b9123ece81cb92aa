package org.unlisted;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.unlisted.cli.CommandLineApp;
import org.unlisted.core.DataFolder;
import org.unlisted.core.LogSetup;

/**
 * Entry point of {@code unlisted.jar}. With no command it opens the desktop app; with a command it
 * runs the command line without starting JavaFX. (A main class that is not an Application also
 * lets JavaFX start from the class path.)
 */
public final class Launcher {
    /** Options the desktop app understands; anything else goes to the command line. */
    private static final Set<String> APP_OPTIONS = Set.of("--data-dir", "--vault", "--catalog");
    /** Options of the app that take no value ({@code --demo}, or {@code --demo=clinic}). */
    private static final Set<String> APP_FLAGS = Set.of("--demo");

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensDesktopApp(args)) {
            StartOptions options = StartOptions.parse(args);
            useLogFolder(options.dataFolder());
            // Logging is set up beside JavaFX's start instead of before it: on two cores that took half a
            // second off the first window. The app waits for it before its first logger (UnlistedApp.start).
            LogSetup.startInBackground();
            org.unlisted.ui.UnlistedApp.start(options);
            return;
        }
        useLogFolder(DataFolder.resolve(StartOptions.parse(withoutCommand(args)).dataDirOverride()));
        Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(System.out, true, console);
        PrintWriter err = new PrintWriter(System.err, true, console);
        System.exit(CommandLineApp.run(args, out, err));
    }

    static boolean opensDesktopApp(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (APP_FLAGS.contains(name)) {
                continue;
            }
            if (!APP_OPTIONS.contains(name)) {
                return false;
            }
            if (!arg.contains("=")) {
                i++;
            }
        }
        return true;
    }

    private static String[] withoutCommand(String[] args) {
        List<String> kept = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                kept.add(args[i]);
                kept.add(args[++i]);
            } else if (args[i].startsWith("--data-dir=")) {
                kept.add(args[i]);
            }
        }
        return kept.toArray(String[]::new);
    }

    /** Logback reads this property when it starts, so it must be set before the first logger. */
    private static void useLogFolder(DataFolder folder) {
        System.setProperty("unlisted.log.dir", folder.logFolder().toString());
    }

    /** What the desktop app was started with. */
    /** @param demo {@code null} for the real vault, else the demo's workspace mode ("personal" or "clinic") */
    public record StartOptions(Path dataDirOverride, Path vaultOverride, Path catalogOverride, String demo) {
        public DataFolder dataFolder() {
            return DataFolder.resolve(dataDirOverride);
        }

        /** The vault file: {@code --vault} if given, otherwise the one in the data folder. */
        public Path vaultFile() {
            return vaultOverride != null ? vaultOverride.toAbsolutePath() : dataFolder().vaultFile();
        }

        public static StartOptions parse(String[] args) {
            Path dataDir = null;
            Path vault = null;
            Path catalog = null;
            String demo = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--demo") || arg.startsWith("--demo=")) {
                    demo = arg.equals("--demo") ? "personal" : arg.substring("--demo=".length());
                    continue;
                }
                String value;
                String name;
                if (arg.contains("=")) {
                    name = arg.substring(0, arg.indexOf('='));
                    value = arg.substring(arg.indexOf('=') + 1);
                } else {
                    name = arg;
                    value = i + 1 < args.length ? args[++i] : null;
                }
                if (value == null) {
                    continue;
                }
                if (name.equals("--data-dir")) {
                    dataDir = Path.of(value);
                } else if (name.equals("--vault")) {
                    vault = Path.of(value);
                } else if (name.equals("--catalog")) {
                    catalog = Path.of(value);
                }
            }
            return new StartOptions(dataDir, vault, catalog, demo);
        }
    }
}
