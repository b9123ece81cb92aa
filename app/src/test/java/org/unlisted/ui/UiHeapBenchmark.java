package org.unlisted.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.unlisted.catalog.CatalogSupply;
import org.unlisted.core.DataFolder;
import org.unlisted.core.Messages;
import org.unlisted.core.Preferences;
import org.unlisted.net.NetworkSession;
import org.unlisted.ui.shell.AppWindow;
import org.unlisted.ui.shell.Area;
import org.unlisted.ui.task.BackgroundTaskRunner;
import org.unlisted.ui.task.TaskRunner;
import org.unlisted.ui.theme.Appearance;
import org.unlisted.ui.theme.TextSize;
import org.unlisted.ui.theme.Theme;
import org.unlisted.ui.vault.VaultSession;

/**
 * Not a test: the Java heap the app keeps while a clinic-sized vault is open (issue target: under
 * 300 MB). Unlocks the vault {@code ClinicScaleBenchmark} made, in the app's own window (Monocle
 * headless, as {@link ScreenTour}), visits every sidebar area, and after each one forces a full
 * collection and prints the heap still in use. Usage, with the class path of {@link ScreenTour}:
 * {@code UiHeapBenchmark /tmp/clinic-bench/vault.db [PICTURES_FOLDER]} (the passphrase is the benchmark's own
 * made-up one; with a folder, a picture of each screen is saved there, to see what was measured).
 */
public final class UiHeapBenchmark {
    private static final char[] BENCH_PASSPHRASE = "correct horse battery staple bench".toCharArray();
    private static final long MB = 1024 * 1024;

    private UiHeapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path vault = Path.of(args[0]);
        Path pictures = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : null;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        try {
            run(vault, pictures);
        } finally {
            Platform.exit();
        }
        System.exit(0);
    }

    private static void run(Path vault, Path pictures) throws Exception {
        System.out.printf("heap before the window: %d MB in use (max %d MB)%n", usedAfterGc(),
                Runtime.getRuntime().maxMemory() / MB);
        DataFolder folder = DataFolder.at(Files.createTempDirectory("unlisted-heap-"));
        Preferences preferences = Preferences.load(folder.preferencesFile());
        preferences.put(AppWindow.FIRST_RUN_DONE, "true");
        Clock clock = Clock.systemDefaultZone();
        CountingTasks tasks = new CountingTasks();
        AppContext context = new AppContext(Messages.forLocale(Locale.ENGLISH), preferences, tasks, folder, vault,
                CatalogSupply.startLoading(null, clock), url -> { }, new NetworkSession(preferences, clock));
        Stage[] stage = new Stage[1];
        ScreenTour.onFx(() -> {
            Appearance.start(Theme.LIGHT, TextSize.NORMAL);
            stage[0] = new Stage();
            stage[0].setWidth(1280);
            stage[0].setHeight(800);
            new AppWindow(stage[0], context, new VaultSession(clock), clock).showStart();
            stage[0].show();
            return null;
        });
        waitFor(stage[0], "#unlock-passphrase");
        long start = System.nanoTime();
        ScreenTour.onFx(() -> {
            javafx.scene.Node field = stage[0].getScene().lookup("#unlock-passphrase");
            for (char c : BENCH_PASSPHRASE) {   // typed, as a person does: the field keeps no String
                field.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_TYPED,
                        String.valueOf(c), "", javafx.scene.input.KeyCode.UNDEFINED, false, false, false, false));
            }
            ((ButtonBase) stage[0].getScene().lookup("#unlock-button")).fire();
            return null;
        });
        for (int i = 0; i < 1200 && find(stage[0], "#nav-dashboard") == null; i++) {
            if (find(stage[0], "#mode-clinic") != null) {
                press(stage[0], "#mode-clinic");
                press(stage[0], "#mode-continue");
            }
            Thread.sleep(100);
        }
        System.out.printf("unlocked, first screen after %.1f s%n", (System.nanoTime() - start) / 1e9);
        long most = 0;
        for (Area area : Area.values()) {
            String nav = "#nav-" + area.name().toLowerCase(Locale.ROOT);
            if (find(stage[0], nav) == null) {
                continue;
            }
            start = System.nanoTime();
            press(stage[0], nav);
            idle(tasks);
            double seconds = (System.nanoTime() - start) / 1e9;
            long used = usedAfterGc();
            most = Math.max(most, used);
            System.out.printf("  %-10s settled within %4.1f s; heap in use after a full GC: %4d MB%n",
                    area.name().toLowerCase(Locale.ROOT), seconds, used);
            if (pictures != null) {
                ScreenTour.save(stage[0].getScene(), pictures.resolve(area.name().toLowerCase(Locale.ROOT) + ".png"));
            }
        }
        System.out.printf("most heap in use after a full GC: %d MB (target under 300 MB: %s)%n", most,
                most < 300 ? "met" : "MISSED");
        tasks.shutdown();
    }

    /** The app's own background runner, counting the work still to finish. */
    private static final class CountingTasks implements TaskRunner {
        private final BackgroundTaskRunner runner = new BackgroundTaskRunner(2);
        private final java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public <T> Task<T> run(Task<T> task) {
            running.incrementAndGet();
            // Once per task, whether it ends, fails, or is cancelled before it ever runs.
            task.stateProperty().addListener((seen, was, now) -> {
                if (now == Worker.State.SUCCEEDED || now == Worker.State.FAILED || now == Worker.State.CANCELLED) {
                    running.decrementAndGet();
                }
            });
            return runner.run(task);
        }

        boolean idle() {
            return running.get() == 0;
        }

        @Override
        public void shutdown() {
            runner.shutdown();
        }
    }

    /** Waits until the app's background work (loading a screen's data) has finished, then lets the screen settle. */
    private static void idle(CountingTasks tasks) throws Exception {
        for (int i = 0; i < 200; i++) {
            ScreenTour.settle();
            if (tasks.idle()) {
                break;
            }
        }
        ScreenTour.settle();
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            memory.gc();
        }
        return memory.getHeapMemoryUsage().getUsed() / MB;
    }

    private static Object find(Stage stage, String selector) throws Exception {
        return ScreenTour.onFx(() -> stage.getScene().lookup(selector));
    }

    private static void press(Stage stage, String selector) throws Exception {
        ScreenTour.onFx(() -> {
            ((ButtonBase) stage.getScene().lookup(selector)).fire();
            return null;
        });
        ScreenTour.settle();
    }

    private static void waitFor(Stage stage, String selector) throws Exception {
        for (int i = 0; i < 300 && find(stage, selector) == null; i++) {
            Thread.sleep(100);
        }
    }
}
