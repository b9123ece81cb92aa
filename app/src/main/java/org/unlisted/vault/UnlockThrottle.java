package org.unlisted.vault;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Slows down guessing: after each wrong passphrase the next attempt waits longer (1, 2, 4, 8,
 * 16, then 30 seconds). A person who mistypes once barely notices.
 */
public final class UnlockThrottle {
    private static final Duration FIRST = Duration.ofSeconds(1);
    private static final Duration LONGEST = Duration.ofSeconds(30);

    private final Clock clock;
    private int failures;
    private Instant lastFailure = Instant.MIN;

    public UnlockThrottle(Clock clock) {
        this.clock = clock;
    }

    public void recordFailure() {
        failures++;
        lastFailure = clock.instant();
    }

    public void recordSuccess() {
        failures = 0;
    }

    public int failures() {
        return failures;
    }

    /** How long to wait before the next attempt may be checked. */
    public Duration delayBeforeNextAttempt() {
        if (failures == 0) {
            return Duration.ZERO;
        }
        Duration penalty = FIRST.multipliedBy(1L << Math.min(failures - 1, 5));
        if (penalty.compareTo(LONGEST) > 0) {
            penalty = LONGEST;
        }
        Duration remaining = Duration.between(clock.instant(), lastFailure.plus(penalty));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }
}
