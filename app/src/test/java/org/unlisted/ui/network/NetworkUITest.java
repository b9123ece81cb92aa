package org.unlisted.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unlisted.TestClock;
import org.unlisted.core.Preferences;
import org.unlisted.net.Cancellation;
import org.unlisted.net.NetSettings;
import org.unlisted.net.ProxyChoice;
import org.unlisted.net.Purpose;
import org.unlisted.ui.ScreenSteps;
import org.unlisted.ui.shell.AppWindow;

/**
 * The app goes online only when asked: a whole run through every screen opens no connection at
 * all; the Network page shows each host an action contacted and keeps proxy settings.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkUITest {
    /** Every connection the JVM tried through java.net, whatever library made it. */
    static final List<URI> ASKED = new CopyOnWriteArrayList<>();
    private static ProxySelector original;

    @TempDir
    static Path dataDir;

    private AppWindow window;

    @BeforeAll
    static void watchEveryConnection() {
        original = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                ASKED.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            }
        });
    }

    @AfterAll
    static void stopWatching() {
        ProxySelector.setDefault(original);
    }

    @Start
    void start(Stage stage) {
        window = ScreenSteps.openWindow(stage, dataDir, new TestClock(Instant.parse("2026-11-29T10:00:00Z")));
    }

    @AfterEach
    void lock(FxRobot robot) {
        robot.interact(() -> window.session().lock());
    }

    @Test
    void aWholeRunThroughEveryScreenGoesNowhere(FxRobot robot) throws Exception {
        // The watch works: a plain socket connection is seen.
        try (ServerSocket local = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket probe = new Socket(InetAddress.getLoopbackAddress(), local.getLocalPort())) {
            assertThat(probe.isConnected()).isTrue();
        }
        assertThat(ASKED).as("the watch sees a plain socket").isNotEmpty();
        ASKED.clear();

        ScreenSteps.welcomeAndCreateVault(robot);
        robot.clickOn("#people-name").write("Ana Ruiz");
        robot.interact(() -> robot.lookup("#people-state").queryAs(javafx.scene.control.ComboBox.class).setValue("CA"));
        robot.interact(() -> robot.lookup("#people-save").queryAs(javafx.scene.control.Button.class).fire());
        for (String area : new String[] {"#nav-dashboard", "#nav-plan", "#nav-people", "#nav-brokers", "#nav-letters",
                "#nav-network", "#nav-settings"}) {
            robot.clickOn(area);
            WaitForAsyncUtils.waitForFxEvents();
        }
        Thread.sleep(2_000); // idle
        robot.interact(() -> window.session().lock());
        ScreenSteps.unlockWith(robot, ScreenSteps.PASSPHRASE);
        robot.clickOn("#nav-network");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ASKED).as("connections opened without the person asking").isEmpty();
        assertThat(window.context().network().activity().count()).isZero();
        assertThat(robot.lookup("#network-activity").queryAs(TableView.class).getItems()).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePageShowsEachSiteContactedAndKeepsTheProxySetting(FxRobot robot) throws Exception {
        ScreenSteps.welcomeAndCreateVault(robot);
        robot.clickOn("#nav-network");

        // A port that is not a number is refused in plain words, and nothing is saved.
        robot.clickOn("#network-use-tor");
        robot.interact(() -> robot.lookup("#network-proxy-port").queryAs(javafx.scene.control.TextField.class).setText("90x"));
        robot.clickOn("#network-save");
        assertThat(robot.lookup("#network-problem").queryAs(Label.class).getText()).contains("port number");
        Preferences saved = Preferences.load(window.context().dataFolder().preferencesFile());
        assertThat(saved.get("proxy.kind")).isEmpty();

        robot.clickOn("#network-use-tor");
        robot.clickOn("#network-save");
        assertThat(robot.lookup("#network-problem").queryAs(Label.class).getText()).isEmpty();
        NetSettings now = NetSettings.load(Preferences.load(window.context().dataFolder().preferencesFile()));
        assertThat(now.proxy()).isEqualTo(new ProxyChoice(ProxyChoice.Kind.SOCKS5, "127.0.0.1", 9050));

        // Back to a direct connection, then an action fetches a page: it shows up at once.
        robot.interact(() -> robot.lookup("#network-proxy-kind").queryAs(javafx.scene.control.ComboBox.class)
                .setValue(ProxyChoice.Kind.NONE));
        robot.clickOn("#network-save");
        try (MockWebServer broker = new MockWebServer()) {
            broker.start(0);
            broker.enqueue(new MockResponse.Builder().body("ok").build());
            window.context().network().network().get(broker.url("/").uri(), Purpose.LINK_CHECK,
                    List.of(broker.getHostName()), new Cancellation());
        }
        WaitForAsyncUtils.waitForFxEvents();
        TableView<NetworkViewModel.Row> table = robot.lookup("#network-activity").queryAs(TableView.class);
        assertThat(table.getItems()).singleElement().satisfies(row -> {
            assertThat(row.purpose()).isEqualTo("Checking opt-out links");
            assertThat(row.outcome()).isEqualTo("Answered (200)");
        });
        robot.clickOn("#network-clear");
        assertThat(table.getItems()).isEmpty();
    }
}
