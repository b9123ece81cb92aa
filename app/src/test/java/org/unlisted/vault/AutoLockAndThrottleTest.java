package org.unlisted.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.unlisted.TestClock;

class AutoLockAndThrottleTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T09:00:00Z"));

    @Test
    void autoLockFiresAfterTheIdleTimeAndNotBefore() {
        AtomicInteger locks = new AtomicInteger();
        AutoLock autoLock = new AutoLock(clock, AutoLock.DEFAULT_IDLE_LIMIT, locks::incrementAndGet);
        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(autoLock.lockIfIdle()).isFalse();
        autoLock.activity();
        clock.advance(Duration.ofMinutes(9));
        assertThat(autoLock.lockIfIdle()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(autoLock.lockIfIdle()).isTrue();
        assertThat(locks).hasValue(1);
    }

    @Test
    void aShorterIdleLimitTakesEffectAtOnce() {
        AtomicInteger locks = new AtomicInteger();
        AutoLock autoLock = new AutoLock(clock, Duration.ofMinutes(10), locks::incrementAndGet);
        clock.advance(Duration.ofMinutes(3));
        autoLock.setIdleLimit(Duration.ofMinutes(2));
        assertThat(autoLock.lockIfIdle()).isTrue();
    }

    @Test
    void throttleWaitsLongerAfterEachFailureAndForgetsAfterSuccess() {
        UnlockThrottle throttle = new UnlockThrottle(clock);
        assertThat(throttle.delayBeforeNextAttempt()).isZero();
        throttle.recordFailure();
        assertThat(throttle.delayBeforeNextAttempt()).isEqualTo(Duration.ofSeconds(1));
        throttle.recordFailure();
        throttle.recordFailure();
        assertThat(throttle.delayBeforeNextAttempt()).isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure();
        }
        assertThat(throttle.delayBeforeNextAttempt()).isEqualTo(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(20));
        assertThat(throttle.delayBeforeNextAttempt()).isEqualTo(Duration.ofSeconds(10));
        throttle.recordSuccess();
        assertThat(throttle.delayBeforeNextAttempt()).isZero();
    }

    @Test
    void strengthFavoursLongPhrasesOfSeveralWords() {
        assertThat(PassphraseStrength.rate("short".toCharArray()).level()).isEqualTo(PassphraseStrength.Level.TOO_SHORT);
        assertThat(PassphraseStrength.rate("aaaaaaaaaaaa".toCharArray()).level()).isEqualTo(PassphraseStrength.Level.WEAK);
        assertThat(PassphraseStrength.rate("Tr0ub4dor".toCharArray()).level()).isEqualTo(PassphraseStrength.Level.WEAK);
        assertThat(PassphraseStrength.rate("sunflower77x".toCharArray()).level()).isEqualTo(PassphraseStrength.Level.FAIR);
        assertThat(PassphraseStrength.rate("maple tiger orbit".toCharArray()).level()).isEqualTo(PassphraseStrength.Level.STRONG);
        assertThat(PassphraseStrength.rate("maple tiger orbit lantern".toCharArray()).level())
                .isEqualTo(PassphraseStrength.Level.VERY_STRONG);
        assertThat(PassphraseStrength.rate("maple tiger orbit lantern".toCharArray()).adviceKey()).startsWith("vault.advice.");
    }
}
