package org.unlisted.people;

import java.time.LocalDate;
import java.util.List;

/**
 * A client's permission for an advocate to act for them: when it was given, for which brokers
 * ({@code all}, or a list of broker ids), how it was obtained, and until when.
 */
public record Consent(long id, long profileId, LocalDate given, List<String> brokerIds, String obtained,
                      LocalDate expires, String advocate) {

    public Consent {
        brokerIds = brokerIds == null ? List.of() : List.copyOf(brokerIds);
    }

    /** The same consent, filed under another profile (a copy in a case file, or back from one). */
    public Consent forProfile(long otherProfileId) {
        return new Consent(0, otherProfileId, given, brokerIds, obtained, expires, advocate);
    }

    /** No broker list means every broker. */
    public boolean coversAll() {
        return brokerIds.isEmpty();
    }

    /** Whether an advocate may act for the client at {@code brokerId} on {@code day}. */
    public boolean allows(String brokerId, LocalDate day) {
        boolean inTime = !day.isBefore(given) && (expires == null || !day.isAfter(expires));
        return inTime && (coversAll() || brokerIds.contains(brokerId));
    }
}
