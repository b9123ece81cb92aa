package org.unlisted.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.TestClock;
import org.unlisted.cases.Cases.Step;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.core.UnlistedException;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/**
 * Any sequence of actions, allowed or not, keeps a case's history ordered and append-only, and the
 * case's current state always equals what its last event says. (Plain seeded randomness: a failure
 * prints its seed, and the same seed replays it.)
 */
class CaseHistoryPropertyTest {
    @TempDir
    Path temp;

    @RepeatedTest(6)
    void anySequenceOfActionsKeepsHistoryOrderedAppendOnlyAndConsistent(RepetitionInfo repetition) throws Exception {
        long seed = 7919L * repetition.getCurrentRepetition() + System.nanoTime() % 1000;
        Random random = new Random(seed);
        TestClock clock = new TestClock(Instant.parse("2026-06-01T09:00:00Z"));
        Catalog catalog = new CatalogLoader(LocalDate.now()).bundled();
        Broker broker = catalog.find("spokeo").orElseThrow();
        try (Passphrase passphrase = Passphrase.wrap("amber kettle saddle frost".toCharArray());
             Vault vault = Vault.create(temp.resolve("v" + repetition.getCurrentRepetition() + ".db"), passphrase)) {
            Profile person = new People(vault::connection, clock).add(Profile.draft("Ada Example", "CA"));
            Cases cases = new Cases(vault::connection, catalog, clock);
            List<CaseEvent> seen = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                CaseState target = CaseState.values()[random.nextInt(CaseState.values().length)];
                Optional<OptOutCase> before = cases.find(person.id(), broker.id());
                List<CaseEvent> historyBefore = before.isEmpty() ? List.of() : cases.history(before.get().id());
                boolean wrote;
                try {
                    switch (random.nextInt(6)) {
                        case 0 -> cases.correct(person, broker, Step.to(target).withNote(random.nextBoolean() ? "x" : ""));
                        case 1 -> cases.note(person, broker, Step.to(target).withNote("n" + i));
                        case 2 -> cases.extend(person, broker, Step.to(target));
                        case 3 -> {
                            clock.advance(Duration.ofDays(random.nextInt(60)));
                            cases.markOverdue();
                        }
                        default -> cases.mark(person, broker, Step.to(target)
                                .withUrls(random.nextInt(5) == 0 ? List.of("https://elsewhere.example/p") : List.of()));
                    }
                    wrote = true;
                } catch (UnlistedException refused) {
                    wrote = false;
                    // A refused action changes nothing at all.
                    assertThat(cases.find(person.id(), broker.id())).as("seed %d", seed).isEqualTo(before);
                    assertThat(before.isEmpty() ? List.of() : cases.history(before.get().id()))
                            .as("seed %d", seed).isEqualTo(historyBefore);
                }
                clock.advance(Duration.ofMinutes(1 + random.nextInt(600)));
                Optional<OptOutCase> after = cases.find(person.id(), broker.id());
                if (after.isEmpty()) {
                    assertThat(wrote && !seen.isEmpty()).as("seed %d", seed).isFalse();
                    continue;
                }
                List<CaseEvent> history = cases.history(after.get().id());
                assertThat(history.subList(0, Math.min(seen.size(), history.size())))
                        .as("earlier events never change (seed %d)", seed).isEqualTo(seen);
                assertThat(history.size()).as("seed %d", seed).isGreaterThanOrEqualTo(seen.size());
                for (int e = 1; e < history.size(); e++) {
                    assertThat(history.get(e).id()).isGreaterThan(history.get(e - 1).id());
                    assertThat(history.get(e).at()).as("seed %d", seed).isAfterOrEqualTo(history.get(e - 1).at());
                    assertThat(history.get(e).round()).as("seed %d", seed)
                            .isGreaterThanOrEqualTo(history.get(e - 1).round());
                }
                CaseEvent last = history.get(history.size() - 1);
                assertThat(after.get().state()).as("seed %d", seed).isEqualTo(last.state());
                assertThat(after.get().round()).as("seed %d", seed).isEqualTo(last.round());
                Overview overview = new Overview(vault::connection, clock);
                assertThat(overview.countsByState(null))
                        .as("the counts the vault keeps follow every move (seed %d)", seed)
                        .isEqualTo(java.util.Map.of(after.get().state(), 1));
                // With one person, everyone's figures (kept by triggers) must equal that person's (counted).
                assertThat(overview.rechecksDueCount(null, 400)).as("re-checks kept (seed %d)", seed)
                        .isEqualTo(overview.rechecksDueCount(person.id(), 400));
                assertThat(overview.removalsByMonth(null, 24)).as("removals kept (seed %d)", seed)
                        .isEqualTo(overview.removalsByMonth(person.id(), 24));
                assertThat(overview.overdueCount(null)).as("late (seed %d)", seed)
                        .isEqualTo(overview.overdueCount(person.id()));
                seen = history;
            }
        }
    }

    @Test
    void everyStateHasAWayOnAndNoneLeadsBackToNotStartedExceptByCorrection() {
        for (CaseState state : CaseState.values()) {
            assertThat(state.next()).as(state.name()).isNotEmpty().doesNotContain(CaseState.NOT_STARTED);
        }
        assertThat(CaseState.REMOVED.canMoveTo(CaseState.RELISTED)).isTrue();
        assertThat(CaseState.NOT_STARTED.canMoveTo(CaseState.REMOVED)).isFalse();
        assertThat(CaseState.SUBMITTED.canMoveTo(CaseState.OVERDUE)).isTrue();
        assertThat(CaseState.FOUND.canMoveTo(CaseState.NOT_FOUND)).as("that page was not me").isTrue();
        assertThat(CaseState.NOT_FOUND.canMoveTo(CaseState.SUBMITTED)).isFalse();
    }
}
