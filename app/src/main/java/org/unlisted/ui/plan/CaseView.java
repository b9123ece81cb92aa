package org.unlisted.ui.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.unlisted.cases.CaseEvent;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.cases.OptOutCase;
import org.unlisted.letters.Letter;
import org.unlisted.letters.LetterKind;
import org.unlisted.letters.Letters;
import org.unlisted.letters.SentLetters;
import org.unlisted.mail.Mailto;
import org.unlisted.cases.Plan;
import org.unlisted.cases.RequestDetails;
import org.unlisted.catalog.Broker;
import org.unlisted.core.Messages;
import org.unlisted.cases.PrivacyLaw;
import org.unlisted.ui.CaseWords;
import org.unlisted.ui.Choices;
import org.unlisted.ui.ClipboardGuard;
import org.unlisted.ui.Styles;

/**
 * The guided steps for one broker, built from its definition: look yourself up, say whether you
 * are listed, send the request the way this site takes it, confirm its email, check the listing
 * is gone, and later look again. Below, the case's whole dated record.
 */
final class CaseView extends VBox {
    private final PlanViewModel viewModel;
    private final Messages messages;
    private final ClipboardGuard clipboard;
    private final Consumer<String> browser;
    private final Plan.Item item;
    private final Broker broker;
    private final OptOutCase optOutCase;
    private final List<Cases.NewFile> attached = new ArrayList<>();
    private final DateTimeFormatter dates;

    CaseView(PlanViewModel viewModel, Messages messages, ClipboardGuard clipboard, Consumer<String> browser,
             Plan.Item item) {
        super(14);
        this.viewModel = viewModel;
        this.messages = messages;
        this.clipboard = clipboard;
        this.browser = browser;
        this.item = item;
        this.broker = item.broker();
        this.optOutCase = item.optOutCase().orElse(null);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        setId("case-view");

        Label name = new Label(broker.name());
        name.getStyleClass().add(Styles.TITLE_3);
        name.setWrapText(true);
        Label state = new Label(messages.get(CaseWords.stateKey(item.state())), new FontIcon(CaseWords.icon(item.state())));
        state.setId("case-state");
        getChildren().addAll(new VBox(2, name, muted(broker.mainDomain())), state);
        if (item.coveredBy() != null) {
            getChildren().add(covered());
            return;
        }
        getChildren().add(stepBar());
        getChildren().add(currentStep());
        getChildren().add(record());
    }

    // --- which step, by state ---

    private int stepNumber() {
        return switch (item.state()) {
            case NOT_STARTED, SEARCHING, NOT_FOUND -> broker.allowsSearch() ? 1 : 3;
            case FOUND, RELISTED, BLOCKED -> 3;
            case AWAITING_VERIFICATION -> 4;
            case SUBMITTED, OVERDUE, ESCALATED, REMOVED -> 5;
        };
    }

    private HBox stepBar() {
        HBox bar = new HBox(6);
        bar.setId("case-steps");
        bar.setAlignment(Pos.CENTER_LEFT);
        int current = stepNumber();
        boolean finished = item.state().isDone();
        for (int step = 1; step <= 5; step++) {
            boolean done = finished || step < current;
            Label label = new Label(messages.get("plan.step." + step),
                    new FontIcon(done ? Feather.CHECK_CIRCLE : step == current ? Feather.ARROW_RIGHT_CIRCLE
                            : Feather.CIRCLE));
            label.getStyleClass().add(step == current && !finished ? "step-current" : Styles.TEXT_MUTED);
            label.setAccessibleText(messages.get(step == current && !finished ? "plan.step.current"
                    : done ? "plan.step.done" : "plan.step.later", step, messages.get("plan.step." + step)));
            bar.getChildren().add(label);
        }
        FlowPane wrap = new FlowPane(8, 4);
        wrap.getChildren().setAll(bar.getChildren());
        return new HBox(wrap);
    }

