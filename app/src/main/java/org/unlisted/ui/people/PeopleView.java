package org.unlisted.ui.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.unlisted.core.Messages;
import org.unlisted.people.Consent;
import org.unlisted.people.Profile;
import org.unlisted.people.ProfileRules;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.ui.Choices;
import org.unlisted.ui.Paragraphs;
import org.unlisted.ui.Styles;

/** Your own details (personal mode), or the clients and the chosen client's file (clinic mode). */
public final class PeopleView extends VBox {
    /** Held strongly: bidirectional bindings keep only weak references to the view-model. */
    private final PeopleViewModel viewModel;
    private final Messages messages;
    /** Where typing starts (a field inside a scroll pane, which lookup cannot reach before it is shown). */
    private TextInputControl nameField;

    public PeopleView(PeopleViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().addAll(Styles.PAGE, Styles.FILLS_PAGE);
        setId("people-page");
        boolean clinic = viewModel.mode() == WorkspaceMode.CLINIC;
        Label title = Paragraphs.pageTitle(messages.get(clinic ? "people.clients.title" : "people.me.title"));
        Label stays = new Label(messages.get("people.stays"), new FontIcon(Feather.LOCK));
        stays.setWrapText(true);
        stays.setMinHeight(Region.USE_PREF_SIZE);
        stays.getStyleClass().add(Styles.TEXT_MUTED);
        VBox details = details(clinic);
        HBox.setHgrow(details, Priority.ALWAYS);
        HBox body = clinic ? new HBox(20, clientList(), details) : new HBox(details);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(title, stays, body);
        if (!clinic) {
            // One person, one form: start where they type. Not when the person came through the sidebar,
            // though: a keyboard user moving down it with the arrows would be thrown out of it.
            nameField.sceneProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    Platform.runLater(() -> {
                        javafx.scene.Node owner = now.getFocusOwner();
                        boolean browsingSidebar = owner != null
                                && owner.getStyleClass().contains(Styles.SIDEBAR_BUTTON);
                        if (!browsingSidebar) {
                            nameField.requestFocus();
                        }
                    });
                }
            });
        }
    }

    private VBox clientList() {
        TextField search = new TextField();
        search.setId("people-search");
        search.setPromptText(messages.get("people.search.prompt"));
        search.setAccessibleText(messages.get("people.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        ComboBox<PeopleViewModel.Sort> sort = new ComboBox<>();
        sort.setId("people-sort");
        sort.getItems().setAll(PeopleViewModel.Sort.values());
        sort.setConverter(Choices.shownAs(s -> messages.get("people.sort." + s.name().toLowerCase(java.util.Locale.ROOT))));
        sort.valueProperty().bindBidirectional(viewModel.sortProperty());
        sort.setAccessibleText(messages.get("people.sort"));
        sort.setMaxWidth(Double.MAX_VALUE);
        Button add = new Button(messages.get("people.add"), new FontIcon(Feather.USER_PLUS));
        add.setId("people-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(event -> {
            viewModel.newClient();
            Platform.runLater(nameField::requestFocus);
        });
        Button spreadsheet = new Button(messages.get("people.import"), new FontIcon(Feather.UPLOAD));
        spreadsheet.setId("people-import");
        spreadsheet.setOnAction(event -> Platform.runLater(this::importSpreadsheet));
        ListView<Profile> list = new ListView<>(viewModel.clients());
        list.setId("people-list");
        list.setAccessibleText(messages.get("people.clients.title"));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Profile profile, boolean empty) {
                super.updateItem(profile, empty);
                setText(empty || profile == null ? null : profile.legalName() + "  ·  " + profile.state());
            }
        });
        Label none = new Label(messages.get("people.clients.none"));
        none.setWrapText(true);
        list.setPlaceholder(none);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button openCaseFile = new Button(messages.get("people.caseFile.import"), new FontIcon(Feather.FOLDER));
        openCaseFile.setId("people-open-case-file");
        openCaseFile.setOnAction(event -> Platform.runLater(this::openCaseFile));
        add.setMinWidth(Region.USE_PREF_SIZE);
        spreadsheet.setMinWidth(Region.USE_PREF_SIZE);
        VBox pane = new VBox(10, new javafx.scene.layout.FlowPane(8, 8, add, spreadsheet), search, sort, list,
                openCaseFile);
        pane.setPrefWidth(300);
        pane.setMinWidth(260);
        return pane;
    }

    private VBox details(boolean clinic) {
        ProfileForm form = viewModel.form();
        VBox fields = new VBox(12,
                field("people-name", "people.field.name", form.name, false),
                field("people-other-names", "people.field.otherNames", form.otherNames, true),
                stateField(form.state),
                field("people-birth-date", "people.field.birthDate", form.birthDate, false),
                field("people-addresses", "people.field.addresses", form.addresses, true),
                field("people-phones", "people.field.phones", form.phones, true),
                field("people-emails", "people.field.emails", form.emails, true));
        if (clinic) {
            fields.getChildren().add(field("people-notes", "people.field.notes", form.notes, true));
        }
        Button save = new Button(messages.get("people.save"), new FontIcon(Feather.CHECK));
        save.setId("people-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.setOnAction(event -> viewModel.save());
        Button delete = new Button(messages.get("people.delete"), new FontIcon(Feather.TRASH_2));
        delete.setId("people-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(viewModel.selectedProperty().isNull());
        delete.setOnAction(event -> Platform.runLater(this::confirmDelete));
        Label saved = new Label();
        saved.setId("people-saved");
        saved.getStyleClass().add(Styles.SUCCESS);
        saved.textProperty().bind(viewModel.savedProperty());
        HBox actions = new HBox(12, save, saved, new Region(), delete);
        if (clinic) {
            Button handOver = new Button(messages.get("people.caseFile.export"), new FontIcon(Feather.SEND));
            handOver.setId("people-hand-over");
            handOver.disableProperty().bind(viewModel.selectedProperty().isNull().or(viewModel.busyProperty()));
            handOver.setOnAction(event -> Platform.runLater(this::handOver));
            actions.getChildren().add(3, handOver);
        }
        HBox.setHgrow(actions.getChildren().get(2), Priority.ALWAYS);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label problem = Choices.problemLabel("people-problem");
        problem.textProperty().bind(viewModel.problemProperty());

        // The form scrolls; the problem and the buttons stay in sight below it.
        VBox scrolled = new VBox(16, fields);
        if (clinic) {
            scrolled.getChildren().addAll(householdSection(), consentSection());
        }
        scrolled.setPadding(new javafx.geometry.Insets(0, 16, 16, 0));
        ScrollPane scroll = new ScrollPane(scrolled);
        scroll.setFitToWidth(true);
        scroll.setId("people-details");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox editor = new VBox(12, scroll, problem, actions);
        if (!clinic) {
            editor.setMaxWidth(760);
            return editor;
        }
        Label pick = new Label(messages.get("people.pick"));
        pick.getStyleClass().add(Styles.TEXT_MUTED);
        editor.visibleProperty().bind(viewModel.editingProperty());
        editor.managedProperty().bind(editor.visibleProperty());
        pick.visibleProperty().bind(viewModel.editingProperty().not());
        pick.managedProperty().bind(pick.visibleProperty());
        VBox.setVgrow(editor, Priority.ALWAYS);
        return new VBox(pick, editor);
    }

    private Node householdSection() {
        ListView<String> members = new ListView<>(viewModel.household());
        members.setId("household-members");
        members.setAccessibleText(messages.get("people.household.title"));
        members.setPrefHeight(110);
        Label none = new Label(messages.get("people.household.none"));
        none.setWrapText(true);
        members.setPlaceholder(none);
        ComboBox<Profile> other = new ComboBox<>();
        other.setId("household-other");
        other.setPromptText(messages.get("people.household.add"));
        other.setAccessibleText(messages.get("people.household.add"));
        other.setConverter(Choices.shownAs(Profile::legalName));
        other.setOnShowing(event -> other.getItems().setAll(viewModel.others()));
        TextField relation = new TextField();
        relation.setId("household-relation");
        relation.setPromptText(messages.get("people.household.relation"));
        relation.setAccessibleText(messages.get("people.household.relation"));
        Button link = new Button(messages.get("people.household.link"), new FontIcon(Feather.LINK));
        link.setId("household-link");
        link.disableProperty().bind(other.valueProperty().isNull());
        link.setOnAction(event -> {
            viewModel.linkHousehold(other.getValue(), relation.getText());
            other.setValue(null);
            relation.clear();
        });
        Button leave = new Button(messages.get("people.household.leave"));
        leave.setId("household-leave");
        leave.getStyleClass().add(Styles.FLAT);
        leave.disableProperty().bind(Bindings.isEmpty(viewModel.household()));
        leave.setOnAction(event -> viewModel.leaveHousehold());
        Label progress = muted(messages.get("people.household.progress"));
        progress.visibleProperty().bind(Bindings.isNotEmpty(viewModel.household()));
        progress.managedProperty().bind(progress.visibleProperty());
        other.setPrefWidth(220);
        relation.setPrefColumnCount(14);
        link.setMinWidth(Region.USE_PREF_SIZE);
        leave.setMinWidth(Region.USE_PREF_SIZE);
        return section("people.household.title", "people.household.help", members, progress,
                new javafx.scene.layout.FlowPane(8, 8, other, relation, link, leave));
    }

    private Node consentSection() {
        ListView<Consent> records = new ListView<>(viewModel.consents());
        records.setId("consent-records");
        records.setAccessibleText(messages.get("people.consent.title"));
        records.setPrefHeight(110);
        Label noConsent = new Label(messages.get("people.consent.none"));
        noConsent.setWrapText(true);
        records.setPlaceholder(noConsent);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        records.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Consent consent, boolean empty) {
                super.updateItem(consent, empty);
                setText(empty || consent == null ? null : messages.get("people.consent.line",
                        date.format(consent.given()), consent.coversAll() ? messages.get("people.consent.scope.all")
                                : String.join(", ", consent.brokerIds()), consent.obtained(),
                        consent.expires() == null ? messages.get("people.consent.untilWithdrawn")
                                : date.format(consent.expires())));
            }
        });
        Button record = new Button(messages.get("people.consent.record"), new FontIcon(Feather.EDIT_3));
        record.setId("consent-record");
        record.setOnAction(event -> Platform.runLater(() -> new ConsentDialog(viewModel, messages,
                getScene().getWindow(), LocalDate.ofInstant(viewModel.now(), java.time.ZoneId.systemDefault())).show()));
        Button form = new Button(messages.get("people.consent.form"), new FontIcon(Feather.FILE_TEXT));
        form.setId("consent-form");
        form.disableProperty().bind(records.getSelectionModel().selectedItemProperty().isNull());
        form.setOnAction(event -> Platform.runLater(() -> showForm(records.getSelectionModel().getSelectedItem())));
        return section("people.consent.title", "people.consent.help", records, new HBox(8, record, form));
    }

    private void showForm(Consent consent) {
        TextArea text = new TextArea(viewModel.permissionForm(consent));
        text.setId("consent-form-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(18);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(getScene().getWindow());
        alert.setTitle(messages.get("people.consent.form"));
        alert.setHeaderText(messages.get("people.consent.form.help"));
        ButtonType copy = new ButtonType(messages.get("people.consent.copy"));
        alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(620);
        Optional<ButtonType> pressed = alert.showAndWait();
        if (pressed.isPresent() && pressed.get() == copy) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text.getText());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    private void importSpreadsheet() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(messages.get("people.import.title"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(
                messages.get("people.import.file"), "*.csv", "*.txt"));
        java.io.File file = chooser.showOpenDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(file.toPath());
        } catch (java.io.IOException e) {
            bytes = new byte[0];
        }
        showImport(viewModel.previewImport(bytes));
    }

    /** Shows what a spreadsheet holds; imports only when the person says so and every row is good. */
    void showImport(PeopleViewModel.ImportPreview preview) {
        Alert alert = new Alert(preview.importable() ? Alert.AlertType.CONFIRMATION : Alert.AlertType.WARNING);
        alert.initOwner(getScene().getWindow());
        alert.setTitle(messages.get("people.import.title"));
        alert.setHeaderText(preview.summary());
        if (!preview.rows().isEmpty()) {
            TextArea rows = new TextArea(String.join("\n", preview.rows()));
            rows.setId("import-rows");
            rows.setEditable(false);
            rows.setPrefRowCount(10);
            alert.getDialogPane().setContent(rows);
        }
        ButtonType importButton = new ButtonType(messages.get("people.import"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(preview.importable() ? List.of(importButton, ButtonType.CANCEL)
                : List.of(ButtonType.CLOSE));
        if (alert.showAndWait().filter(importButton::equals).isPresent()) {
            Alert done = new Alert(Alert.AlertType.INFORMATION, viewModel.importClients(preview), ButtonType.OK);
            done.initOwner(getScene().getWindow());
            done.setHeaderText(messages.get("people.import.title"));
            done.showAndWait();
        }
    }

    private void handOver() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(messages.get("people.caseFile.export"));
        chooser.setInitialFileName("case-file.unlisted");
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            handOverTo(file.toPath());
        }
    }

    /** Asks for the case file's own passphrase, then writes it (apart from the file chooser, for tests). */
    void handOverTo(java.nio.file.Path target) {
        org.unlisted.ui.vault.PassphraseDialog.forNewFilePassphrase(messages, getScene().getWindow(),
                "people.caseFile.export", "people.caseFile.export.lead").showAndTakeAll()
                .ifPresent(answers -> viewModel.exportCaseFile(target, answers[0]));
    }

    private void openCaseFile() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(messages.get("people.caseFile.import"));
        java.io.File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            openCaseFileFrom(file.toPath());
        }
    }

    void openCaseFileFrom(java.nio.file.Path source) {
        org.unlisted.ui.vault.PassphraseDialog.forFilePassphrase(messages, getScene().getWindow(),
                "people.caseFile.import", "people.caseFile.import.lead").showAndTakeAll()
                .ifPresent(answers -> viewModel.importCaseFile(source, answers[0]));
    }

    private void confirmDelete() {
        Profile profile = viewModel.selectedProperty().get();
        if (profile == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.get("people.delete.confirm",
                profile.legalName()), ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(getScene().getWindow());
        confirm.setTitle(messages.get("people.delete"));
        confirm.setHeaderText(messages.get("people.delete"));
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> viewModel.deleteSelected());
    }

    private Node stateField(StringProperty state) {
        ComboBox<String> states = new ComboBox<>();
        states.setId("people-state");
        states.getItems().setAll(ProfileRules.STATES.stream().sorted().toList());
        states.valueProperty().bindBidirectional(state);
        return labelledWithWhy("people.field.state", states);
    }

    private Node field(String id, String key, StringProperty value, boolean lines) {
        TextInputControl input = lines ? new TextArea() : new TextField();
        if (input instanceof TextArea area) {
            area.setPrefRowCount(2);
            area.setWrapText(true);
        }
        input.setId(id);
        input.textProperty().bindBidirectional(value);
        if ("people-name".equals(id)) {
            nameField = input;
        }
        return labelledWithWhy(key, input);
    }

    private Node labelledWithWhy(String key, Control control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        label.getStyleClass().add("field-label");
        control.setAccessibleText(messages.get(key));
        control.setMaxWidth(Double.MAX_VALUE);
        Label why = muted(messages.get(key + ".why"));
        return new VBox(3, label, control, why);
    }

    private Node section(String titleKey, String helpKey, Node... content) {
        Label heading = new Label(messages.get(titleKey));
        heading.getStyleClass().add("section-heading");
        VBox box = new VBox(8, heading, muted(messages.get(helpKey)));
        box.getChildren().addAll(Arrays.asList(content));
        box.getStyleClass().add(Styles.CARD);
        return box;
    }


    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
