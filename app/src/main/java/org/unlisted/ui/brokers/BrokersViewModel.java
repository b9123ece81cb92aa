package org.unlisted.ui.brokers;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.BrokerFilter;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogIssue;
import org.unlisted.catalog.CatalogSupply;
import org.unlisted.catalog.DefinitionReader;
import org.unlisted.catalog.OwnBrokers;
import org.unlisted.core.Messages;
import org.unlisted.core.UnlistedException;
import org.unlisted.ui.task.TaskRunner;
import org.unlisted.ui.task.Work;

/**
 * The Brokers screen: the whole catalog plus the sites the person added, narrowed by what they type
 * and choose, one broker selected for the detail pane, and a warning when files were left out.
 */
public final class BrokersViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(BrokersViewModel.class);

    private final CatalogSupply supply;
    private final OwnBrokers own;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;

    private final ObservableList<Broker> all = FXCollections.observableArrayList();
    private final FilteredList<Broker> shown = new FilteredList<>(all, broker -> true);
    private final ObservableList<Broker> groups = FXCollections.observableArrayList();
    private final ObservableList<String> leftOut = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Broker.Category> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Broker.Method> method = new SimpleObjectProperty<>();
    private final ObjectProperty<Broker> group = new SimpleObjectProperty<>();
    private final BooleanProperty withoutId = new SimpleBooleanProperty();
    private final BooleanProperty withoutPhone = new SimpleBooleanProperty();
    private final BooleanProperty withoutAccount = new SimpleBooleanProperty();
    private final ObjectProperty<Broker> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>();

    public BrokersViewModel(CatalogSupply supply, Supplier<Connection> vault, TaskRunner tasks, Messages messages,
                            Clock clock) {
        this.supply = supply;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.own = new OwnBrokers(vault, new DefinitionReader(LocalDate.now(clock)));
        search.addListener((o, old, now) -> refilter());
        category.addListener((o, old, now) -> refilter());
        method.addListener((o, old, now) -> refilter());
        group.addListener((o, old, now) -> refilter());
        withoutId.addListener((o, old, now) -> refilter());
        withoutPhone.addListener((o, old, now) -> refilter());
        withoutAccount.addListener((o, old, now) -> refilter());
        shown.addListener((javafx.collections.ListChangeListener<Broker>) change -> updateCount());
    }

    /** Reads the catalog (waiting for the start-up load if needed) and the person's own brokers. */
    public void load() {
        Work.start(tasks, busy, () -> supply.await().with(own.list()), this::show, failure -> {
            LOG.warn("The broker catalog could not be shown", failure);
            problem.set(failure instanceof UnlistedException known ? known.describe(messages)
                    : messages.get("catalog.error.missing"));
        });
    }

    private void show(Catalog loaded) {
        catalog.set(loaded);
        all.setAll(loaded.brokers());
        groups.setAll(loaded.brokers().stream().filter(broker -> !broker.coveredIds().isEmpty()).toList());
        leftOut.setAll(loaded.issues().stream().map(CatalogIssue::toString).toList());
        updateCount();
        if (selected.get() == null && !shown.isEmpty()) {
            selected.set(shown.get(0));
        }
    }

    /** Saves a site the person found; returns the problem in plain words, or {@code null} when added. */
    public String addOwn(OwnBrokers.Form form) {
        Catalog current = catalog.get();
        if (current == null) {
            return messages.get("catalog.error.missing");
        }
        try {
            Broker added = own.add(form, current, LocalDate.now(clock));
            show(current.with(List.of(added)));
            clearFilters();
            selected.set(added);
            return null;
        } catch (UnlistedException e) {
            return e.describe(messages);
        }
    }

    public void clearFilters() {
        search.set("");
        category.set(null);
        method.set(null);
        group.set(null);
        withoutId.set(false);
        withoutPhone.set(false);
        withoutAccount.set(false);
    }

    private void refilter() {
        Broker operator = group.get();
        BrokerFilter filter = new BrokerFilter(search.get(), category.get(), method.get(),
                operator == null ? null : operator.id(), withoutId.get(), withoutPhone.get(), withoutAccount.get());
        shown.setPredicate(filter::test);
    }

    private void updateCount() {
        count.set(messages.get("brokers.count", shown.size(), all.size()));
    }

    public ObservableList<Broker> shown() {
        return shown;
    }

    public ObservableList<Broker> groups() {
        return groups;
    }

    /** One line per definition file that was left out: {@code file: field: reason}. */
    public ObservableList<String> leftOut() {
        return leftOut;
    }

    public ReadOnlyObjectProperty<Catalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Broker.Category> categoryProperty() {
        return category;
    }

    public ObjectProperty<Broker.Method> methodProperty() {
        return method;
    }

    public ObjectProperty<Broker> groupProperty() {
        return group;
    }

    public BooleanProperty withoutIdProperty() {
        return withoutId;
    }

    public BooleanProperty withoutPhoneProperty() {
        return withoutPhone;
    }

    public BooleanProperty withoutAccountProperty() {
        return withoutAccount;
    }

    public ObjectProperty<Broker> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Why the catalog could not be shown at all (empty when it could). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