    private Node currentStep() {
        VBox box = card();
        box.setId("case-step");
        switch (item.state()) {
            case NOT_STARTED, SEARCHING -> {
                if (broker.optOut() == null || broker.optOut().method() == Broker.Method.NONE) {
                    box.getChildren().addAll(text("plan.noRoute"));
                    break;
                }
                if (broker.allowsSearch()) {
                    searchStep(box);
                } else {
                    box.getChildren().add(text("plan.noSearch"));
                    requestStep(box);
                }
            }
            case FOUND, RELISTED -> requestStep(box);
            case BLOCKED -> {
                box.getChildren().add(text("plan.blocked"));
                box.getChildren().add(row(action("case-try-again", "plan.blocked.tryAgain", CaseState.FOUND, null)));
                box.getChildren().add(writtenRequest(true));
            }
            case AWAITING_VERIFICATION -> {
                box.getChildren().addAll(heading("plan.verify.title"), text("plan.verify.help", broker.name()));
                dateLines(box);
                box.getChildren().add(row(
                        action("case-clicked", "plan.verify.clicked", CaseState.SUBMITTED, null),
                        action("case-gone", "plan.confirm.gone", CaseState.REMOVED, null)));
            }
            case SUBMITTED, OVERDUE, ESCALATED -> confirmStep(box);
            case REMOVED, NOT_FOUND -> doneStep(box);
        }
        return box;
    }

    private void searchStep(VBox box) {
        Button open = new Button(messages.get("plan.search.open", broker.name()), new FontIcon(Feather.EXTERNAL_LINK));
        open.setId("case-open-search");
        open.setOnAction(e -> {
            browser.accept(viewModel.searchUrl());
            if (item.state() == CaseState.NOT_STARTED) {
                viewModel.mark(CaseState.SEARCHING, "", "", List.of());
            }
        });
        TextArea urls = new TextArea();
        urls.setId("case-urls");
        urls.setPrefRowCount(2);
        urls.setWrapText(true);
        urls.setPromptText(messages.get("plan.found.prompt", broker.mainDomain()));
        urls.setAccessibleText(messages.get("plan.found.urls"));
        Button found = new Button(messages.get("plan.found.yes"), new FontIcon(Feather.CHECK));
        found.setId("case-found");
        found.getStyleClass().add(Styles.ACCENT);
        found.setDefaultButton(false);
        found.setOnAction(e -> viewModel.mark(CaseState.FOUND, "", urls.getText(), List.of()));
        Button notFound = new Button(messages.get("plan.found.no"), new FontIcon(Feather.X_CIRCLE));
        notFound.setId("case-not-found");
        notFound.setOnAction(e -> viewModel.mark(CaseState.NOT_FOUND, "", "", List.of()));
        box.getChildren().addAll(heading("plan.search.title"), text("plan.search.help"), row(open),
                muted(messages.get("plan.search.logged")), heading("plan.found.title"),
                labelFor(messages.get("plan.found.urls"), urls), urls, row(found, notFound));
    }

    private void requestStep(VBox box) {
        Broker.OptOut optOut = broker.optOut();
        Broker.Requires needs = optOut.requirements();
        box.getChildren().add(heading("plan.request.title"));
        List<String> asks = new ArrayList<>();
        if (Boolean.TRUE.equals(needs.account()) || optOut.method() == Broker.Method.ACCOUNT) {
            asks.add(messages.get("plan.risk.account"));
        }
        if (Boolean.TRUE.equals(needs.govId())) {
            asks.add(messages.get("plan.risk.govId"));
        }
        if (Boolean.TRUE.equals(needs.payment())) {
            asks.add(messages.get("plan.risk.payment"));
        }
        if (!asks.isEmpty()) {
            VBox warning = new VBox(6, iconText(Feather.ALERT_TRIANGLE, messages.get("plan.risk.title",
                    String.join(", ", asks))), text("plan.risk.help"),
                    row(action("case-stop", "plan.risk.stop", CaseState.BLOCKED, () -> messages.get("plan.risk.note",
                            String.join(", ", asks)))));
            warning.setId("case-risk");
            warning.getStyleClass().addAll("warning-box");
            box.getChildren().add(warning);
        }
        switch (optOut.method()) {
            case EMAIL -> emailStep(box);
            case MAIL -> {
                box.getChildren().add(text("plan.mail.help"));
                copyable(box, "plan.mail.address", optOut.postalAddress());
                draftArea(box, viewModel.draft());
                box.getChildren().add(row(letterSent("case-sent", "plan.mail.sent", "plan.mail.sentNote",
                        viewModel.draft().kind())));
            }
            case PHONE -> {
                box.getChildren().add(text("plan.phone.help"));
                copyable(box, "plan.phone.number", optOut.phone());
                box.getChildren().add(text("plan.phone.say", viewModel.person().legalName()));
                TextArea notes = new TextArea();
                notes.setId("case-call-notes");
                notes.setPrefRowCount(3);
                notes.setWrapText(true);
                notes.setAccessibleText(messages.get("plan.phone.notes"));
                box.getChildren().addAll(labelFor(messages.get("plan.phone.notes"), notes), notes,
                        row(action("case-sent", "plan.phone.called", CaseState.SUBMITTED, notes::getText)));
            }
            case DROP_ONLY -> {
                box.getChildren().add(text("plan.drop.help"));
                box.getChildren().add(row(action("case-sent", "plan.drop.done", CaseState.SUBMITTED, null)));
            }
            default -> webFormStep(box, optOut, needs);
        }
    }

