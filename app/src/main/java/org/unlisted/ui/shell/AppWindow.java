package org.unlisted.ui.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.unlisted.core.Messages;
import org.unlisted.ui.AppContext;
import org.unlisted.ui.Styles;
import org.unlisted.ui.firstrun.FirstRunView;
import org.unlisted.ui.brokers.BrokersView;
import org.unlisted.ui.brokers.BrokersViewModel;
import org.unlisted.ui.people.ModeChoiceView;
import org.unlisted.ui.people.PeopleView;
import org.unlisted.ui.people.PeopleViewModel;
import org.unlisted.ui.people.WorkspaceSettingsRows;
import org.unlisted.ui.dashboard.DashboardView;
import org.unlisted.ui.dashboard.DashboardViewModel;
import org.unlisted.ui.letters.LettersView;
import org.unlisted.ui.network.NetworkView;
import org.unlisted.ui.network.NetworkViewModel;
import org.unlisted.ui.letters.LettersViewModel;
import org.unlisted.ui.plan.PlanView;
import org.unlisted.ui.plan.PlanViewModel;
import org.unlisted.ui.ClipboardGuard;
import org.unlisted.ui.settings.Language;
import org.unlisted.ui.settings.CatalogUpdateView;
import org.unlisted.ui.settings.CatalogUpdateViewModel;
import org.unlisted.ui.settings.SettingsView;
import org.unlisted.ui.settings.SettingsViewModel;
import org.unlisted.ui.theme.Appearance;
import org.unlisted.ui.theme.Theme;
import org.unlisted.ui.vault.CreateVaultView;
import org.unlisted.ui.vault.CreateVaultViewModel;
import org.unlisted.ui.vault.UnlockView;
import org.unlisted.ui.vault.UnlockViewModel;
import org.unlisted.ui.vault.VaultSession;
import org.unlisted.ui.vault.VaultSettingsView;
import org.unlisted.vault.UnlockThrottle;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.vault.Vault;
import org.unlisted.catalog.bundle.InstalledUpdate;
import org.unlisted.net.CatalogUpdate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.slf4j.LoggerFactory;
import org.unlisted.core.UnlistedException;
import org.unlisted.demo.DemoVault;
import org.unlisted.ui.error.ErrorDialog;
import org.unlisted.ui.task.Work;

/**
 * The one window, and which screen it shows: welcome, create or unlock the vault, or the main
 * workspace. Locking, by hand or after idle time, throws the workspace away.
 */
public final class AppWindow {
    public static final String FIRST_RUN_DONE = "firstRun.done";
    public static final KeyCombination LOCK_SHORTCUT = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination QUICK_EXIT_SHORTCUT =
            new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** How often the idle check runs; a much longer gap between two checks means the computer slept. */
    static final Duration IDLE_CHECK = Duration.ofSeconds(15);
    static final Duration SLEEP_GAP = Duration.ofMinutes(1);

    private final Stage stage;
    private final StackPane root = new StackPane();
    private final VaultSession session;
    private final UnlockThrottle throttle;
    private final Clock clock;
    private final ClipboardGuard clipboard = new ClipboardGuard();
    private AppContext context;
    private Instant lastTick;
    /** The open workspace's navigation, and its plan once shown, so the dashboard can open a case there. */
    private MainViewModel navigation;
    private PlanViewModel plan;
    /** While the demo runs: the throwaway folder its vault lives in, deleted when the demo ends. */
    private Path demoFolder;

