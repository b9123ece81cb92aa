package org.unlisted.catalog.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.catalog.CatalogSupply;
import org.unlisted.catalog.TestCatalog;

/** At start-up an installed update is checked again; a damaged one never stops the app. */
class InstalledUpdateStartUpTest {
    @TempDir
    Path temp;
    private KeyPair key;
    private Path builtIn;
    private Path file;

    @BeforeEach
    void setUp() throws Exception {
        key = BundleTest.keyPair();
        builtIn = new TestCatalog(temp.resolve("built-in")).add("alpha").folder();
        Path update = new TestCatalog(temp.resolve("update")).add("alpha").add("beta").folder();
        file = temp.resolve(InstalledUpdate.FILE_NAME);
        installed(builtIn).install(CatalogBundle.build(update, key.getPrivate(), BundleTest.LATER, BundleTest.TODAY)
                .bytes());
    }

    private InstalledUpdate installed(Path ownCatalog) {
        return new InstalledUpdate(file, BundleVerifier.trusting(List.of(key.getPublic()), BundleTest.TODAY),
                () -> new CatalogLoader(BundleTest.TODAY).load(ownCatalog));
    }

    @Test
    void aValidNewerUpdateIsUsed() throws Exception {
        Catalog catalog = CatalogSupply.startLoading(installed(builtIn)::current).await();

        assertThat(catalog.brokers()).extracting(Broker::id).containsExactlyInAnyOrder("alpha", "beta");
        assertThat(catalog.issues()).isEmpty();
    }

    @Test
    void aDamagedUpdateFallsBackToTheCatalogInsideTheAppAndSaysSo() throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);

        Catalog catalog = CatalogSupply.startLoading(installed(builtIn)::current).await();

        assertThat(catalog.brokers()).extracting(Broker::id).containsExactly("alpha");
        assertThat(catalog.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.file()).isEqualTo(InstalledUpdate.FILE_NAME);
            assertThat(issue.reason()).contains("BUNDLE-").contains("catalog inside the app");
        });
    }

    @Test
    void anEmptiedOrForeignFileFallsBackToo() throws Exception {
        Files.write(file, new byte[0]);
        assertThat(installed(builtIn).current().issues()).singleElement()
                .satisfies(issue -> assertThat(issue.reason()).contains(BundleProblem.NOT_A_BUNDLE.code()));

        Files.writeString(file, "PK not really");
        assertThat(installed(builtIn).current().brokers()).extracting(Broker::id).containsExactly("alpha");
    }

    @Test
    void anAppUpgradeWithANewerCatalogWinsOverAnOlderUpdate() throws Exception {
        Path newer = new TestCatalog(temp.resolve("newer")).add("alpha", b -> b.put("lastVerified", "2026-11-25"))
                .add("gamma").folder();

        Catalog catalog = installed(newer).current();

        assertThat(catalog.brokers()).extracting(Broker::id).containsExactlyInAnyOrder("alpha", "gamma");
        assertThat(catalog.issues()).isEmpty();
    }
}