    private void webFormStep(VBox box, Broker.OptOut optOut, Broker.Requires needs) {
        if (optOut.url() != null) {
            Button open = new Button(messages.get("plan.form.open"), new FontIcon(Feather.EXTERNAL_LINK));
            open.setId("case-open-form");
            open.setOnAction(e -> browser.accept(optOut.url()));
            box.getChildren().addAll(text("plan.form.help"), row(open));
        }
        List<RequestDetails.Detail> details = viewModel.details();
        if (!details.isEmpty()) {
            box.getChildren().add(heading("plan.form.fields"));
            for (RequestDetails.Detail detail : details) {
                copyable(box, "catalog.input." + detail.field().code(), detail.value());
            }
            box.getChildren().add(muted(messages.get("plan.form.clipboard")));
        }
        List<String> expect = new ArrayList<>();
        addIf(expect, needs.captcha(), "plan.expect.captcha");
        addIf(expect, needs.emailVerification(), "plan.expect.email");
        addIf(expect, needs.phoneVerification(), "plan.expect.phone");
        if (!expect.isEmpty()) {
            box.getChildren().add(heading("plan.expect.title"));
            expect.forEach(line -> box.getChildren().add(iconText(Feather.CHECK_SQUARE, line)));
        }
        CaseState after = Boolean.TRUE.equals(needs.emailVerification())
                ? CaseState.AWAITING_VERIFICATION : CaseState.SUBMITTED;
        box.getChildren().add(row(action("case-sent", "plan.form.sent", after, null)));
        box.getChildren().add(writtenRequest(false));
    }

    private void emailStep(VBox box) {
        Letter draft = viewModel.draft();
        box.getChildren().add(text("plan.email.help"));
        copyable(box, "plan.email.to", draft.email());
        copyable(box, "plan.email.subject", draft.subject());
        draftArea(box, draft);
        Button mail = new Button(messages.get("plan.email.open"), new FontIcon(Feather.MAIL));
        mail.setId("case-open-mail");
        mail.setOnAction(e -> browser.accept(Mailto.uri(draft.email(), draft.subject(), draft.body())));
        box.getChildren().add(row(mail, letterSent("case-sent", "plan.email.sent", "plan.email.sentNote",
                draft.kind())));
    }

    /** For sites whose usual route asks too much: the same request in writing, to send by email or post. */
    private TitledPane writtenRequest(boolean expanded) {
        return letterPane("case-written", "plan.written.title", viewModel.draft(), expanded);
    }

    /** A letter to send by email or post, with the button that records it as sent. */
    private TitledPane letterPane(String id, String titleKey, Letter draft, boolean expanded) {
        VBox inside = new VBox(8);
        inside.getChildren().add(text("plan.written.help"));
        if (!draft.email().isBlank()) {
            copyable(inside, "plan.email.to", draft.email());
        }
        draftArea(inside, draft);
        inside.getChildren().add(row(letterSent(id + "-sent", "plan.written.sent", "plan.written.note", draft.kind())));
        TitledPane pane = new TitledPane(messages.get(titleKey), inside);
        pane.setId(id);
        pane.setExpanded(expanded);
        return pane;
    }

