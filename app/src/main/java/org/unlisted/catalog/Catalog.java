package org.unlisted.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every broker the app knows, in plan order, and the definition files it had to leave out. */
public final class Catalog {
    private final List<Broker> brokers;
    private final Map<String, Broker> byId = new LinkedHashMap<>();
    private final Map<String, Broker> byDomain = new LinkedHashMap<>();
    private final List<CatalogIssue> issues;

    public Catalog(List<Broker> brokers, List<CatalogIssue> issues) {
        List<Broker> ranked = new ArrayList<>(brokers);
        ranked.sort(BrokerRanking.ORDER);
        this.brokers = Collections.unmodifiableList(ranked);
        for (Broker broker : ranked) {
            byId.put(broker.id(), broker);
            broker.domains().forEach(domain -> byDomain.putIfAbsent(domain, broker));
        }
        this.issues = List.copyOf(issues);
    }

    /** Every broker, in the order a plan works through them. */
    public List<Broker> brokers() {
        return brokers;
    }

    /** The definition files that were left out, and why. */
    public List<CatalogIssue> issues() {
        return issues;
    }

    public int size() {
        return brokers.size();
    }

    public Optional<Broker> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The broker a web address belongs to: {@code people.example.com} matches {@code example.com}. */
    public Optional<Broker> forHost(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        while (true) {
            Broker broker = byDomain.get(name);
            if (broker != null) {
                return Optional.of(broker);
            }
            int dot = name.indexOf('.');
            if (dot < 0 || name.indexOf('.', dot + 1) < 0) {
                return Optional.empty();
            }
            name = name.substring(dot + 1);
        }
    }

    /** The sister sites {@code broker}'s one opt-out also removes you from. */
    public List<Broker> covered(Broker broker) {
        return broker.coveredIds().stream().map(byId::get).filter(b -> b != null).toList();
    }

    /** The operator whose opt-out covers {@code broker}, if any. */
    public Optional<Broker> group(Broker broker) {
        return broker.group() == null ? Optional.empty() : find(broker.group());
    }

    /** This catalog plus the brokers the person added. */
    public Catalog with(List<Broker> own) {
        List<Broker> all = new ArrayList<>(brokers);
        all.addAll(own);
        return new Catalog(all, issues);
    }
}
