package org.unlisted.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules between definitions: one id and one domain per broker, groups and {@code covers} that
 * resolve, agree both ways and never loop.
 */
final class CatalogCheck {
    private CatalogCheck() {
    }

    /** A broker and the file it came from. */
    record Entry(String file, Broker broker) {
    }

    static List<CatalogIssue> check(List<Entry> entries) {
        List<CatalogIssue> issues = new ArrayList<>();
        Map<String, Entry> byId = new HashMap<>();
        Map<String, String> domainOwner = new HashMap<>();
        for (Entry entry : entries) {
            Broker broker = entry.broker();
            Entry earlier = byId.putIfAbsent(broker.id(), entry);
            if (earlier != null) {
                issues.add(new CatalogIssue(entry.file(), "id", "also used by " + earlier.file()));
            }
            for (String domain : broker.domains()) {
                String owner = domainOwner.putIfAbsent(domain, entry.file());
                if (owner != null && !owner.equals(entry.file())) {
                    issues.add(new CatalogIssue(entry.file(), "domains", domain + " is also listed in " + owner));
                }
            }
        }
        for (Entry entry : entries) {
            checkGroup(entry, byId, issues);
        }
        return issues;
    }

    private static void checkGroup(Entry entry, Map<String, Entry> byId, List<CatalogIssue> issues) {
        Broker broker = entry.broker();
        if (broker.group() != null) {
            Entry group = byId.get(broker.group());
            if (group == null) {
                issues.add(new CatalogIssue(entry.file(), "group", "no broker has the id " + broker.group()));
            } else if (!group.broker().coveredIds().contains(broker.id())) {
                issues.add(new CatalogIssue(entry.file(), "group", broker.group() + " does not list "
                        + broker.id() + " in its covers"));
            } else if (loops(broker, byId)) {
                issues.add(new CatalogIssue(entry.file(), "group", "the chain of groups comes back to "
                        + broker.id()));
            }
        }
        for (String covered : broker.coveredIds()) {
            Entry sister = byId.get(covered);
            if (sister == null) {
                issues.add(new CatalogIssue(entry.file(), "covers", "no broker has the id " + covered));
            } else if (!broker.id().equals(sister.broker().group())) {
                issues.add(new CatalogIssue(entry.file(), "covers", covered + " must name " + broker.id()
                        + " as its group"));
            }
        }
    }

    private static boolean loops(Broker start, Map<String, Entry> byId) {
        Set<String> seen = new HashSet<>();
        Broker current = start;
        while (current != null && current.group() != null) {
            if (!seen.add(current.id())) {
                return true;
            }
            Entry next = byId.get(current.group());
            current = next == null ? null : next.broker();
        }
        return false;
    }
}
