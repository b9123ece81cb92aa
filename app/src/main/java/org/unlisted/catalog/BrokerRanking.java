package org.unlisted.catalog;

import java.util.Comparator;
import java.util.Locale;

/**
 * The order a plan works through brokers, so the first hours do the most good: operators whose one
 * opt-out covers many sites first (more sites, earlier), then crucial, high, normal; within a level,
 * sites that show relatives and addresses (what skip tracers use) before the rest; then by name.
 */
public final class BrokerRanking {
    private BrokerRanking() {
    }

    public static final Comparator<Broker> ORDER = Comparator.<Broker>comparingInt(b -> -b.coveredIds().size())
            .thenComparing(Broker::priority)
            .thenComparingInt(broker -> -exposure(broker))
            .thenComparing(broker -> broker.name().toLowerCase(Locale.ROOT))
            .thenComparing(Broker::id);

    /** 2 when a listing shows relatives and addresses, 1 for one of them, 0 for neither or unknown. */
    static int exposure(Broker broker) {
        return (Boolean.TRUE.equals(broker.showsRelatives()) ? 1 : 0) + (Boolean.TRUE.equals(broker.showsAddress()) ? 1 : 0);
    }
}