    private void confirmStep(VBox box) {
        box.getChildren().add(heading(item.state() == CaseState.OVERDUE ? "plan.overdue.title"
                : item.state() == CaseState.ESCALATED ? "plan.escalated.title" : "plan.confirm.title"));
        dateLines(box);
        if (item.state() == CaseState.OVERDUE) {
            box.getChildren().add(text("plan.overdue.help"));
        } else if (item.state() == CaseState.ESCALATED) {
            box.getChildren().add(text("plan.escalated.help"));
        } else {
            box.getChildren().add(text("plan.confirm.help"));
        }
        List<String> urls = viewModel.listingUrls();
        Button look = new Button(messages.get("plan.confirm.look"), new FontIcon(Feather.EXTERNAL_LINK));
        look.setId("case-look");
        look.setOnAction(e -> browser.accept(urls.isEmpty() ? viewModel.searchUrl() : urls.get(0)));
        Button gone = action("case-gone", "plan.confirm.gone", CaseState.REMOVED, null);
        gone.getStyleClass().add(Styles.SUCCESS);
        box.getChildren().addAll(row(look, attachButton()), attachedLine(), row(gone));
        if (item.state() == CaseState.OVERDUE) {
            box.getChildren().add(row(action("case-follow-up", "plan.overdue.followUp", CaseState.SUBMITTED,
                            () -> messages.get("plan.overdue.followUp.note")),
                    action("case-escalate", "plan.overdue.escalate", CaseState.ESCALATED, null)));
            box.getChildren().addAll(letterPane("case-follow-up-letter", "plan.overdue.followUpLetter",
                    viewModel.draft(LetterKind.FOLLOW_UP), false), letterPane("case-complaint-letter",
                    "plan.overdue.complaintLetter", viewModel.draft(LetterKind.COMPLAINT), false));
        } else if (item.state() == CaseState.SUBMITTED) {
            Button more = new Button(messages.get("plan.confirm.moreTime"));
            more.setId("case-extend");
            more.setDisable(optOutCase == null || optOutCase.legalDue() == null);
            more.setOnAction(e -> viewModel.extend(messages.get("plan.confirm.moreTime.note")));
            box.getChildren().add(row(action("case-asked-confirm", "plan.confirm.askedToConfirm",
                    CaseState.AWAITING_VERIFICATION, null), more,
                    action("case-refused", "plan.confirm.refused", CaseState.BLOCKED, null)));
        }
    }

    private void doneStep(VBox box) {
        boolean removed = item.state() == CaseState.REMOVED;
        box.getChildren().add(heading(removed ? "plan.done.removed" : "plan.done.notFound"));
        if (optOutCase != null && optOutCase.recheckOn() != null) {
            boolean due = !LocalDate.now(viewModel.clock()).isBefore(optOutCase.recheckOn());
            box.getChildren().add(iconText(due ? Feather.BELL : Feather.CALENDAR, messages.get(due ? "plan.recheck.due"
                    : "plan.recheck.on", dates.format(optOutCase.recheckOn()))));
        }
        box.getChildren().add(text("plan.recheck.help"));
        Button open = new Button(messages.get("plan.search.open", broker.name()), new FontIcon(Feather.EXTERNAL_LINK));
        open.setId("case-open-search");
        open.setOnAction(e -> browser.accept(viewModel.searchUrl()));
        TextArea urls = new TextArea();
        urls.setId("case-urls");
        urls.setPrefRowCount(2);
        urls.setWrapText(true);
        urls.setPromptText(messages.get("plan.found.prompt", broker.mainDomain()));
        urls.setAccessibleText(messages.get("plan.found.urls"));
        Button still = action("case-still-gone", removed ? "plan.recheck.stillGone" : "plan.recheck.stillNotFound",
                item.state(), null);
        Button back = new Button(messages.get(removed ? "plan.recheck.back" : "plan.recheck.foundNow"),
                new FontIcon(Feather.ALERT_TRIANGLE));
        back.setId("case-back");
        back.setOnAction(e -> viewModel.mark(removed ? CaseState.RELISTED : CaseState.FOUND, "", urls.getText(),
                List.of()));
        box.getChildren().addAll(row(open), labelFor(messages.get("plan.found.urls"), urls), urls, row(still, back));
    }

