package org.unlisted.ui.plan;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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
import org.unlisted.ui.ClipboardGuard;
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

    public PlanView(PlanViewModel viewModel, Messages messages, ClipboardGuard clipboard, Consumer<String> browser) {
        super();
        this.viewModel = viewModel;
        this.messages = messages;
        this.clipboard = clipboard;
        this.browser = browser;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        getStyleClass().addAll(Styles.PAGE, Styles.FILLS_PAGE);
        setId("plan-page");

        Label title = new Label(messages.get("nav.plan.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
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

        HBox body = new HBox(20, listPane(), detailPane());
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(title, lead, problem, saved, body);
        viewModel.selectedProperty().addListener((obs, old, now) -> showDetail(now));
        viewModel.history().addListener((javafx.collections.ListChangeListener<Object>) change ->
                showDetail(viewModel.selectedProperty().get()));
        viewModel.load();
    }

    private VBox listPane() {
        VBox pane = new VBox(10);
        pane.setPrefWidth(470);
        pane.setMinWidth(380);
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
        sites.setConverter(Choices.shownAs(s -> messages.get("plan.sites." + CaseView.code(s))));
        sites.valueProperty().bindBidirectional(viewModel.sitesProperty());
        sites.setAccessibleText(messages.get("plan.sites"));
        ComboBox<PlanViewModel.Show> show = new ComboBox<>();
        show.setId("plan-show");
        show.getItems().setAll(Arrays.asList(PlanViewModel.Show.values()));
        show.setConverter(Choices.shownAs(s -> messages.get("plan.show." + CaseView.code(s))));
        show.valueProperty().bindBidirectional(viewModel.showProperty());
        show.setAccessibleText(messages.get("plan.show"));
        HBox filters = new HBox(8, sites, show);
        sites.setMaxWidth(Double.MAX_VALUE);
        show.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(sites, Priority.ALWAYS);
        HBox.setHgrow(show, Priority.ALWAYS);

        TableView<Plan.Item> table = new TableView<>(viewModel.items());
        table.setId("plan-table");
        table.setAccessibleText(messages.get("nav.plan"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Plan.Item, Plan.Item> site = column("plan.column.site", 150);
        site.setCellFactory(c -> cell(item -> item.broker().name(), null));
        TableColumn<Plan.Item, Plan.Item> state = column("plan.column.state", 120);
        state.setCellFactory(c -> cell(item -> messages.get("case.state." + CaseView.code(item.state())),
                item -> new FontIcon(CaseView.icon(item.state()))));
        TableColumn<Plan.Item, Plan.Item> next = column("plan.column.next", 130);
        next.setCellFactory(c -> cell(item -> item.next() == NextAction.COVERED
                ? messages.get("plan.coveredBy", item.coveredBy().name())
                : messages.get("case.next." + CaseView.code(item.next())), null));
        TableColumn<Plan.Item, Plan.Item> due = column("plan.column.date", 90);
        due.setCellFactory(c -> cell(item -> item.due() == null ? "" : dates.format(item.due()), null));
        table.getColumns().setAll(java.util.List.of(site, state, next, due));
        Label empty = new Label(messages.get("plan.none"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        ProgressIndicator loading = new ProgressIndicator();
        loading.visibleProperty().bind(viewModel.busyProperty());
        loading.setMaxSize(48, 48);
        StackPane tableArea = new StackPane(table, loading);
        VBox.setVgrow(tableArea, Priority.ALWAYS);
        pane.getChildren().addAll(none, new VBox(4, progressText, progress), search, filters, tableArea);
        return pane;
    }

    private TableColumn<Plan.Item, Plan.Item> column(String key, double width) {
        TableColumn<Plan.Item, Plan.Item> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setPrefWidth(width);
        column.setSortable(false); // the plan's order is the point: most important first
        return column;
    }

    private TableCell<Plan.Item, Plan.Item> cell(java.util.function.Function<Plan.Item, String> text,
                                                 java.util.function.Function<Plan.Item, javafx.scene.Node> graphic) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Plan.Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                setGraphic(empty || item == null || graphic == null ? null : graphic.apply(item));
                if (!empty && item != null && item.state() == CaseState.OVERDUE) {
                    getStyleClass().add(Styles.DANGER);
                } else {
                    getStyleClass().remove(Styles.DANGER);
                }
            }
        };
    }

    private ScrollPane detailPane() {
        detail.setFitToWidth(true);
        detail.setId("plan-detail-scroll");
        HBox.setHgrow(detail, Priority.ALWAYS);
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
