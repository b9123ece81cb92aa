package org.unlisted.ui.network;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unlisted.core.Messages;
import org.unlisted.core.UnlistedException;
import org.unlisted.net.NetSettings;
import org.unlisted.net.NetworkActivity;
import org.unlisted.net.NetworkSession;
import org.unlisted.net.ProxyChoice;

/** How the app goes online (proxy, User-Agent), and every host it contacted since it started. */
public final class NetworkViewModel {
    /** One line of the activity list, in the person's words. */
    public record Row(String time, String host, String purpose, String outcome) {
    }

    private final NetworkSession session;
    private final Messages messages;
    private final ObjectProperty<ProxyChoice.Kind> proxyKind = new SimpleObjectProperty<>();
    private final StringProperty proxyHost = new SimpleStringProperty("");
    private final StringProperty proxyPort = new SimpleStringProperty("");
    private final StringProperty userAgent = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final DateTimeFormatter time;
    private final Runnable stopListening;

    public NetworkViewModel(NetworkSession session, Messages messages, ZoneId zone) {
        this.session = session;
        this.messages = messages;
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(messages.locale()).withZone(zone);
        NetSettings settings = session.settings();
        proxyKind.set(settings.proxy().kind());
        proxyHost.set(settings.proxy().host());
        proxyPort.set(settings.proxy().port() == 0 ? "" : Integer.toString(settings.proxy().port()));
        userAgent.set(settings.userAgent());
        session.activity().contacts().forEach(contact -> rows.add(0, row(contact)));
        // Requests finish on background threads; the list is the screen's, so it changes on the FX thread.
        stopListening = session.activity().onContact(contact -> Platform.runLater(() -> rows.add(0, row(contact))));
    }

    /** The screen closed: stop following the activity. */
    public void close() {
        stopListening.run();
    }

    private Row row(NetworkActivity.Contact contact) {
        String outcome = contact.outcome().matches("\\d+")
                ? messages.get("network.outcome.status", contact.outcome())
                : contact.outcome();
        return new Row(time.format(contact.when()), contact.host(), messages.get(contact.purpose().messageKey()), outcome);
    }

    /** Checks and saves the settings; a bad value changes nothing and says why. */
    public boolean save() {
        try {
            ProxyChoice proxy = ProxyChoice.of(proxyKind.get(), proxyHost.get(), proxyPort.get());
            session.change(session.settings().withProxy(proxy).withUserAgent(userAgent.get()));
            userAgent.set(session.settings().userAgent());
            problem.set("");
            status.set(messages.get("network.saved"));
            return true;
        } catch (UnlistedException e) {
            status.set("");
            problem.set(e.describe(messages));
            return false;
        }
    }

    /** Fills in Tor's usual address, which people should not have to know. */
    public void useTor() {
        proxyKind.set(ProxyChoice.Kind.SOCKS5);
        proxyHost.set("127.0.0.1");
        proxyPort.set("9050");
    }

    public void clear() {
        session.activity().clear();
        rows.clear();
    }

    public ObjectProperty<ProxyChoice.Kind> proxyKindProperty() {
        return proxyKind;
    }

    public StringProperty proxyHostProperty() {
        return proxyHost;
    }

    public StringProperty proxyPortProperty() {
        return proxyPort;
    }

    public StringProperty userAgentProperty() {
        return userAgent;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObservableList<Row> rows() {
        return rows;
    }
}
