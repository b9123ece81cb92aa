package org.unlisted.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.unlisted.core.Messages;
import org.unlisted.net.scan.Candidate;
import org.unlisted.net.scan.Match;
import org.unlisted.net.scan.ScanOutcome;
import org.unlisted.ui.Paragraphs;
import org.unlisted.ui.Styles;

/**
 * What a scan found, per site: the pages that may be the person with the reasons for and against,
 * each with "This is me" and "Not me"; or why a site could not be read, and what to do instead.
 */
final class ScanResultsView extends VBox {
    private final ScanViewModel viewModel;
    private final Messages messages;
    private final Consumer<String> browser;

    ScanResultsView(ScanViewModel viewModel, Messages messages, Consumer<String> browser) {
        super(14);
        this.viewModel = viewModel;
        this.messages = messages;
        this.browser = browser;
        setId("scan-results");
        Label title = new Label(messages.get("scan.results.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label summary = new Label();
        summary.setId("scan-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(viewModel.messageProperty());
        Label careful = Paragraphs.muted(messages.get("scan.results.explain"));
        getChildren().addAll(title, summary, careful);
        List<ScanViewModel.SiteResult> sites = new ArrayList<>(viewModel.results());
        for (ScanViewModel.SiteResult site : sites) {
            getChildren().add(site(site));
        }
    }

    private VBox site(ScanViewModel.SiteResult result) {
        ScanOutcome outcome = result.outcome();
        Label name = new Label(outcome.broker().name());
        name.getStyleClass().add("broker-name");
        VBox box = new VBox(8, name);
        box.getStyleClass().add(Styles.CARD);
        box.setId("scan-site-" + outcome.broker().id());
        if (result.maybeBack()) {
            Label back = new Label(messages.get("scan.note.maybeBack"), new FontIcon(Feather.ALERT_TRIANGLE));
            back.getStyleClass().add(Styles.WARNING);
            back.setWrapText(true);
            box.getChildren().add(back);
        }
        switch (outcome.kind()) {
            case CANDIDATES -> {
                VBox list = new VBox(10);
                Runnable fill = () -> {
                    list.getChildren().clear();
                    for (int m = 0; m < result.open().size(); m++) {
                        list.getChildren().add(candidate(result, result.open().get(m), outcome.broker().id() + "-" + m));
                    }
                    if (result.open().isEmpty()) {
                        list.getChildren().add(Paragraphs.muted(messages.get("scan.results.allAnswered")));
                    }
                };
                result.open().addListener((ListChangeListener<Match>) change -> fill.run());
                fill.run();
                box.getChildren().add(list);
            }
            case NO_RESULTS -> box.getChildren().add(Paragraphs.muted(messages.get("scan.results.none")));
            case BLOCKED -> {
                Button look = new Button(messages.get("scan.results.checkInBrowser"), new FontIcon(Feather.EXTERNAL_LINK));
                look.setId("scan-browser-" + outcome.broker().id());
                look.setOnAction(e -> browser.accept(outcome.searchUrl()));
                box.getChildren().addAll(Paragraphs.muted(messages.get("scan.results.blocked")), look);
            }
            case UNREADABLE -> box.getChildren().add(Paragraphs.muted(messages.get("scan.results.unreadable")));
            case FAILED -> box.getChildren().add(Paragraphs.muted(outcome.problemText(messages)));
            case CANCELLED -> box.getChildren().add(Paragraphs.muted(messages.get("scan.results.cancelled")));
        }
        return box;
    }

    private VBox candidate(ScanViewModel.SiteResult site, Match match, String key) {
        Candidate who = match.candidate();
        List<String> about = new ArrayList<>();
        about.add(who.name());
        if (who.age() != null) {
            about.add(messages.get("scan.results.age", who.age()));
        }
        Label person = new Label(String.join(" · ", about));
        person.setWrapText(true);
        Label strength = new Label(messages.get(match.strength().messageKey()));
        strength.getStyleClass().add(match.strength() == Match.Strength.STRONG ? Styles.SUCCESS
                : match.strength() == Match.Strength.POSSIBLE ? Styles.ACCENT : Styles.TEXT_MUTED);
        strength.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox top = new HBox(8, person, gap, strength);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox reasons = new VBox(2);
        for (Match.Reason reason : match.reasons()) {
            Label line = new Label(messages.get(reason.messageKey(), reason.detail()),
                    new FontIcon(reason.against() ? Feather.MINUS : Feather.CHECK));
            line.setWrapText(true);
            line.getStyleClass().add(reason.against() ? Styles.TEXT_MUTED : "reason-for");
            reasons.getChildren().add(line);
        }
        Button me = new Button(messages.get("scan.results.me"));
        me.setId("scan-me-" + key);
        me.getStyleClass().add(Styles.ACCENT);
        me.setOnAction(e -> viewModel.confirm(site, match));
        Button notMe = new Button(messages.get("scan.results.notMe"));
        notMe.setId("scan-not-me-" + key);
        notMe.setOnAction(e -> viewModel.dismiss(site, match));
        me.setAccessibleText(messages.get("scan.results.me") + ": " + who.name());
        notMe.setAccessibleText(messages.get("scan.results.notMe") + ": " + who.name());
        FlowPane actions = new FlowPane(8, 8, me, notMe);
        if (who.listingUrl() != null) {
            Button open = new Button(messages.get("scan.results.open"), new FontIcon(Feather.EXTERNAL_LINK));
            open.getStyleClass().add(Styles.FLAT);
            open.setOnAction(e -> browser.accept(who.listingUrl()));
            actions.getChildren().add(open);
        }
        VBox box = new VBox(4, top, reasons, actions);
        box.getStyleClass().add("scan-candidate");
        if (!who.places().isEmpty()) {
            box.getChildren().add(1, Paragraphs.muted(String.join("; ", who.places())));
        }
        return box;
    }

}
