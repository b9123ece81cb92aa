package org.unlisted.catalog;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the person is looking for on the Brokers screen or with {@code catalog list}: words in the
 * name or a domain, a category, a method, a group, and opt-outs that avoid an ID, a phone or an
 * account. {@code null} and {@code false} mean "any".
 */
public record BrokerFilter(String text, Broker.Category category, Broker.Method method, String group,
                           boolean withoutId, boolean withoutPhone, boolean withoutAccount)
        implements Predicate<Broker> {

    public static final BrokerFilter ANY = new BrokerFilter(null, null, null, null, false, false, false);

    @Override
    public boolean test(Broker broker) {
        Broker.Requires requires = broker.optOut().requirements();
        return matchesText(broker)
                && (category == null || broker.category() == category)
                && (method == null || broker.optOut().method() == method)
                && (group == null || group.equals(broker.id()) || group.equals(broker.group()))
                && !(withoutId && !Boolean.FALSE.equals(requires.govId()))
                && !(withoutPhone && (!Boolean.FALSE.equals(requires.phoneVerification())
                        || broker.optOut().method() == Broker.Method.PHONE))
                && !(withoutAccount && (!Boolean.FALSE.equals(requires.account())
                        || broker.optOut().method() == Broker.Method.ACCOUNT));
    }

    private boolean matchesText(Broker broker) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return broker.name().toLowerCase(Locale.ROOT).contains(wanted)
                || broker.id().contains(wanted)
                || broker.domains().stream().anyMatch(domain -> domain.contains(wanted));
    }
}
