package org.unlisted.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.TestClock;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/** California's DROP: registered brokers are covered, people-search sites stay in the plan. */
class DropTest {
    @TempDir
    Path temp;

    @Test
    void aDropRequestCoversRegisteredBrokersButNotPeopleSearchSites() throws Exception {
        Catalog catalog = new CatalogLoader(LocalDate.of(2026, 11, 30)).bundled();
        TestClock clock = new TestClock(Instant.parse("2026-11-30T10:00:00Z"));
        try (Passphrase passphrase = Passphrase.wrap("amber kettle saddle frost".toCharArray());
             Vault vault = Vault.create(temp.resolve("v.db"), passphrase)) {
            Profile ana = new People(vault::connection, clock).add(Profile.draft("Ana Ruiz", "CA"));
            Drop drop = new Drop(vault::connection);
            assertThat(drop.of(ana.id())).isEmpty();
            drop.record(new Drop.Request(ana.id(), LocalDate.of(2026, 3, 2), " DROP-1234 "));
            drop.record(new Drop.Request(ana.id(), LocalDate.of(2026, 9, 1), "DROP-5678"));
            Drop.Request request = drop.of(ana.id()).orElseThrow();
            assertThat(request.confirmation()).isEqualTo("DROP-5678");
            assertThat(request.expectedBy()).isEqualTo(LocalDate.of(2026, 11, 30));
            assertThat(new Drop.Request(1, LocalDate.of(2026, 2, 1), "x").expectedBy())
                    .as("brokers process from 2026-08-01").isEqualTo(LocalDate.of(2026, 10, 30));

            Plan waiting = Plan.of(catalog, Map.of(), Optional.of(request), LocalDate.of(2026, 11, 30));
            assertThat(waiting.item("33across").orElseThrow().next()).isEqualTo(NextAction.DROP);
            assertThat(waiting.item("33across").orElseThrow().isDone()).isFalse();
            assertThat(waiting.item("spokeo").orElseThrow().next()).isEqualTo(NextAction.SEARCH);
            Plan later = Plan.of(catalog, Map.of(), Optional.of(request), LocalDate.of(2026, 12, 1));
            assertThat(later.item("33across").orElseThrow().isDone()).isTrue();
            assertThat(Plan.of(catalog, Map.of(), LocalDate.of(2026, 12, 1)).item("33across").orElseThrow().next())
                    .as("without a DROP request").isNotEqualTo(NextAction.DROP);

            new People(vault::connection, clock).delete(ana.id());
            assertThat(drop.of(ana.id())).as("goes with the person").isEmpty();
        }
    }
}
