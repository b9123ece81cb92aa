package org.unlisted.ui.plan;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import org.unlisted.cases.Drop;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.NextAction;
import org.unlisted.cases.Plan;
import org.unlisted.core.Messages;
import org.unlisted.people.Profile;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.ui.Choices;
import org.unlisted.ui.CaseWords;
import org.unlisted.ui.ClipboardGuard;
import org.unlisted.ui.ListAndDetail;
import org.unlisted.ui.Paragraphs;
import org.unlisted.ui.Styles;

/** The opt-out plan: every site in order, where each stands and what to do next; the chosen one's steps on the right. */
public final class PlanView extends VBox {
    /** Held strongly: bidirectional bindings keep only weak references to the view-model. */
    private final PlanViewModel viewModel;
    private final Messages messages;
    private final ClipboardGuard clipboard;
    private final Consumer<String> browser;
    private final ScrollPane detail = new ScrollPane();
    private final DateTimeFormatter dates;
    private final ListView<Plan.Item> list;

    public PlanView(PlanViewModel viewModel, Messages messages, ClipboardGuard clipboard, Consumer<String> browser) {
        super();
        this.viewModel = viewModel;
        this.messages = messages;
        this.clipboard = clipboard;
        this.browser = browser;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        this.list = new ListView<>(viewModel.items());
        getStyleClass().addAll(Styles.PAGE, Styles.FILLS_PAGE);
        setId("plan-page");

        Label title = Paragraphs.pageTitle(messages.get("nav.plan.title"));
        Label lead = new Label(messages.get("nav.plan.description"));
        lead.setWrapText(true);
        lead.getStyleClass().add(Styles.TEXT_MUTED);
        lead.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        Label problem = Choices.problemLabel("plan-problem");
        problem.textProperty().bind(viewModel.problemProperty());
        Label saved = new Label();
        saved.setId("plan-saved");
        saved.getStyleClass().add(Styles.SUCCESS);
        saved.textProperty().bind(viewModel.savedProperty());
        saved.visibleProperty().bind(saved.textProperty().isNotEmpty().and(problem.textProperty().isEmpty()));
        saved.managedProperty().bind(saved.visibleProperty());

        ListAndDetail body = new ListAndDetail(listPane(), list, detailPane(), messages.get("app.backToList"), true);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(title, lead, problem, saved, body);
        viewModel.selectedProperty().addListener((obs, old, now) -> showDetail(now));
        viewModel.history().addListener((javafx.collections.ListChangeListener<Object>) change ->
                showDetail(viewModel.selectedProperty().get()));
        viewModel.lawChoiceProperty().addListener((obs, old, now) -> showDetail(viewModel.selectedProperty().get()));
        viewModel.load();
    }

