package org.unlisted.vault;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Locks the vault when the person has been away longer than the idle limit. */
public final class AutoLock {
    public static final Duration DEFAULT_IDLE_LIMIT = Duration.ofMinutes(10);

    private final Clock clock;
    private final Runnable onLock;
    private Duration idleLimit;
    private Instant lastActivity;

    public AutoLock(Clock clock, Duration idleLimit, Runnable onLock) {
        this.clock = clock;
        this.idleLimit = idleLimit;
        this.onLock = onLock;
        this.lastActivity = clock.instant();
    }

    /** The person did something: start counting again. */
    public void activity() {
        lastActivity = clock.instant();
    }

    public void setIdleLimit(Duration limit) {
        idleLimit = limit;
    }

    /** Locks if the idle limit has passed; returns whether it locked. */
    public boolean lockIfIdle() {
        if (Duration.between(lastActivity, clock.instant()).compareTo(idleLimit) >= 0) {
            onLock.run();
            return true;
        }
        return false;
    }
}
