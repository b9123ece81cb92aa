package org.unlisted.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.unlisted.catalog.CatalogSupply;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Plan;
import org.unlisted.core.DataFolder;
import org.unlisted.core.Messages;
import org.unlisted.core.Preferences;
import org.unlisted.net.NetworkSession;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.ui.settings.Language;
import org.unlisted.ui.shell.AppWindow;
import org.unlisted.ui.shell.Area;
import org.unlisted.ui.task.SynchronousTaskRunner;
import org.unlisted.ui.theme.Appearance;
import org.unlisted.ui.theme.TextSize;
import org.unlisted.ui.theme.Theme;
import org.unlisted.ui.vault.VaultSession;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/**
 * Not a test: takes a picture of every main screen (welcome, create, unlock, each sidebar area, a
 * case's steps) in one language, text size and theme, with the demo's made-up person, so people can
 * look at them. Run with Monocle headless (see app/pom.xml's surefire properties):
 * {@code ScreenTour OUT_FOLDER spanish|french|english NORMAL|LARGER|LARGE|LARGEST LIGHT|DARK|HIGH_CONTRAST}.
 * For example, after {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt} in app/:
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true
 * -cp target/classes:target/test-classes:$(cat cp.txt) org.unlisted.ui.ScreenTour /tmp/shots french LARGEST LIGHT}
 */
public final class ScreenTour {
    private final Path out;
    private final String prefix;
    private Stage stage;

    private ScreenTour(Path out, String prefix) {
        this.out = out;
        this.prefix = prefix;
    }

    public static void main(String[] args) throws Exception {
        Language language = Language.fromPreference(args[1]);
        TextSize size = TextSize.valueOf(args[2]);
        Theme theme = Theme.valueOf(args[3]);
        Path out = Files.createDirectories(Path.of(args[0]));
        ScreenTour tour = new ScreenTour(out, args[1] + "-" + size.percent() + "-"
                + theme.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        try {
            tour.run(language, size, theme);
        } finally {
            Platform.exit();
        }
        System.exit(0);
    }

    private void run(Language language, TextSize size, Theme theme) throws Exception {
        Path data = Files.createTempDirectory("unlisted-tour-");
        DataFolder folder = DataFolder.at(data);
        Preferences preferences = Preferences.load(folder.preferencesFile());
        // As if chosen in Settings, so the Settings screen shows the same choices.
        preferences.put(org.unlisted.ui.settings.SettingsViewModel.THEME_KEY, theme.name());
        preferences.put(org.unlisted.ui.settings.SettingsViewModel.TEXT_SIZE_KEY, size.name());
        preferences.put(org.unlisted.ui.settings.SettingsViewModel.LANGUAGE_KEY, language.name());
        Clock clock = Clock.systemDefaultZone();
        AppContext context = new AppContext(Messages.forLocale(language.locale()), preferences,
                new SynchronousTaskRunner(), folder, folder.vaultFile(), CatalogSupply.startLoading(null, clock),
                url -> { }, new NetworkSession(preferences, clock));
        AppWindow window = onFx(() -> {
            Appearance.start(theme, size);
            stage = new Stage();
            stage.setWidth(1280);
            stage.setHeight(800);
            AppWindow made = new AppWindow(stage, context, new VaultSession(clock), clock);
            made.showStart();
            stage.show();
            return made;
        });
        shot("welcome");
        press("#firstrun-start");
        shot("create-vault");
        onFx(() -> {
            window.startDemo(WorkspaceMode.PERSONAL);
            return null;
        });
        for (int i = 0; i < 100 && find("#nav-dashboard") == null; i++) {
            Thread.sleep(100);
        }
        for (Area area : Area.values()) {
            press("#nav-" + area.name().toLowerCase(Locale.ROOT));
            String name = area.name().toLowerCase(Locale.ROOT);
            shotWithEnd(name);
            if (area == Area.PLAN) {
                for (CaseState state : new CaseState[] {CaseState.NOT_STARTED, CaseState.FOUND,
                        CaseState.AWAITING_VERIFICATION, CaseState.SUBMITTED}) {
                    if (select(state)) {
                        shotWithEnd("case-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                    }
                }
            }
        }
        onFx(() -> {
            window.session().lock();
            try (Passphrase passphrase = Passphrase.wrap("maple tiger orbit lantern".toCharArray())) {
                Vault.create(folder.vaultFile(), passphrase).close();
            }
            window.showStart();
            return null;
        });
        shot("unlock");
    }

    /** Picks the first site in the plan list in {@code state}; false when there is none. */
    @SuppressWarnings("unchecked")
    private boolean select(CaseState state) throws Exception {
        boolean found = onFx(() -> {
            ListView<Plan.Item> list = (ListView<Plan.Item>) stage.getScene().lookup("#plan-list");
            for (Plan.Item item : list.getItems()) {
                if (item.state() == state && item.coveredBy() == null) {
                    list.getSelectionModel().select(item);
                    return true;
                }
            }
            return false;
        });
        settle();
        return found;
    }

    private Node find(String selector) throws Exception {
        return onFx(() -> stage.getScene().lookup(selector));
    }

    private void press(String selector) throws Exception {
        onFx(() -> {
            ((ButtonBase) stage.getScene().lookup(selector)).fire();
            return null;
        });
        settle();
    }

    /** The screen as shown, then (when the page is taller than the window) a page further down, up to its end. */
    private void shotWithEnd(String name) throws Exception {
        shot(name);
        for (int page = 1; page <= 4; page++) {
            boolean scrolled = onFx(() -> {
                boolean moved = false;
                for (Node node : stage.getScene().getRoot().lookupAll(".scroll-pane")) {
                    if (node instanceof ScrollPane pane && pane.getContent() != null && pane.getVvalue() < pane.getVmax()) {
                        double extra = pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
                        if (extra > 2) {
                            double step = pane.getViewportBounds().getHeight() * 0.85 / extra * (pane.getVmax() - pane.getVmin());
                            pane.setVvalue(Math.min(pane.getVmax(), pane.getVvalue() + step));
                            moved = true;
                        }
                    }
                }
                return moved;
            });
            if (!scrolled) {
                return;
            }
            settle();
            shot(name + "-" + page);
        }
    }

    private void shot(String name) throws Exception {
        save(stage.getScene(), out.resolve(prefix + "-" + name + ".png"));
    }

    /** A picture of {@code scene} as shown, as a PNG file. */
    static void save(Scene scene, Path file) throws Exception {
        settle();
        WritableImage image = onFx(() -> scene.snapshot(null));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(picture, "png", file.toFile());
    }

    /** Lets layout, CSS and background work catch up. */
    static void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            Thread.sleep(150);
            onFx(() -> null);
        }
    }

    interface FxCall<T> {
        T call() throws Exception;
    }

    /** Runs {@code call} on the JavaFX thread and waits for its result. */
    static <T> T onFx(FxCall<T> call) throws Exception {
        FutureTask<T> task = new FutureTask<>(call::call);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }
}