    private void dateLines(VBox box) {
        if (optOutCase == null) {
            return;
        }
        if (optOutCase.clockStart() != null) {
            box.getChildren().add(iconText(Feather.SEND, messages.get("plan.dates.received",
                    dates.format(optOutCase.clockStart()))));
        }
        if (optOutCase.legalDue() != null && optOutCase.law() != null) {
            optOutCase.law().confirmReceiptDue(optOutCase.clockStart()).ifPresent(by -> box.getChildren().add(
                    iconText(Feather.INBOX, messages.get("plan.dates.confirmReceipt", dates.format(by),
                            optOutCase.law().confirmReceiptBusinessDays().orElse(0)))));
            box.getChildren().add(iconText(Feather.CLOCK, messages.get("plan.dates.legal",
                    dates.format(optOutCase.legalDue()), optOutCase.law().shortName())));
        }
        if (optOutCase.expectedBy() != null) {
            box.getChildren().add(iconText(Feather.CALENDAR, messages.get("plan.dates.expected",
                    dates.format(optOutCase.expectedBy()))));
        }
    }

    private Node covered() {
        VBox box = card();
        box.setId("case-covered");
        box.getChildren().add(text("plan.covered", item.coveredBy().name()));
        Button go = new Button(messages.get("plan.covered.go", item.coveredBy().name()), new FontIcon(Feather.ARROW_RIGHT));
        go.setId("case-go-operator");
        go.setOnAction(e -> viewModel.select(item.coveredBy().id()));
        box.getChildren().add(row(go));
        return box;
    }

    // --- the record: notes, files, undo, history ---

    private Node record() {
        VBox box = new VBox(8);
        box.setId("case-record");
        box.getChildren().add(heading("plan.record.title"));
        TextArea note = new TextArea();
        note.setId("case-note");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.setPromptText(messages.get("plan.record.notePrompt"));
        note.setAccessibleText(messages.get("plan.record.note"));
        Button save = new Button(messages.get("plan.record.save"), new FontIcon(Feather.EDIT_3));
        save.setId("case-save-note");
        save.setOnAction(e -> {
            if (viewModel.note(note.getText(), List.copyOf(attached))) {
                attached.clear();
            }
        });
        Button undo = new Button(messages.get("plan.undo"), new FontIcon(Feather.ROTATE_CCW));
        undo.setId("case-undo");
        undo.setDisable(optOutCase == null);
        undo.setOnAction(e -> viewModel.undo());
        box.getChildren().addAll(note, row(save, undo));
        List<CaseEvent> events = new ArrayList<>(viewModel.history());
        java.util.Collections.reverse(events); // newest first: what just happened is what people look for
        VBox lines = new VBox(6);
        lines.setId("case-history");
        if (events.isEmpty()) {
            lines.getChildren().add(muted(messages.get("plan.record.empty")));
        }
        for (CaseEvent event : events) {
            lines.getChildren().add(eventLine(event));
        }
        box.getChildren().add(lines);
        return box;
    }

