package org.unlisted.ui.shell;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.unlisted.core.Messages;
import org.unlisted.ui.AppContext;
import org.unlisted.ui.firstrun.FirstRunView;
import org.unlisted.ui.placeholder.ComingSoonView;
import org.unlisted.ui.settings.Language;
import org.unlisted.ui.settings.SettingsView;
import org.unlisted.ui.settings.SettingsViewModel;
import org.unlisted.ui.theme.Theme;

/** The one window, and which screen it shows: welcome, or the main workspace. */
public final class AppWindow {
    public static final String FIRST_RUN_DONE = "firstRun.done";

    private final Stage stage;
    private final StackPane root = new StackPane();
    private AppContext context;

    public AppWindow(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
        Scene scene = new Scene(root, WindowPlacement.DEFAULT_WIDTH, WindowPlacement.DEFAULT_HEIGHT);
        scene.getStylesheets().add(Theme.APP_STYLESHEET);
        stage.setScene(scene);
        stage.setTitle(context.messages().get("app.name"));
    }

    public Stage stage() {
        return stage;
    }

    public AppContext context() {
        return context;
    }

    /** Shows the first screen a person should see now. */
    public void showStart() {
        if (!context.preferences().getBoolean(FIRST_RUN_DONE)) {
            show(new FirstRunView(context.messages(), () -> {
                context.preferences().put(FIRST_RUN_DONE, "true");
                context.preferences().save();
                showMain(Area.DASHBOARD);
            }));
        } else {
            showMain(Area.DASHBOARD);
        }
    }

    public void showMain(Area area) {
        Messages messages = context.messages();
        MainViewModel viewModel = new MainViewModel(messages);
        viewModel.open(area);
        show(new MainView(viewModel, messages, this::page));
    }

    private Node page(Area area) {
        if (area == Area.SETTINGS) {
            SettingsViewModel settings = new SettingsViewModel(context.preferences(), Theme::apply, this::switchLanguage);
            return new SettingsView(settings, context.messages(), context.dataFolder().root().toString());
        }
        return new ComingSoonView(area, context.messages());
    }

    /** Rebuilds every screen in the new language, keeping the person on the settings page. */
    private void switchLanguage(Language language) {
        context = new AppContext(Messages.forLocale(language.locale()), context.preferences(), context.tasks(),
                context.dataFolder(), context.vaultFile());
        stage.setTitle(context.messages().get("app.name"));
        showMain(Area.SETTINGS);
    }

    private void show(Parent screen) {
        root.getChildren().setAll(screen);
    }
}
