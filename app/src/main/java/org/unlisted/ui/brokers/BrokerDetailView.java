package org.unlisted.ui.brokers;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.core.Messages;
import org.unlisted.ui.Styles;

/**
 * One broker in plain words: what it shows, how to get out, what it will ask for, how long it
 * takes, what to watch for, and where the facts come from.
 */
final class BrokerDetailView extends VBox {
    private final Messages messages;

    BrokerDetailView(Broker broker, Catalog catalog, Messages messages) {
        super(14);
        this.messages = messages;
        setId("broker-detail");
        getStyleClass().add("broker-detail");

        Label name = new Label(broker.name());
        name.getStyleClass().add(Styles.TITLE_3);
        name.setWrapText(true);
        Label kind = muted(String.join(" · ", broker.domains()) + "  ·  "
                + messages.get("catalog.category." + broker.category().code()));
        getChildren().addAll(new VBox(2, name, kind));

        Label priority = new Label(messages.get("catalog.priority." + broker.priority().code())
                + (broker.priorityWhy() == null ? "" : ": " + broker.priorityWhy()));
        priority.setWrapText(true);
        getChildren().add(priority);

        section("brokers.detail.shows", shows(broker));
        getChildren().add(heading("brokers.detail.howToGetOut"));
        getChildren().addAll(howToGetOut(broker, catalog));
        section("brokers.detail.asks", asks(broker));
        section("brokers.detail.howLong", howLong(broker));
        section("brokers.detail.watch", List.of(broker.notes()));
        section("brokers.detail.sources", sources(broker));
    }

    private List<String> shows(Broker broker) {
        List<String> lines = new ArrayList<>();
        lines.add(fact(broker.showsAddress(), "brokers.shows.address.yes", "brokers.shows.address.no",
                "brokers.shows.address.unknown"));
        lines.add(fact(broker.showsRelatives(), "brokers.shows.relatives.yes", "brokers.shows.relatives.no",
                "brokers.shows.relatives.unknown"));
        return lines;
    }

    private String fact(Boolean known, String yes, String no, String unknown) {
        return messages.get(known == null ? unknown : known ? yes : no);
    }

    private List<javafx.scene.Node> howToGetOut(Broker broker, Catalog catalog) {
        List<javafx.scene.Node> nodes = new ArrayList<>();
        Broker.OptOut optOut = broker.optOut();
        nodes.add(text(messages.get("catalog.method." + optOut.method().code() + ".explain")));
        if (optOut.method() == Broker.Method.VIA_GROUP) {
            catalog.group(broker).ifPresent(group -> nodes.add(text(messages.get("brokers.detail.viaGroup",
                    group.name()))));
        }
        addCopyable(nodes, "brokers.detail.page", optOut.url());
        addCopyable(nodes, "brokers.detail.email", optOut.email());
        addCopyable(nodes, "brokers.detail.phone", optOut.phone());
        addCopyable(nodes, "brokers.detail.post", optOut.postalAddress());
        List<Broker> covered = catalog.covered(broker);
        if (!covered.isEmpty()) {
            nodes.add(text(messages.get("brokers.detail.covers", covered.size(),
                    covered.stream().map(Broker::name).collect(Collectors.joining(", ")))));
        }
        if (broker.search() != null && !broker.allowsSearch()) {
            nodes.add(text(messages.get("brokers.detail.noFreeSearch")));
        }
        if (broker.legal().registries() != null && Boolean.TRUE.equals(broker.legal().registries().ca())) {
            nodes.add(text(messages.get("brokers.detail.registeredCa")));
        }
        return nodes;
    }

    private void addCopyable(List<javafx.scene.Node> nodes, String labelKey, String value) {
        if (value == null) {
            return;
        }
        Label label = muted(messages.get(labelKey));
        // Selectable text, so it can be copied; long values (a postal address) wrap instead of hiding.
        TextArea field = new TextArea(value);
        field.setEditable(false);
        field.setWrapText(true);
        field.setPrefRowCount(value.length() > 60 ? 2 : 1);
        field.getStyleClass().add("copyable");
        label.setLabelFor(field);
        nodes.add(new VBox(2, label, field));
    }

    private List<String> asks(Broker broker) {
        Broker.OptOut optOut = broker.optOut();
        List<String> lines = new ArrayList<>();
        if (optOut.inputs() != null && !optOut.inputs().isEmpty()) {
            lines.add(messages.get("brokers.asks.fields", optOut.inputs().stream()
                    .map(field -> messages.get("catalog.input." + field.code()))
                    .collect(Collectors.joining(", "))));
        }
        Broker.Requires requires = optOut.requirements();
        addIf(lines, requires.emailVerification(), "brokers.asks.emailVerification");
        addIf(lines, requires.phoneVerification(), "brokers.asks.phoneVerification");
        addIf(lines, requires.captcha(), "brokers.asks.captcha");
        addIf(lines, requires.account(), "brokers.asks.account");
        addIf(lines, requires.govId(), "brokers.asks.govId");
        addIf(lines, requires.payment(), "brokers.asks.payment");
        if (lines.isEmpty()) {
            lines.add(messages.get("brokers.asks.unknown"));
        }
        return lines;
    }

    private void addIf(List<String> lines, Boolean needed, String key) {
        if (Boolean.TRUE.equals(needed)) {
            lines.add(messages.get(key));
        }
    }

    private List<String> howLong(Broker broker) {
        Broker.OptOut optOut = broker.optOut();
        List<String> lines = new ArrayList<>();
        lines.add(optOut.estimatedDays() == null ? messages.get("brokers.howLong.unknown")
                : messages.get("brokers.howLong.days", optOut.estimatedDays()));
        if (optOut.removalKind() != null) {
            lines.add(messages.get("catalog.removal." + optOut.removalKind().code()));
        }
        if (optOut.lastsDays() != null) {
            lines.add(messages.get("brokers.howLong.lasts", optOut.lastsDays()));
        }
        if (optOut.recheckDays() != null) {
            lines.add(messages.get("brokers.howLong.recheck", optOut.recheckDays()));
        }
        if (optOut.relistRisk() != null) {
            lines.add(messages.get("catalog.relist." + optOut.relistRisk().code()));
        }
        return lines;
    }

    private List<String> sources(Broker broker) {
        List<String> lines = new ArrayList<>();
        broker.sources().forEach(source -> lines.add(source.url() + " (" + source.supports() + ")"));
        lines.add(messages.get("brokers.detail.checked", broker.lastVerified().format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()))));
        return lines;
    }

    private void section(String titleKey, List<String> lines) {
        VBox box = new VBox(4, heading(titleKey));
        lines.forEach(line -> box.getChildren().add(text(line)));
        getChildren().add(box);
    }

    private Label heading(String key) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add("section-heading");
        return heading;
    }

    private static Label text(String line) {
        Label label = new Label(line);
        label.setWrapText(true);
        return label;
    }

    private static Label muted(String line) {
        Label label = text(line);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
