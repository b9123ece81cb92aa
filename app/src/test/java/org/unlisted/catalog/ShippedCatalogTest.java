package org.unlisted.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalog that ships in {@code brokers/definitions}: every file valid, and the coverage it promises. */
class ShippedCatalogTest {
    private static Catalog catalog;

    @BeforeAll
    static void load() throws Exception {
        catalog = new CatalogLoader(LocalDate.now()).bundled();
    }

    @Test
    void everyDefinitionIsValid() {
        assertThat(catalog.issues()).as("definitions left out").isEmpty();
    }

    @Test
    void coverageHolds() {
        CatalogStats stats = CatalogStats.of(catalog);
        assertThat(stats.total()).isGreaterThanOrEqualTo(700);
        assertThat(stats.byTier().get("A")).isGreaterThanOrEqualTo(60);
        assertThat(stats.byTier().get("B")).isGreaterThanOrEqualTo(250);
        assertThat(stats.byTier().get("C")).isPositive();
        assertThat(stats.byTier()).doesNotContainKey("own");
    }

    @Test
    void theMainClustersAreMapped() {
        assertCovers("peopleconnect", "intelius", "truthfinder", "instantcheckmate", "ussearch", "zabasearch",
                "anywho");
        assertCovers("beenverified", "peoplelooker", "peoplesmart", "neighborwho", "ownerly");
        assertCovers("peoplefinders", "privateeye", "publicrecordsnow");
        assertCovers("whitepages", "411-com");
        assertThat(catalog.find("radaris")).isPresent();
    }

    @Test
    void theMainSkipTracingSourcesAreThereWithHonestNotes() {
        for (String id : List.of("lexisnexis", "transunion-tlo", "thomson-reuters-clear", "equifax-work-number",
                "idi")) {
            Broker broker = catalog.find(id).orElseThrow(() -> new AssertionError(id + " missing"));
            assertThat(broker.category()).as(id).isEqualTo(Broker.Category.RISK_IDENTITY);
            assertThat(broker.tier()).as(id).isEqualTo(Broker.Tier.A);
            assertThat(broker.notes().length()).as(id + " notes").isGreaterThan(200);
        }
    }

    @Test
    void tierAIsCompleteAndEveryOptOutIsReachable() {
        for (Broker broker : catalog.brokers()) {
            Broker.OptOut optOut = broker.optOut();
            boolean reachable = optOut.url() != null || optOut.email() != null || optOut.phone() != null
                    || optOut.postalAddress() != null || broker.group() != null
                    || optOut.method() == Broker.Method.DROP_ONLY || optOut.method() == Broker.Method.NONE;
            assertThat(reachable).as(broker.id() + " has a way out").isTrue();
            if (broker.tier() == Broker.Tier.A) {
                assertThat(optOut.inputs()).as(broker.id()).isNotEmpty();
                assertThat(broker.showsRelatives()).as(broker.id()).isNotNull();
            }
        }
    }

    private static void assertCovers(String groupId, String... sisters) {
        Broker group = catalog.find(groupId).orElseThrow(() -> new AssertionError(groupId + " missing"));
        assertThat(group.coveredIds()).as(groupId).isNotEmpty().contains(sisters);
        for (Broker sister : catalog.covered(group)) {
            assertThat(catalog.group(sister)).contains(group);
        }
    }
}