    public AppWindow(Stage stage, AppContext context, VaultSession session, Clock clock) {
        this.stage = stage;
        this.context = context;
        this.session = session;
        this.clock = clock;
        this.throttle = new UnlockThrottle(clock);
        Scene scene = new Scene(root, WindowPlacement.DEFAULT_WIDTH, WindowPlacement.DEFAULT_HEIGHT);
        Appearance.dress(scene);
        Appearance.dressEveryWindow(); // dialogs too: stylesheet, text size, focus kept in sight
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::activity);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, this::activity);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, this::activity);
        scene.getAccelerators().put(LOCK_SHORTCUT, session::lock);
        scene.getAccelerators().put(QUICK_EXIT_SHORTCUT, this::quickExit);
        stage.setScene(scene);
        stage.setTitle(context.messages().get("app.name"));
        session.vaultProperty().addListener((obs, old, now) -> {
            if (now == null) {
                clipboard.clearIfUnchanged(); // a copied detail must not outlive the unlocked vault
                if (demoFolder != null) {
                    endDemo();
                    showStart();
                } else {
                    showUnlock();
                }
            }
        });
        lastTick = clock.instant();
        Timeline idleCheck = new Timeline(new KeyFrame(javafx.util.Duration.millis(IDLE_CHECK.toMillis()), e -> {
            checkSleep();
            checkIdle();
        }));
        idleCheck.setCycleCount(Timeline.INDEFINITE);
        idleCheck.play();
    }

    public Stage stage() {
        return stage;
    }

    public AppContext context() {
        return context;
    }

    public VaultSession session() {
        return session;
    }

    /** Shows the first screen a person should see now. */
    public void showStart() {
        if (Vault.exists(context.vaultFile())) {
            showUnlock();
        } else if (!context.preferences().getBoolean(FIRST_RUN_DONE)) {
            FirstRunView welcome = new FirstRunView(context.messages(), () -> {
                context.preferences().put(FIRST_RUN_DONE, "true");
                context.preferences().save();
                showCreate();
            });
            welcome.getChildren().add(demoLink());
            show(welcome);
        } else {
            showCreate();
        }
    }

    private void showCreate() {
        CreateVaultViewModel viewModel = new CreateVaultViewModel(context.vaultFile(), context.tasks(),
                context.messages(), this::opened);
        show(new CreateVaultView(viewModel, context.messages()));
    }

    private void showUnlock() {
        UnlockViewModel viewModel = new UnlockViewModel(context.vaultFile(), context.tasks(), context.messages(),
                throttle, this::opened);
        UnlockView unlock = new UnlockView(viewModel, context.messages(), context.vaultFile());
        unlock.getChildren().add(demoLink());
        show(unlock);
    }

    /** "Try it safely": a made-up person in a throwaway vault, to learn or to train volunteers. */
    private Node demoLink() {
        Hyperlink personal = new Hyperlink(context.messages().get("demo.try"));
        personal.setId("demo-try");
        personal.setOnAction(event -> startDemo(WorkspaceMode.PERSONAL));
        Hyperlink clinic = new Hyperlink(context.messages().get("demo.tryClinic"));
        clinic.setId("demo-try-clinic");
        clinic.setOnAction(event -> startDemo(WorkspaceMode.CLINIC));
        Label explain = org.unlisted.ui.Paragraphs.muted(context.messages().get("demo.explain"));
        VBox link = new VBox(2, new FlowPane(16, 0, personal, clinic), explain);
        link.setMaxWidth(720); // wraps at a readable width even where the screen does not fill its width
        return link;
    }

    /** Opens a new demo vault (made in the background) and shows it like a real one, with a banner. */
    public void startDemo(WorkspaceMode mode) {
        Label making = new Label(context.messages().get("demo.making"), new javafx.scene.control.ProgressIndicator());
        making.setId("demo-making");
        making.getStyleClass().add(Styles.LEAD);
        VBox waiting = new VBox(making);
        waiting.getStyleClass().add(Styles.PAGE);
        show(waiting);
        Work.start(context.tasks(), new SimpleBooleanProperty(), () -> {
            Path folder = Files.createTempDirectory("unlisted-demo-");
            try {
                return Map.entry(folder, DemoVault.create(folder.resolve("demo.db"), context.catalog().await(), clock,
                        mode));
            } catch (UnlistedException | RuntimeException e) {
                deleteFolder(folder);
                throw e;
            }
        }, opened -> {
            demoFolder = opened.getKey();
            session.unlocked(opened.getValue());
            showMain(Area.DASHBOARD);
        }, failure -> {
            showStart();
            ErrorDialog.show(stage, failure, context.messages());
        });
    }

    /** The demo is over: its vault is closed, and its folder goes. */
    private void endDemo() {
        deleteFolder(demoFolder);
        demoFolder = null;
    }

    public boolean isDemo() {
        return demoFolder != null;
    }

    private static void deleteFolder(Path folder) {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (java.io.IOException e) {
            LoggerFactory.getLogger(AppWindow.class).warn("The demo folder could not be removed", e);
        }
    }

    private void opened(Vault vault) {
        session.unlocked(vault);
        if (WorkspaceMode.of(vault.settings()).isEmpty()) {
            // Asked once: the People screen depends on it. Then straight to entering people.
            show(new ModeChoiceView(context.messages(), mode -> {
                mode.saveTo(vault.settings());
                showMain(Area.PEOPLE);
            }));
            return;
        }
        showMain(Area.DASHBOARD);
    }

    public void showMain(Area area) {
        Messages messages = context.messages();
        MainViewModel viewModel = new MainViewModel(messages);
        navigation = viewModel;
        plan = null;
        viewModel.open(area);
        MainView main = new MainView(viewModel, messages, this::page);
        Button lock = new Button(messages.get("vault.lock"), new FontIcon(Feather.LOCK));
        lock.setId("lock-button");
        lock.getStyleClass().addAll(Styles.SIDEBAR_BUTTON);
        lock.setTooltip(new Tooltip(messages.get("vault.lock.tooltip")));
        lock.setOnAction(event -> session.lock());
        Button quickExit = new Button(messages.get("app.quickExit"), new FontIcon(Feather.EYE_OFF));
        quickExit.setId("quick-exit");
        quickExit.getStyleClass().addAll(Styles.SIDEBAR_BUTTON, Styles.DANGER);
        quickExit.setTooltip(new Tooltip(messages.get("app.quickExit.tooltip")));
        quickExit.setOnAction(event -> quickExit());
        main.addToSidebarFoot(quickExit);
        main.addToSidebarFoot(lock);
        if (demoFolder != null) {
            Label banner = new Label(messages.get("demo.banner"), new FontIcon(Feather.INFO));
            banner.setId("demo-banner");
            banner.setWrapText(true);
            banner.setMaxWidth(Double.MAX_VALUE);
            banner.getStyleClass().add("demo-banner");
            main.setTop(banner);
        }
        show(main);
    }

    /** For someone who must hide what they are doing: lock at once and get the window out of sight. */
    public void quickExit() {
        session.lock();
        stage.setIconified(true);
    }

    private Node page(Area area) {
        Messages messages = context.messages();
        return switch (area) {
            case DASHBOARD -> {
                DashboardViewModel dashboard = new DashboardViewModel(this::connection, session.vault().settings(),
                        context.catalog(), context.tasks(), messages, clock);
                dashboard.setOpenCase(this::openCase);
                dashboard.setOpenPeople(() -> navigation.open(Area.PEOPLE));
                yield new DashboardView(dashboard, messages);
            }
            case PLAN -> {
                plan = planViewModel();
                yield new PlanView(plan, messages, clipboard, context.browser());
            }
            case PEOPLE -> new PeopleView(new PeopleViewModel(this::connection, session.vault().settings(),
                    context.tasks(), messages, clock), messages);
            case BROKERS -> new BrokersView(new BrokersViewModel(context.catalog(), this::connection, context.tasks(),
                    messages, clock), messages);
            case LETTERS -> new LettersView(new LettersViewModel(this::connection, session.vault().settings(),
                    context.catalog(), context.tasks(), messages, clock), messages);
            case NETWORK -> new NetworkView(new NetworkViewModel(context.network(), messages, java.time.ZoneId.systemDefault()), messages);
            case SETTINGS -> {
                SettingsViewModel settings = new SettingsViewModel(context.preferences(), Theme::apply,
                        Appearance::use, this::switchLanguage);
                SettingsView view = new SettingsView(settings, messages, context.dataFolder().root().toString());
                WorkspaceSettingsRows.addTo(view, session.vault().settings(), messages,
                        mode -> showMain(Area.SETTINGS));
                view.getChildren().add(new VaultSettingsView(session, context, stage));
                view.getChildren().add(new CatalogUpdateView(new CatalogUpdateViewModel(context.preferences(),
                        this::catalogUpdate, context.catalog(), context.tasks(), messages), messages));
                yield view;
            }
        };
    }

    private CatalogUpdate catalogUpdate() {
        return new CatalogUpdate(context.network().network(), InstalledUpdate.in(context.dataFolder(), Clock.systemDefaultZone()));
    }

    /** The open vault's connection, for the screens' services (only asked for while unlocked). */
    private java.sql.Connection connection() {
        return session.vault().connection();
    }

    /** Opens the Opt-outs page at one person's case (or their whole plan when {@code brokerId} is null). */
    private void openCase(long profileId, String brokerId) {
        navigation.open(Area.PLAN);
        plan.open(profileId, brokerId);
    }

    private PlanViewModel planViewModel() {
        return new PlanViewModel(this::connection, session.vault().settings(), context.catalog(),
                context.tasks(), context.messages(), clock, context.network()::network);
    }

    /** Rebuilds every screen in the new language, keeping the person on the settings page. */
    private void switchLanguage(Language language) {
        context = context.withMessages(Messages.forLocale(language.locale()));
        stage.setTitle(context.messages().get("app.name"));
        showMain(Area.SETTINGS);
    }

    private void activity(Event event) {
        session.activity();
    }

    /** Locks when the person has been away longer than the auto-lock time. */
    public void checkIdle() {
        session.lockIfIdle();
    }

    /**
     * JavaFX cannot see the system going to sleep, but a timer tick that comes far later than it
     * should means the computer was asleep (or its clock jumped): lock then too.
     */
    public void checkSleep() {
        Instant now = clock.instant();
        boolean slept = Duration.between(lastTick, now).compareTo(IDLE_CHECK.plus(SLEEP_GAP)) > 0;
        lastTick = now;
        if (slept) {
            session.lock();
        }
    }

    /** Full-window screens scroll, so they stay usable with large text or a small window. */
    private void show(Parent screen) {
        if (screen instanceof MainView) {
            root.getChildren().setAll(screen);
        } else {
            ScrollPane scroll = new ScrollPane(screen);
            scroll.setFitToWidth(true);
            root.getChildren().setAll(scroll);
        }
    }
}
