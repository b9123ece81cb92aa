package org.unlisted.catalog;

import java.util.Map;
import java.util.TreeMap;

/** Counts over the catalog, as {@code catalog stats} prints them. */
public record CatalogStats(int total, Map<String, Integer> byCategory, Map<String, Integer> byMethod,
                           Map<String, Integer> byTier, int groups, int coveredSites, int leftOut) {

    public static CatalogStats of(Catalog catalog) {
        Map<String, Integer> categories = new TreeMap<>();
        Map<String, Integer> methods = new TreeMap<>();
        Map<String, Integer> tiers = new TreeMap<>();
        int groups = 0;
        int covered = 0;
        for (Broker broker : catalog.brokers()) {
            categories.merge(broker.category().code(), 1, Integer::sum);
            methods.merge(broker.optOut().method().code(), 1, Integer::sum);
            tiers.merge(broker.tier().code(), 1, Integer::sum);
            if (!broker.coveredIds().isEmpty()) {
                groups++;
                covered += broker.coveredIds().size();
            }
        }
        return new CatalogStats(catalog.size(), categories, methods, tiers, groups, covered, catalog.issues().size());
    }
}