    private VBox listPane() {
        VBox pane = new VBox(10);
        pane.setPrefWidth(400);
        pane.setMinWidth(400); // the filters stay readable when a site's steps open beside it
        if (viewModel.mode() == WorkspaceMode.CLINIC) {
            ComboBox<Profile> person = new ComboBox<>(viewModel.persons());
            person.setId("plan-person");
            person.setConverter(Choices.shownAs(Profile::legalName));
            person.valueProperty().bindBidirectional(viewModel.personProperty());
            person.setMaxWidth(Double.MAX_VALUE);
            pane.getChildren().add(Choices.labelled(messages.get("plan.person"), person));
        }
        Label none = new Label(messages.get(viewModel.mode() == WorkspaceMode.CLINIC ? "plan.noClients" : "plan.noSelf"));
        none.setId("plan-no-person");
        none.setWrapText(true);
        none.visibleProperty().bind(Bindings.isEmpty(viewModel.persons()).and(viewModel.busyProperty().not()));
        none.managedProperty().bind(none.visibleProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("plan-progress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.accessibleTextProperty().bind(viewModel.progressTextProperty());
        Label progressText = new Label();
        progressText.setId("plan-progress-text");
        progressText.textProperty().bind(viewModel.progressTextProperty());

        TextField search = new TextField();
        search.setId("plan-search");
        search.setPromptText(messages.get("plan.search.prompt"));
        search.setAccessibleText(messages.get("plan.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        ComboBox<PlanViewModel.Sites> sites = new ComboBox<>();
        sites.setId("plan-sites");
        sites.getItems().setAll(Arrays.asList(PlanViewModel.Sites.values()));
        sites.setConverter(Choices.shownAs(s -> messages.get("plan.sites." + CaseWords.code(s))));
        sites.valueProperty().bindBidirectional(viewModel.sitesProperty());
        sites.setAccessibleText(messages.get("plan.sites"));
        ComboBox<PlanViewModel.Show> show = new ComboBox<>();
        show.setId("plan-show");
        show.getItems().setAll(Arrays.asList(PlanViewModel.Show.values()));
        show.setConverter(Choices.shownAs(s -> messages.get("plan.show." + CaseWords.code(s))));
        show.valueProperty().bindBidirectional(viewModel.showProperty());
        show.setAccessibleText(messages.get("plan.show"));
        HBox filters = new HBox(8, sites, show);
        sites.setMaxWidth(Double.MAX_VALUE);
        show.setMaxWidth(Double.MAX_VALUE);
        // The kind of site is the longer choice ("Buscadores de personas"): it keeps its full width.
        sites.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(sites, Priority.ALWAYS);
        HBox.setHgrow(show, Priority.ALWAYS);

        list.setId("plan-list");
        list.setAccessibleText(messages.get("nav.plan"));
        list.setCellFactory(view -> {
            ItemCell cell = new ItemCell();
            cell.setPrefWidth(0); // follow the list's width: no sideways scrolling
            return cell;
        });
        Label empty = new Label(messages.get("plan.none"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
        ProgressIndicator loading = new ProgressIndicator();
        loading.visibleProperty().bind(viewModel.busyProperty());
        loading.setMaxSize(48, 48);
        StackPane tableArea = new StackPane(list, loading);
        VBox.setVgrow(tableArea, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox progressLine = new HBox(8, progressText, gap, reportButtons());
        progressLine.setAlignment(Pos.CENTER_LEFT);
        pane.getChildren().addAll(none, new VBox(4, progressLine, progress), scanPane(), dropPane(), search, filters,
                tableArea);
        return pane;
    }

    /** "Look for my listings": the button, and while it runs a progress bar and Cancel. */
    private VBox scanPane() {
        ScanViewModel scan = viewModel.scan();
        Button start = new Button(messages.get("scan.start"), new FontIcon(org.kordamp.ikonli.feather.Feather.SEARCH));
        start.setId("plan-scan");
        start.disableProperty().bind(viewModel.personProperty().isNull().or(scan.runningProperty()));
        start.setOnAction(e -> scan.start());
        start.setMinWidth(Region.USE_PREF_SIZE);
        Button show = new Button(messages.get("scan.show"));
        show.setId("plan-scan-show");
        show.getStyleClass().add(Styles.FLAT);
        show.setOnAction(e -> showScan());
        show.setMinWidth(0);
        show.visibleProperty().bind(Bindings.isNotEmpty(scan.results()).and(scan.runningProperty().not()));
        show.managedProperty().bind(show.visibleProperty());
        HBox buttons = new HBox(8, start, show);
        buttons.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("plan-scan-progress");
        bar.progressProperty().bind(scan.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.accessibleTextProperty().bind(scan.progressTextProperty());
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(messages.get("scan.cancel"));
        cancel.setId("plan-scan-cancel");
        cancel.setOnAction(e -> scan.cancel());
        Label counted = new Label();
        counted.setId("plan-scan-progress-text");
        counted.textProperty().bind(scan.progressTextProperty());
        HBox runningLine = new HBox(8, bar, cancel);
        runningLine.setAlignment(Pos.CENTER_LEFT);
        VBox running = new VBox(4, counted, runningLine);
        running.visibleProperty().bind(scan.runningProperty());
        running.managedProperty().bind(running.visibleProperty());

        scan.messageProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                showScan();
            }
        });
        return new VBox(6, buttons, running);
    }

    private void showScan() {
        ScanResultsView view = new ScanResultsView(viewModel.scan(), messages, browser);
        view.setPadding(new Insets(4, 16, 16, 4));
        detail.setContent(view);
        detail.setVvalue(0);
    }

    /** The person's dated record as a report (PDF to print or hand over, CSV for a spreadsheet); a clinic's caseload. */
    private MenuButton reportButtons() {
        MenuButton reports = new MenuButton(messages.get("plan.report"), new FontIcon(
                org.kordamp.ikonli.feather.Feather.FILE_TEXT));
        reports.setId("plan-reports");
        reports.getItems().addAll(reportItem("plan.report.pdf", PlanViewModel.Report.PERSON_PDF, "report.pdf"),
                reportItem("plan.report.csv", PlanViewModel.Report.PERSON_CSV, "opt-outs.csv"));
        if (viewModel.mode() == WorkspaceMode.CLINIC) {
            reports.getItems().add(reportItem("plan.report.caseload", PlanViewModel.Report.CASELOAD_PDF,
                    "caseload.pdf"));
        }
        reports.disableProperty().bind(viewModel.personProperty().isNull());
        return reports;
    }

    private MenuItem reportItem(String key, PlanViewModel.Report kind, String fileName) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(messages.get(key));
            chooser.setInitialFileName(fileName);
            java.io.File target = chooser.showSaveDialog(getScene().getWindow());
            if (target != null) {
                viewModel.saveReport(kind, target.toPath());
            }
        });
        return item;
    }

    /**
     * California's DROP, for California residents: what it does and does not reach, and a place to
     * record the request so registered brokers show as covered.
     */
    private TitledPane dropPane() {
        DatePicker date = new DatePicker();
        date.setId("plan-drop-date");
        TextField confirmation = new TextField();
        confirmation.setId("plan-drop-confirmation");
        Label status = new Label();
        status.setId("plan-drop-status");
        status.setWrapText(true);
        Button save = new Button(messages.get("plan.drop.save"));
        save.setId("plan-drop-save");
        save.setOnAction(e -> viewModel.recordDrop(date.getValue(), confirmation.getText()));
        Label help = new Label(messages.get("plan.drop.explain"));
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        VBox inside = new VBox(8, help, Choices.labelled(messages.get("plan.drop.date"), date),
                Choices.labelled(messages.get("plan.drop.confirmation"), confirmation), save, status);
        TitledPane pane = new TitledPane(messages.get("plan.drop.title"), inside);
        pane.setId("plan-drop");
        pane.setExpanded(false);
        pane.setMinWidth(0); // a long title is cut with "...", never pushed over the steps beside it
        Runnable show = () -> {
            Profile who = viewModel.person();
            boolean california = who != null && "CA".equals(who.state());
            pane.setVisible(california);
            pane.setManaged(california);
            var request = viewModel.dropRequest();
            date.setValue(request.map(Drop.Request::submitted).orElse(null));
            confirmation.setText(request.map(Drop.Request::confirmation).orElse(""));
            status.setText(request.map(r -> messages.get("plan.drop.recorded", dates.format(r.submitted()),
                    dates.format(r.expectedBy()))).orElse(""));
        };
        viewModel.personProperty().addListener((obs, old, now) -> show.run());
        viewModel.items().addListener((javafx.collections.ListChangeListener<Plan.Item>) change -> show.run());
        show.run();
        return pane;
    }

    /** What a person scans for: the site, where it stands (icon and words), the next step, and its date. */
    private final class ItemCell extends ListCell<Plan.Item> {
        @Override
        protected void updateItem(Plan.Item item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            Label name = new Label(item.broker().name());
            name.getStyleClass().add("broker-name");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label date = new Label(item.due() == null ? "" : dates.format(item.due()));
            date.getStyleClass().add(Styles.TEXT_MUTED);
            date.setMinWidth(Region.USE_PREF_SIZE);
            String state = messages.get(CaseWords.stateKey(item.state()));
            String next = item.next() == NextAction.COVERED ? messages.get("plan.coveredBy", item.coveredBy().name())
                    : messages.get(CaseWords.nextKey(item.next()));
            Label where = new Label(state + "  ·  " + next, new FontIcon(CaseWords.icon(item.state())));
            where.getStyleClass().add(item.state() == CaseState.OVERDUE ? Styles.DANGER : Styles.TEXT_MUTED);
            where.setWrapText(true);
            name.setMinWidth(0);
            VBox box = new VBox(2, new HBox(8, name, spacer, date), where);
            setGraphic(box);
            setText(null);
            setAccessibleText(item.broker().name() + ", " + state + ", " + next
                    + (item.due() == null ? "" : ", " + dates.format(item.due())));
        }
    }

    private ScrollPane detailPane() {
        detail.setFitToWidth(true);
        detail.setId("plan-detail-scroll");
        Label hint = new Label(messages.get("plan.pick"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        detail.setContent(hint);
        return detail;
    }

    private void showDetail(Plan.Item item) {
        if (item == null || viewModel.person() == null) {
            return;
        }
        CaseView view = new CaseView(viewModel, messages, clipboard, browser, item);
        view.setPadding(new Insets(4, 16, 16, 4));
        detail.setContent(view);
        detail.setVvalue(0);
    }
}
