package org.unlisted.ui.letters;

import java.util.Arrays;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.unlisted.core.Messages;
import org.unlisted.letters.Letter;
import org.unlisted.mail.MailAccount;
import org.unlisted.people.Profile;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.ui.Choices;
import org.unlisted.ui.Paragraphs;
import org.unlisted.ui.SideBySide;
import org.unlisted.ui.Styles;
import org.unlisted.ui.vault.PassphraseField;

/** Letters: the person's own email account, and every email request sent at once, with a result for each. */
public final class LettersView extends VBox {
    /** The least width of one account field, in em, before the fields go one under the other. */
    private static final double FIELD_EM = 14;
    /** Held strongly: bidirectional bindings keep only weak references to the view-model. */
    private final LettersViewModel viewModel;
    private final Messages messages;

    public LettersView(LettersViewModel viewModel, Messages messages) {
        super();
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add(Styles.PAGE);
        setId("letters-page");
        Label title = Paragraphs.pageTitle(messages.get("nav.letters.title"));
        getChildren().addAll(title, Paragraphs.plain(messages.get("nav.letters.description")), accountCard(),
                bulkCard());
    }

    private VBox accountCard() {
        TextField host = field("letters-host", viewModel.hostProperty());
        TextField port = field("letters-port", viewModel.portProperty());
        port.setPrefColumnCount(6);
        ComboBox<MailAccount.Security> security = new ComboBox<>();
        security.setId("letters-security");
        security.getItems().setAll(MailAccount.Security.values());
        security.setConverter(Choices.shownAs(s -> messages.get("letters.account.security." + s.name()
                .toLowerCase(java.util.Locale.ROOT).replace('_', '-'))));
        security.valueProperty().bindBidirectional(viewModel.securityProperty());
        TextField username = field("letters-username", viewModel.usernameProperty());
        TextField from = field("letters-from", viewModel.fromProperty());
        TextField name = field("letters-name", viewModel.displayNameProperty());
        PassphraseField password = new PassphraseField();
        password.setId("letters-password");
        password.setAccessibleText(messages.get("letters.account.password"));

        // Three to a row while they fit; one under the other with large text, so no choice is cut short.
        security.setMaxWidth(Double.MAX_VALUE);
        VBox passwordBox = new VBox(3, labelFor(messages.get("letters.account.password"), password), password);
        VBox fields = new VBox(8,
                new SideBySide(FIELD_EM, 12, Choices.labelled(messages.get("letters.account.host"), host),
                        Choices.labelled(messages.get("letters.account.port"), port),
                        Choices.labelled(messages.get("letters.account.security"), security)),
                new SideBySide(FIELD_EM, 12, Choices.labelled(messages.get("letters.account.username"), username),
                        passwordBox),
                new SideBySide(FIELD_EM, 12, Choices.labelled(messages.get("letters.account.from"), from),
                        Choices.labelled(messages.get("letters.account.name"), name)));

        Button test = new Button(messages.get("letters.account.test"), new FontIcon(Feather.ACTIVITY));
        test.setId("letters-test");
        test.disableProperty().bind(viewModel.busyProperty());
        test.setOnAction(e -> viewModel.testConnection(password.copyChars()));
        Button save = new Button(messages.get("letters.account.save"), new FontIcon(Feather.SAVE));
        save.setId("letters-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> {
            if (viewModel.saveAccount(password.copyChars())) {
                password.clear();
            }
        });
        Label status = new Label();
        status.setId("letters-account-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.accountStatusProperty());
        Label problem = Choices.problemLabel("letters-account-problem");
        problem.textProperty().bind(viewModel.accountProblemProperty());
        return card("letters-account", "letters.account.title",
                Paragraphs.plain(messages.get("letters.account.help")), fields, row(test, save), status, problem);
    }