    private Node eventLine(CaseEvent event) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(viewModel.clock().getZone());
        String who = switch (event.actor()) {
            case APP -> messages.get("plan.actor.app");
            case ADVOCATE -> event.actorName().isEmpty() ? messages.get("plan.actor.advocate") : event.actorName();
            case PERSON -> messages.get("plan.actor.person");
        };
        String what = messages.get("plan.event." + CaseWords.code(event.kind()), messages.get(CaseWords.stateKey(event.state())));
        Label head = new Label(when.format(event.at()) + " · " + who + " · " + what);
        head.getStyleClass().add("broker-name");
        head.setWrapText(true);
        VBox line = new VBox(2, head);
        if (event.round() > 1) {
            line.getChildren().add(muted(messages.get("plan.event.round", event.round())));
        }
        if (event.due() != null) {
            line.getChildren().add(muted(messages.get("plan.event.due", dates.format(event.due()))));
        }
        if (!event.note().isEmpty()) {
            Label note = new Label(event.note());
            note.setWrapText(true);
            line.getChildren().add(note);
        }
        event.urls().forEach(url -> line.getChildren().add(muted(url)));
        for (CaseEvent.Attachment file : event.attachments()) {
            Button save = new Button(messages.get("plan.file.save", file.name()), new FontIcon(Feather.DOWNLOAD));
            save.getStyleClass().add(Styles.FLAT);
            save.setOnAction(e -> saveOut(file));
            FlowPane buttons = row(save);
            if (file.mediaType().startsWith("image/")) {
                Button view = new Button(messages.get("plan.file.view", file.name()), new FontIcon(Feather.IMAGE));
                view.getStyleClass().add(Styles.FLAT);
                view.setOnAction(e -> viewImage(file));
                buttons.getChildren().add(0, view);
            }
            line.getChildren().add(buttons);
        }
        line.getStyleClass().add("history-line");
        return line;
    }

    /** Shows a kept screenshot in the app itself: it never has to leave the vault to be seen. */
    private void viewImage(CaseEvent.Attachment file) {
        viewModel.attachment(file.id()).ifPresent(bytes -> {
            javafx.scene.image.Image image = new javafx.scene.image.Image(new java.io.ByteArrayInputStream(bytes));
            if (image.isError()) {
                viewModel.report("cases.error.attachmentUnreadable");
                return;
            }
            javafx.scene.image.ImageView picture = new javafx.scene.image.ImageView(image);
            picture.setPreserveRatio(true);
            picture.setFitWidth(Math.min(900, image.getWidth()));
            picture.setAccessibleText(file.name());
            javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
            dialog.initOwner(getScene().getWindow());
            dialog.setTitle(file.name());
            dialog.getDialogPane().setContent(new javafx.scene.control.ScrollPane(picture));
            dialog.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CLOSE);
            dialog.show();
        });
    }

    /** Saves the letter as a print-ready PDF where the person chooses; nothing is written anywhere else. */
    private void savePdf(Letter draft) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("plan.letter.pdf"));
        chooser.setInitialFileName(SentLetters.fileName(draft).replace(".txt", ".pdf"));
        java.io.File target = chooser.showSaveDialog(getScene().getWindow());
        if (target != null) {
            viewModel.printed(draft).ifPresent(bytes -> {
                try {
                    Files.write(target.toPath(), bytes);
                } catch (IOException e) {
                    viewModel.report("plan.file.saveFailed");
                }
            });
        }
    }

    private void saveOut(CaseEvent.Attachment file) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("plan.file.saveTitle"));
        chooser.setInitialFileName(file.name());
        java.io.File target = chooser.showSaveDialog(getScene().getWindow());
        if (target != null) {
            viewModel.attachment(file.id()).ifPresent(bytes -> {
                try {
                    Files.write(target.toPath(), bytes);
                } catch (IOException e) {
                    viewModel.report("plan.file.saveFailed");
                }
            });
        }
    }

    private Button attachButton() {
        Button attach = new Button(messages.get("plan.file.attach"), new FontIcon(Feather.PAPERCLIP));
        attach.setId("case-attach");
        attach.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("plan.file.attach"));
            java.io.File chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                readAttachment(chosen.toPath());
            }
        });
        return attach;
    }

    private final Label attachedLine = new Label();

    private Label attachedLine() {
        attachedLine.setWrapText(true);
        attachedLine.getStyleClass().add(Styles.TEXT_MUTED);
        attachedLine.managedProperty().bind(attachedLine.textProperty().isNotEmpty());
        return attachedLine;
    }

    private void readAttachment(Path file) {
        try {
            if (Files.size(file) > Cases.MAX_ATTACHMENT_BYTES) {
                viewModel.report("cases.error.attachmentTooLarge", Cases.MAX_ATTACHMENT_BYTES / (1024 * 1024));
                return;
            }
            String type = Files.probeContentType(file);
            attached.add(new Cases.NewFile(file.getFileName().toString(),
                    type == null ? "application/octet-stream" : type, Files.readAllBytes(file)));
            attachedLine.setText(messages.get("plan.file.attached", String.join(", ",
                    attached.stream().map(Cases.NewFile::name).toList())));
        } catch (IOException e) {
            viewModel.report("cases.error.attachmentUnreadable");
        }
    }

    // --- small pieces ---

    /** A button that moves the case to {@code to}, with the files attached so far and an optional note. */
    private Button action(String id, String key, CaseState to, java.util.function.Supplier<String> note) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setWrapText(true);
        button.setOnAction(e -> {
            if (viewModel.mark(to, note == null ? "" : note.get(), "", List.copyOf(attached))) {
                attached.clear();
            }
        });
        return button;
    }

    /** A button saying the person sent the letter shown: its text is kept in the record. */
    private Button letterSent(String id, String key, String noteKey, LetterKind kind) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setWrapText(true);
        button.setOnAction(e -> viewModel.letterSent(kind, messages.get(noteKey)));
        return button;
    }

    private void copyable(VBox box, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String label = messages.get(labelKey);
        TextField field = new TextField(value);
        field.setEditable(false);
        field.setAccessibleText(label);
        HBox.setHgrow(field, Priority.ALWAYS);
        Button copy = new Button(messages.get("plan.copy"), new FontIcon(Feather.COPY));
        copy.setAccessibleText(messages.get("plan.copy.what", label));
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(e -> clipboard.copy(value));
        Label caption = muted(label.substring(0, 1).toUpperCase(messages.locale()) + label.substring(1));
        caption.setLabelFor(field);
        box.getChildren().add(new VBox(2, caption, new HBox(6, field, copy)));
    }

    private void draftArea(VBox box, Letter draft) {
        TextArea body = new TextArea(draft.body());
        body.setId("case-draft");
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefRowCount(8);
        body.setAccessibleText(messages.get("plan.email.body"));
        Button copy = new Button(messages.get("plan.copy"), new FontIcon(Feather.COPY));
        copy.setAccessibleText(messages.get("plan.copy.what", messages.get("plan.email.body")));
        copy.setOnAction(e -> clipboard.copy(draft.body()));
        Button pdf = new Button(messages.get("plan.letter.pdf"), new FontIcon(Feather.PRINTER));
        pdf.setOnAction(e -> savePdf(draft));
        ComboBox<String> law = new ComboBox<>();
        law.getItems().setAll(PlanViewModel.lawChoices());
        law.setConverter(Choices.shownAs(choice -> switch (choice) {
            case "auto" -> messages.get("plan.letter.lawAuto", Letters.lawFor(viewModel.person(), broker)
                    .map(PrivacyLaw::shortName).orElse(messages.get("plan.letter.lawNone")));
            case "none" -> messages.get("plan.letter.lawNone");
            default -> PrivacyLaw.valueOf(choice.toUpperCase(java.util.Locale.ROOT)).shortName()
                    + (PrivacyLaw.valueOf(choice.toUpperCase(java.util.Locale.ROOT)).state() == null ? ""
                    : " (" + PrivacyLaw.valueOf(choice.toUpperCase(java.util.Locale.ROOT)).state() + ")");
        }));
        law.setValue(viewModel.lawChoiceProperty().get());
        law.valueProperty().addListener((obs, old, now) -> viewModel.lawChoiceProperty().set(now));
        box.getChildren().add(Choices.labelled(messages.get("plan.letter.law"), law));
        Label explain = text("letters.explain." + CaseWords.code(draft.kind()), broker.name());
        explain.setId("case-letter-explain");
        box.getChildren().addAll(explain, labelFor(messages.get("plan.email.body"), body), body, row(copy, pdf),
                muted(messages.get("plan.email.english")));
    }


    private void addIf(List<String> lines, Boolean needed, String key) {
        if (Boolean.TRUE.equals(needed)) {
            lines.add(messages.get(key));
        }
    }

    private VBox card() {
        VBox box = new VBox(10);
        box.getStyleClass().add(Styles.CARD);
        return box;
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("section-heading");
        label.setWrapText(true);
        return label;
    }

    private Label text(String key, Object... arguments) {
        Label label = new Label(messages.get(key, arguments));
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label muted(String value) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private static Label iconText(Ikon icon, String value) {
        Label label = new Label(value, new FontIcon(icon));
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label labelFor(String text, javafx.scene.control.Control control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.setWrapText(true);
        return label;
    }

    private static FlowPane row(Node... nodes) {
        FlowPane row = new FlowPane(8, 8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
