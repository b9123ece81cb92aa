package org.unlisted.ui.dashboard;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.NextAction;
import org.unlisted.core.Messages;
import org.unlisted.ui.CaseWords;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.ui.Choices;
import org.unlisted.ui.Paragraphs;
import org.unlisted.ui.SideBySide;
import org.unlisted.ui.Styles;
import org.unlisted.ui.dashboard.DashboardViewModel.ClientRow;
import org.unlisted.ui.dashboard.DashboardViewModel.Line;
import org.unlisted.ui.dashboard.DashboardViewModel.MonthCount;
import org.unlisted.ui.dashboard.DashboardViewModel.StateCount;

/**
 * The home page: where things stand, the next few things to do, what is late, what to look at again
 * soon, removals over time and (clinic mode) every client. It reads everything again each time it is
 * shown, so it reflects the steps just taken on the other pages.
 */
public final class DashboardView extends VBox {
    /** Lines shown per list before "and N more": the page stays short, the Opt-outs page has them all. */
    private static final double CLIENT_ROW_HEIGHT = 40;
    private static final double CLIENT_HEADER_HEIGHT = 46;

    private final DashboardViewModel viewModel;
    private final Messages messages;
    private final DateTimeFormatter dates;

    public DashboardView(DashboardViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        getStyleClass().add(Styles.PAGE);
        setId("dashboard-page");
        boolean clinic = viewModel.mode() == WorkspaceMode.CLINIC;

        Label title = Paragraphs.pageTitle(messages.get(clinic ? "dashboard.clinic.title" : "nav.dashboard.title"));
        title.setWrapText(true);
        Label lead = Paragraphs.plain(messages.get(clinic ? "dashboard.clinic.lead" : "nav.dashboard.description"));
        lead.getStyleClass().add(Styles.TEXT_MUTED);

        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("dashboard-loading");
        loading.setAccessibleText(messages.get("dashboard.loading"));
        loading.setMaxSize(40, 40);
        loading.visibleProperty().bind(viewModel.busyProperty().and(viewModel.loadedProperty().not()));
        loading.managedProperty().bind(loading.visibleProperty());

        VBox cards = new VBox(16, standingCard(), nextCard(clinic), lateAndRechecks());
        if (clinic) {
            cards.getChildren().add(clientsCard());
        }
        cards.getChildren().add(chartCard());
        cards.setId("dashboard-cards");
        cards.visibleProperty().bind(viewModel.loadedProperty().and(viewModel.noPersonProperty().not()));
        cards.managedProperty().bind(cards.visibleProperty());

        getChildren().addAll(title, lead, problemRow(), loading, nobodyCard(clinic), cards);
        // Shown again after a visit to another page: read again, so the figures follow the steps just taken.
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.load();
            }
        });
    }

    private Node problemRow() {
        Label problem = Choices.problemLabel("dashboard-problem");
        problem.textProperty().bind(viewModel.problemProperty());
        Button retry = new Button(messages.get("dashboard.retry"), new FontIcon(Feather.REFRESH_CW));
        retry.setId("dashboard-retry");
        retry.setMinWidth(Region.USE_PREF_SIZE);
        retry.setOnAction(event -> viewModel.load());
        retry.disableProperty().bind(viewModel.busyProperty());
        HBox row = new HBox(12, problem, retry);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        row.managedProperty().bind(row.visibleProperty());
        return row;
    }

    /** Nobody to show yet: say so, and offer the page where a person is added. */
    private Node nobodyCard(boolean clinic) {
        Label text = Paragraphs.plain(messages.get(clinic ? "dashboard.noClients" : "dashboard.noSelf"));
        text.setGraphic(new FontIcon(Feather.USER_PLUS));
        Button go = new Button(messages.get("dashboard.goToPeople"), new FontIcon(Feather.ARROW_RIGHT));
        go.setId("dashboard-go-people");
        go.getStyleClass().add(Styles.ACCENT);
        go.setOnAction(event -> viewModel.openPeople());
        VBox card = card("dashboard-nobody", text, go);
        card.visibleProperty().bind(viewModel.loadedProperty().and(viewModel.noPersonProperty()));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private Node standingCard() {
        FlowPane tiles = new FlowPane(10, 10);
        tiles.setId("dashboard-state-tiles");
        Runnable showTiles = () -> tiles.getChildren().setAll(viewModel.counts().stream().map(this::tile).toList());
        viewModel.counts().addListener((ListChangeListener<StateCount>) change -> showTiles.run());
        showTiles.run();
        Label none = Paragraphs.muted(messages.get("dashboard.standing.none"));
        showWhenEmpty(none, viewModel.counts());

        Label progressText = Paragraphs.plain("");
        progressText.setId("dashboard-progress-text");
        progressText.textProperty().bind(viewModel.progressTextProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("dashboard-progress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.accessibleTextProperty().bind(viewModel.progressTextProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        progressText.setLabelFor(progress);

        Label nothingLate = new Label(messages.get("dashboard.overdue.none"), new FontIcon(Feather.CHECK_CIRCLE));
        nothingLate.setId("dashboard-nothing-late");
        nothingLate.getStyleClass().add(Styles.SUCCESS);
        showWhenEmpty(nothingLate, viewModel.overdue());
        return card("dashboard-counts", heading("dashboard.standing.title", Feather.BAR_CHART_2), tiles, none,
                progressText, progress, nothingLate);
    }

    /** One state: its icon, the count and the state in words, so it never rests on colour alone. */
    private Node tile(StateCount count) {
        Label figure = new Label(number(count.count()), new FontIcon(CaseWords.icon(count.state())));
        figure.getStyleClass().add(DashboardStyles.FIGURE);
        Label name = Paragraphs.plain(count.label());
        if (count.state() == CaseState.OVERDUE || count.state() == CaseState.RELISTED) {
            figure.getStyleClass().add(Styles.DANGER);
        } else if (count.state().isDone()) {
            figure.getStyleClass().add(Styles.SUCCESS);
        }
        VBox tile = new VBox(2, figure, name);
        tile.getStyleClass().add(DashboardStyles.TILE);
        tile.setId("dashboard-state-" + CaseWords.stateKey(count.state()).substring("case.state.".length()));
        String spoken = messages.get("dashboard.standing.count", count.label(), count.count());
        tile.setAccessibleText(spoken);
        figure.setAccessibleText(spoken);
        return tile;
    }

    private Node nextCard(boolean clinic) {
        VBox lines = lineList("dashboard-next-lines", viewModel.next(), null);
        Label none = Paragraphs.muted(messages.get("dashboard.next.none"));
        showWhenEmpty(none, viewModel.next());
        VBox card = card("dashboard-next", heading("dashboard.next.title", Feather.LIST), lines, none);
        if (!clinic) {
            Button all = new Button(messages.get("dashboard.next.all"), new FontIcon(Feather.ARROW_RIGHT));
            all.setId("dashboard-next-all");
            all.setOnAction(event -> viewModel.openPlan());
            card.getChildren().add(all);
        }
        return card;
    }

    /** Late cases and re-checks side by side; when nothing is late, the re-checks take the whole width. */
    private Node lateAndRechecks() {
        Label help = Paragraphs.plain(messages.get("dashboard.overdue.help"));
        VBox late = card("dashboard-overdue", heading("dashboard.overdue.title", Feather.ALERT_TRIANGLE), help,
                lineList("dashboard-overdue-lines", viewModel.overdue(), Feather.ALERT_TRIANGLE),
                moreLabel(viewModel.overdueMoreProperty()));
        late.getChildren().get(0).getStyleClass().add(Styles.DANGER);
        late.visibleProperty().bind(Bindings.isNotEmpty(viewModel.overdue()));
        late.managedProperty().bind(late.visibleProperty());

        Label none = Paragraphs.muted(messages.get("dashboard.recheck.none"));
        showWhenEmpty(none, viewModel.rechecks());
        VBox rechecks = card("dashboard-rechecks", heading("dashboard.recheck.title", Feather.REFRESH_CW),
                Paragraphs.plain(messages.get("dashboard.recheck.help")),
                lineList("dashboard-recheck-lines", viewModel.rechecks(), Feather.REFRESH_CW), none,
                moreLabel(viewModel.rechecksMoreProperty()));
        // Side by side while each has room for its words; one under the other with large text.
        SideBySide row = new SideBySide(22, 16, late, rechecks);
        return row;
    }

    private Label moreLabel(javafx.beans.value.ObservableStringValue text) {
        Label more = Paragraphs.muted("");
        more.textProperty().bind(text);
        more.visibleProperty().bind(more.textProperty().isNotEmpty());
        more.managedProperty().bind(more.visibleProperty());
        return more;
    }

    /** Lines that each open a case; {@code fixedIcon} or, when null, the icon of the line's next step. */
    private VBox lineList(String id, ObservableList<Line> lines, Ikon fixedIcon) {
        VBox box = new VBox();
        box.setId(id);
        Runnable fill = () -> box.getChildren().setAll(lines.stream().limit(DashboardViewModel.LINES_SHOWN)
                .map(line -> lineRow(line, fixedIcon != null ? fixedIcon : icon(line.next()))).toList());
        lines.addListener((ListChangeListener<Line>) change -> fill.run());
        fill.run();
        return box;
    }

    private Node lineRow(Line line, Ikon icon) {
        Label broker = new Label(line.broker(), new FontIcon(icon));
        broker.getStyleClass().add("broker-name");
        broker.setWrapText(true);
        Label detail = Paragraphs.muted(line.detail());
        VBox words = new VBox(2, broker, detail);
        if (!line.client().isEmpty()) {
            Label client = new Label(line.client(), new FontIcon(Feather.USER));
            client.setWrapText(true);
            words.getChildren().add(1, client);
        }
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMinWidth(0);
        words.setMaxWidth(Double.MAX_VALUE);
        Button open = new Button(messages.get("dashboard.open"), new FontIcon(Feather.ARROW_RIGHT));
        open.setAccessibleText(line.openText());
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(event -> viewModel.open(line));
        HBox row = new HBox(10, words, open);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(DashboardStyles.LINE);
        row.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                viewModel.open(line);
            }
        });
        return row;
    }

    private Node clientsCard() {
        TableView<ClientRow> table = new TableView<>();
        table.setId("dashboard-clients-table");
        table.setAccessibleText(messages.get("dashboard.clients.title"));
        table.setAccessibleHelp(messages.get("dashboard.clients.help"));
        SortedList<ClientRow> sorted = new SortedList<>(viewModel.clients());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ClientRow, String> name = new TableColumn<>(messages.get("dashboard.clients.name"));
        name.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().name()));
        name.setComparator(String.CASE_INSENSITIVE_ORDER);
        name.setPrefWidth(240);
        TableColumn<ClientRow, java.time.LocalDate> due = new TableColumn<>(messages.get("dashboard.clients.nextDue"));
        due.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().nextDue()));
        due.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        due.setCellFactory(column -> textCell(date -> date == null ? "" : dates.format(date)));
        due.setPrefWidth(130);
        TableColumn<ClientRow, ClientRow> open = new TableColumn<>(messages.get("dashboard.open"));
        open.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        open.setSortable(false);
        open.setPrefWidth(110);
        open.setCellFactory(column -> new TableCell<>() {
            private final Button button = new Button(messages.get("dashboard.open"), new FontIcon(Feather.ARROW_RIGHT));

            @Override
            protected void updateItem(ClientRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                } else {
                    button.setAccessibleText(row.openText());
                    button.setOnAction(event -> viewModel.open(row));
                    setGraphic(button);
                }
            }
        });
        table.getColumns().setAll(List.of(name, number("dashboard.clients.done", ClientRow::done),
                number("dashboard.clients.waiting", ClientRow::waiting),
                number("dashboard.clients.overdue", ClientRow::overdue),
                number("dashboard.clients.toDecide", ClientRow::toDecide), due, open));
        table.setRowFactory(view -> {
            TableRow<ClientRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            ClientRow chosen = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && chosen != null) {
                viewModel.open(chosen);
                event.consume();
            }
        });
        table.setPlaceholder(Paragraphs.plain(messages.get("dashboard.noClients")));
        // As tall as its rows, up to about ten; the table scrolls inside for more, the page as a whole around it.
        table.setFixedCellSize(CLIENT_ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(() -> CLIENT_HEADER_HEIGHT
                + CLIENT_ROW_HEIGHT * Math.max(3, Math.min(10, viewModel.clients().size())), viewModel.clients()));
        table.minHeightProperty().bind(table.prefHeightProperty());
        return card("dashboard-clients", heading("dashboard.clients.title", Feather.USERS),
                Paragraphs.muted(messages.get("dashboard.clients.help")), table);
    }

    private TableColumn<ClientRow, Integer> number(String key, Function<ClientRow, Integer> value) {
        TableColumn<ClientRow, Integer> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        column.setCellFactory(c -> {
            TableCell<ClientRow, Integer> cell = textCell(n -> n == null ? "" : number(n));
            cell.setAlignment(Pos.CENTER_RIGHT);
            return cell;
        });
        column.setPrefWidth(95);
        return column;
    }

    private static <T> TableCell<ClientRow, T> textCell(Function<T, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : text.apply(value));
            }
        };
    }

    private Node chartCard() {
        CategoryAxis months = new CategoryAxis();
        months.setLabel(messages.get("dashboard.chart.month"));
        months.setAnimated(false);
        NumberAxis removed = new NumberAxis();
        removed.setLabel(messages.get("dashboard.chart.removed"));
        removed.setAutoRanging(false);
        removed.setLowerBound(0);
        removed.setMinorTickVisible(false);
        removed.setAnimated(false);
        removed.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return number(value.intValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("the axis is only shown");
            }
        });
        BarChart<String, Number> chart = new BarChart<>(months, removed);
        chart.setId("dashboard-chart-bars");
        chart.getStyleClass().add(DashboardStyles.CHART);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(260);
        chart.setMinHeight(220);
        chart.setCategoryGap(14);
        Runnable draw = () -> {
            List<MonthCount> counts = viewModel.removals();
            int most = counts.stream().mapToInt(MonthCount::count).max().orElse(0);
            int step = Math.max(1, (int) Math.ceil(most / 5.0));
            removed.setTickUnit(step);
            removed.setUpperBound(Math.max(step * 4, (int) Math.ceil(most / (double) step) * step));
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            counts.forEach(m -> series.getData().add(new XYChart.Data<>(m.label(), m.count())));
            months.getCategories().setAll(counts.stream().map(MonthCount::label).toList());
            chart.getData().setAll(List.of(series));
            // A chart says nothing to a screen reader: give it the figures in words.
            chart.setAccessibleText(messages.get("dashboard.chart.accessible", counts.stream()
                    .map(m -> messages.get("dashboard.standing.count", m.label(), m.count()))
                    .collect(Collectors.joining(", "))));
        };
        viewModel.removals().addListener((ListChangeListener<MonthCount>) change -> draw.run());
        draw.run();
        Label summary = Paragraphs.plain("");
        summary.setId("dashboard-chart-summary");
        summary.textProperty().bind(viewModel.removalsTextProperty());
        return card("dashboard-chart", heading("dashboard.chart.title", Feather.TRENDING_UP), summary, chart);
    }

    private VBox card(String id, Node... content) {
        VBox card = new VBox(8, content);
        card.setId(id);
        card.getStyleClass().add(Styles.CARD);
        return card;
    }

    private Label heading(String key, Ikon icon) {
        Label heading = new Label(messages.get(key), new FontIcon(icon));
        heading.getStyleClass().add("section-heading");
        heading.setWrapText(true);
        return heading;
    }

    private static void showWhenEmpty(Node node, ObservableList<?> list) {
        node.visibleProperty().bind(Bindings.isEmpty(list));
        node.managedProperty().bind(node.visibleProperty());
    }

    static Ikon icon(NextAction action) {
        return switch (action) {
            case SEARCH -> Feather.SEARCH;
            case REQUEST -> Feather.SEND;
            case CONFIRM_EMAIL -> Feather.MAIL;
            case WAIT -> Feather.CLOCK;
            case CHECK_GONE -> Feather.EYE;
            case FOLLOW_UP -> Feather.ALERT_TRIANGLE;
            case RECHECK -> Feather.REFRESH_CW;
            case DECIDE -> Feather.HELP_CIRCLE;
            case AWAIT_REGULATOR -> Feather.FLAG;
            case COVERED -> Feather.LINK;
            case DROP -> Feather.INBOX;
            case NO_ROUTE -> Feather.SLASH;
            case NONE -> Feather.CHECK;
        };
    }

    /** A count as people read it here: 692,069 in English, 692.069 in Spanish. */
    private String number(int value) {
        return java.text.NumberFormat.getIntegerInstance(messages.locale()).format(value);
    }
}
