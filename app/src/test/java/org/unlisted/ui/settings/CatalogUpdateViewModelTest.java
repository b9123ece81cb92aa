package org.unlisted.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.catalog.CatalogSupply;
import org.unlisted.catalog.TestCatalog;
import org.unlisted.catalog.bundle.BundleVerifier;
import org.unlisted.catalog.bundle.CatalogBundle;
import org.unlisted.catalog.bundle.InstalledUpdate;
import org.unlisted.core.Messages;
import org.unlisted.core.Preferences;
import org.unlisted.net.CatalogUpdate;
import org.unlisted.net.NetSettings;
import org.unlisted.net.Network;
import org.unlisted.net.NetworkActivity;
import org.unlisted.ui.task.SynchronousTaskRunner;

/** Settings' catalog update: nothing goes online before the click; then installed, or refused in plain words. */
@ExtendWith(ApplicationExtension.class)
class CatalogUpdateViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path temp;
    @StartStop
    final MockWebServer server = new MockWebServer();

    private KeyPair trusted;
    private Path definitions;
    private Preferences preferences;
    private CatalogSupply supply;
    private CatalogUpdateViewModel viewModel;

    @BeforeEach
    void setUp() throws Exception {
        trusted = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        definitions = new TestCatalog(temp.resolve("definitions")).add("alpha").add("beta").add("gamma").folder();
        Path builtIn = new TestCatalog(temp.resolve("built-in")).add("alpha").add("beta").folder();
        preferences = Preferences.load(temp.resolve("preferences.properties"));
        supply = CatalogSupply.startLoading(builtIn, Clock.systemDefaultZone());
        InstalledUpdate installed = new InstalledUpdate(temp.resolve(InstalledUpdate.FILE_NAME),
                BundleVerifier.trusting(List.of(trusted.getPublic()), TODAY),
                () -> new CatalogLoader(TODAY).load(builtIn));
        Network network = new Network(NetSettings.defaults(), new NetworkActivity(Clock.systemUTC()));
        viewModel = new CatalogUpdateViewModel(preferences, () -> new CatalogUpdate(network, installed), supply,
                new SynchronousTaskRunner(), Messages.forLocale(Locale.ENGLISH));
    }

    private void serve(KeyPair signer) throws Exception {
        byte[] bundle = CatalogBundle.build(definitions, signer.getPrivate(), Instant.parse("2026-11-20T10:00:00Z"),
                TODAY).bytes();
        server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(bundle)).build());
    }

    @Test
    void nothingHappensWithoutAnAddressAndTheClick(FxRobot robot) throws Exception {
        assertThat(viewModel.addressProperty().get()).isEmpty();
        assertThat(viewModel.canCheckProperty().get()).isFalse();
        robot.interact(viewModel::check);
        assertThat(server.getRequestCount()).isZero();

        viewModel.addressProperty().set(server.url("/catalog.zip").toString());
        assertThat(viewModel.canCheckProperty().get()).isTrue();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aGoodUpdateIsInstalledAndUsedAtOnce(FxRobot robot) throws Exception {
        serve(trusted);
        String address = server.url("/catalog.zip").toString();
        viewModel.addressProperty().set(address);

        robot.interact(viewModel::check);

        assertThat(viewModel.resultProperty().get()).isEqualTo("Installed: the list now has 3 brokers (it had 2).");
        assertThat(viewModel.failedProperty().get()).isFalse();
        assertThat(supply.await().size()).isEqualTo(3);
        assertThat(preferences.get(CatalogUpdateViewModel.ADDRESS_KEY)).contains(address);
        assertThat(Preferences.load(temp.resolve("preferences.properties")).get(CatalogUpdateViewModel.ADDRESS_KEY))
                .contains(address);
    }

    @Test
    void aBundleSignedWithAnotherKeyIsRefusedInPlainWords(FxRobot robot) throws Exception {
        serve(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        viewModel.addressProperty().set(server.url("/catalog.zip").toString());

        robot.interact(viewModel::check);

        assertThat(viewModel.resultProperty().get()).startsWith("Refused: The update is not signed with the Unlisted"
                + " catalog key").endsWith("Your current list of brokers was kept.");
        assertThat(viewModel.failedProperty().get()).isTrue();
        assertThat(supply.await().size()).isEqualTo(2);
        assertThat(temp.resolve(InstalledUpdate.FILE_NAME)).doesNotExist();
    }

    @Test
    void anUnreachableAddressSaysSoAndKeepsTheList(FxRobot robot) throws Exception {
        server.enqueue(new MockResponse.Builder().code(404).build());
        viewModel.addressProperty().set(server.url("/missing.zip").toString());

        robot.interact(viewModel::check);

        assertThat(viewModel.resultProperty().get()).contains("HTTP 404").endsWith("was kept.")
                .doesNotStartWith("Refused");
        assertThat(supply.await().size()).isEqualTo(2);
    }
}
