package org.unlisted.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.core.UnlistedException;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

class OwnBrokersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final String PASSPHRASE = "walnut lantern ocean violet";

    @TempDir
    Path temp;

    private Catalog catalog() throws Exception {
        return new CatalogLoader(TODAY).load(new TestCatalog(temp.resolve("catalog")).add("listed").folder());
    }

    private static Passphrase pass() {
        return Passphrase.wrap(PASSPHRASE.toCharArray());
    }

    private static OwnBrokers own(Vault vault) {
        return new OwnBrokers(vault::connection, new DefinitionReader(TODAY));
    }

    private static OwnBrokers.Form form(String site, String page, String email) {
        return new OwnBrokers.Form("Nosy Neighbours", site, Broker.Category.PEOPLE_SEARCH, page, email, null);
    }

    @Test
    void anAddedSiteIsKeptInTheVaultAndJoinsThePlanLikeAnyOther() throws Exception {
        Path file = temp.resolve("vault.db");
        Catalog catalog = catalog();
        try (Passphrase passphrase = pass(); Vault vault = Vault.create(file, passphrase)) {
            Broker added = own(vault).add(form("https://www.Nosy-Neighbours.example/search", null,
                    "privacy@nosy-neighbours.example"), catalog, TODAY);
            assertThat(added.id()).isEqualTo("own-nosy-neighbours-example");
            assertThat(added.tier()).isEqualTo(Broker.Tier.OWN);
            assertThat(added.optOut().method()).isEqualTo(Broker.Method.EMAIL);
        }
        try (Passphrase passphrase = pass(); Vault vault = Vault.open(file, passphrase)) {
            List<Broker> kept = own(vault).list();
            assertThat(kept).singleElement().satisfies(broker -> {
                assertThat(broker.name()).isEqualTo("Nosy Neighbours");
                assertThat(broker.domains()).containsExactly("nosy-neighbours.example");
                assertThat(broker.optOut().email()).isEqualTo("privacy@nosy-neighbours.example");
            });
            Catalog withOwn = catalog.with(kept);
            assertThat(withOwn.forHost("nosy-neighbours.example")).map(Broker::id)
                    .contains("own-nosy-neighbours-example");
            assertThat(withOwn.size()).isEqualTo(catalog.size() + 1);

            own(vault).remove("own-nosy-neighbours-example");
            assertThat(own(vault).list()).isEmpty();
        }
    }

    @Test
    void badOrDuplicateSitesAreRefusedWithAReasonAndNothingIsSaved() throws Exception {
        Catalog catalog = catalog();
        try (Passphrase passphrase = pass(); Vault vault = Vault.create(temp.resolve("vault.db"), passphrase)) {
            OwnBrokers own = own(vault);
            assertProblem(() -> own.add(new OwnBrokers.Form(" ", "x.example", null, "https://x.example/out", null,
                    null), catalog, TODAY), CatalogProblem.OWN_NAME_MISSING);
            assertProblem(() -> own.add(form("not a site", "https://x.example/out", null), catalog, TODAY),
                    CatalogProblem.OWN_BAD_ADDRESS);
            assertProblem(() -> own.add(form("x.example", "http://x.example/out", null), catalog, TODAY),
                    CatalogProblem.OWN_BAD_ADDRESS);
            assertProblem(() -> own.add(form("x.example", null, "not-an-email"), catalog, TODAY),
                    CatalogProblem.OWN_BAD_ADDRESS);
            assertProblem(() -> own.add(form("x.example", "", " "), catalog, TODAY), CatalogProblem.OWN_NO_ROUTE);
            assertProblem(() -> own.add(form("people.listed.example", "https://listed.example/out", null), catalog,
                    TODAY), CatalogProblem.OWN_ALREADY_LISTED);
            assertThat(own.list()).isEmpty();

            own.add(form("x.example", "x.example/opt-out", null), catalog, TODAY);
            assertProblem(() -> own.add(form("x.example", "https://x.example/out", null), catalog, TODAY),
                    CatalogProblem.STORAGE);
            assertThat(own.list()).singleElement().satisfies(
                    broker -> assertThat(broker.optOut().url()).isEqualTo("https://x.example/opt-out"));
        }
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
                                      CatalogProblem expected) {
        assertThatThrownBy(call).isInstanceOfSatisfying(UnlistedException.class,
                e -> assertThat(e.problem()).isEqualTo(expected));
    }
}