    private VBox bulkCard() {
        VBox card = card("letters-bulk", "letters.bulk.title", Paragraphs.plain(messages.get("letters.bulk.help")));
        if (viewModel.mode() == WorkspaceMode.CLINIC) {
            ComboBox<Profile> who = new ComboBox<>();
            who.setId("letters-person");
            who.getItems().add(null);
            who.getItems().addAll(viewModel.persons());
            who.setConverter(Choices.shownAs(p -> p.legalName()));
            who.setButtonCell(new ListCell<>() {
                @Override
                protected void updateItem(Profile item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(item == null ? messages.get("letters.bulk.everyone") : item.legalName());
                }
            });
            who.setCellFactory(list -> new ListCell<>() {
                @Override
                protected void updateItem(Profile item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item == null ? messages.get("letters.bulk.everyone") : item.legalName());
                }
            });
            who.valueProperty().bindBidirectional(viewModel.personProperty());
            card.getChildren().add(Choices.labelled(messages.get("letters.bulk.who"), who));
        }
        Button prepare = new Button(messages.get("letters.bulk.prepare"), new FontIcon(Feather.FILE_TEXT));
        prepare.setId("letters-prepare");
        prepare.disableProperty().bind(viewModel.busyProperty());
        prepare.setOnAction(e -> viewModel.prepare());
        Button send = new Button(messages.get("letters.bulk.send"), new FontIcon(Feather.SEND));
        send.setId("letters-send");
        send.getStyleClass().add(Styles.ACCENT);
        send.disableProperty().bind(viewModel.busyProperty().or(Bindings.isEmpty(viewModel.lines()))
                .or(viewModel.accountSavedProperty().not()));
        send.setOnAction(e -> viewModel.sendAll());
        Button stop = new Button(messages.get("letters.bulk.cancel"), new FontIcon(Feather.X));
        stop.setId("letters-cancel");
        stop.visibleProperty().bind(viewModel.sendingProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(e -> viewModel.cancel());

        ListView<LettersViewModel.Line> list = new ListView<>(viewModel.lines());
        list.setId("letters-list");
        list.setAccessibleText(messages.get("letters.bulk.title"));
        list.setPrefHeight(260);
        list.setCellFactory(view -> new LineCell());
        Label empty = new Label(messages.get("letters.bulk.none"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        ProgressBar progress = new ProgressBar();
        progress.setId("letters-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.sendingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label summary = new Label();
        summary.setId("letters-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        progress.accessibleTextProperty().bind(viewModel.summaryProperty());
        Label problem = Choices.problemLabel("letters-problem");
        problem.textProperty().bind(viewModel.problemProperty());
        card.getChildren().addAll(row(prepare, send, stop), summary, progress, problem, list);
        return card;
    }

    /** Site, recipient and result on one line; "Read" opens the exact letter. */
    private final class LineCell extends ListCell<LettersViewModel.Line> {
        @Override
        protected void updateItem(LettersViewModel.Line line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Letter letter = line.prepared().letter();
            Label name = new Label(line.prepared().broker().name() + (viewModel.mode() == WorkspaceMode.CLINIC
                    ? "  ·  " + line.prepared().person().legalName() : ""));
            name.getStyleClass().add("broker-name");
            Label detail = new Label(letter.email() + "  ·  " + line.status(),
                    new FontIcon(line.failed() ? Feather.ALERT_CIRCLE : Feather.MAIL));
            detail.getStyleClass().add(line.failed() ? Styles.DANGER : Styles.TEXT_MUTED);
            detail.setWrapText(true);
            Button read = new Button(messages.get("letters.bulk.read"));
            read.getStyleClass().add(Styles.FLAT);
            read.setAccessibleText(messages.get("letters.bulk.readWhich", line.prepared().broker().name()));
            read.setOnAction(e -> Platform.runLater(() -> showLetter(letter)));
            VBox text = new VBox(2, name, detail);
            javafx.scene.layout.HBox.setHgrow(text, Priority.ALWAYS);
            javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(8, text, read);
            box.setAlignment(Pos.CENTER_LEFT);
            setGraphic(box);
            setText(null);
            setAccessibleText(line.prepared().broker().name() + ", " + line.status());
        }
    }

    private void showLetter(Letter letter) {
        TextArea body = new TextArea("To: " + letter.email() + "\nSubject: " + letter.subject() + "\n\n"
                + letter.body());
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefSize(640, 480);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(letter.subject());
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    private TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private VBox card(String id, String titleKey, javafx.scene.Node... nodes) {
        Label heading = new Label(messages.get(titleKey));
        heading.getStyleClass().add("section-heading");
        VBox card = new VBox(10, heading);
        card.getChildren().addAll(Arrays.asList(nodes));
        card.getStyleClass().add(Styles.CARD);
        card.setId(id);
        return card;
    }

    private static Label labelFor(String text, javafx.scene.Node node) {
        Label label = Paragraphs.plain(text); // wraps with large text rather than ending in "..."
        label.setLabelFor(node);
        return label;
    }

    private static FlowPane row(javafx.scene.Node... nodes) {
        FlowPane row = new FlowPane(8, 8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
