package org.unlisted.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unlisted.TestClock;
import org.unlisted.cases.CaseEvent;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.catalog.CatalogSupply;
import org.unlisted.core.Messages;
import org.unlisted.net.NetSettings;
import org.unlisted.net.Network;
import org.unlisted.net.NetworkActivity;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.ui.ClipboardGuard;
import org.unlisted.ui.ScreenSteps;
import org.unlisted.ui.task.SynchronousTaskRunner;
import org.unlisted.ui.theme.Theme;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/**
 * "Look for my listings" on the Opt-outs page, against a local server standing in for three sites:
 * one listing people, one asking for a CAPTCHA, one whose layout changed.
 */
@ExtendWith(ApplicationExtension.class)
class ScanUITest {
    @TempDir
    static Path temp;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-30T10:00:00Z"));
    private final MockWebServer server = new MockWebServer();
    private Stage stage;
    private Vault vault;
    private Profile ana;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Theme.LIGHT.apply();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                String page = path.startsWith("/finder/") ? "several.html" : path.startsWith("/guarded/")
                        ? "captcha.html" : "changed-layout.html";
                return new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8")
                        .body(page(page)).build();
            }
        });
        server.start(0);
        try (Passphrase passphrase = Passphrase.wrap("amber kettle saddle frost".toCharArray())) {
            vault = Vault.create(temp.resolve("scan-" + System.nanoTime() + ".db"), passphrase);
        }
        ana = new People(vault::connection, clock).add(Profile.draft("Ana Ruiz", "CA").withDetails(List.of(),
                LocalDate.of(1984, 3, 9), List.of(new Profile.Address(null, "Fresno", "CA", null, null, null, true)),
                List.of(), List.of()).asSelf());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        vault.close();
    }

    private static String page(String name) {
        try (var in = ScanUITest.class.getResourceAsStream("/org/unlisted/net/scan/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Broker site(String id, String name) {
        return new Broker(id, name, List.of(server.getHostName()), Broker.Category.PEOPLE_SEARCH, Broker.Tier.B,
                Broker.Priority.HIGH, null, null, null,
                new Broker.Search(true, "http://" + server.getHostName() + ":" + server.getPort() + "/" + id
                        + "/search?fn={first}&ln={last}&state={state}",
                        new Broker.Scan("article.person-card", "h2.name", ".age", ".places li", ".relatives li",
                                "h2.name a", "No records found", null)),
                new Broker.OptOut(Broker.Method.WEB_FORM, "https://" + id + ".example/optout", null, null, null, null,
                        null, null, null, null, null, null),
                new Broker.Legal(null, null, Broker.AcceptsAgent.UNKNOWN, null), null, null, "Made up.",
                List.of(new Broker.Source("https://example.org", "test")), LocalDate.of(2026, 1, 1));
    }

    private PlanViewModel show(FxRobot robot, Catalog catalog) {
        Network network = new Network(NetSettings.defaults(), new NetworkActivity(clock));
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        PlanViewModel[] made = new PlanViewModel[1];
        robot.interact(() -> {
            made[0] = new PlanViewModel(vault::connection, vault.settings(), CatalogSupply.of(catalog),
                    new SynchronousTaskRunner(), messages, clock, () -> network);
            Scene scene = new Scene(new PlanView(made[0], messages, new ClipboardGuard(), ScreenSteps.OPENED::add),
                    1280, 800);
            scene.getStylesheets().add(Theme.APP_STYLESHEET);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return made[0];
    }

    private static void press(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void candidatesWithReasonsThenThisIsMeMarksTheSiteFound(FxRobot robot) throws Exception {
        Catalog catalog = new Catalog(List.of(site("finder", "Finder Example"), site("guarded", "Guarded Example"),
                site("changed", "Changed Example")), List.of());
        PlanViewModel plan = show(robot, catalog);
        press(robot, "#plan-scan");

        assertThat(robot.lookup("#scan-results").tryQuery()).isPresent();
        assertThat(text(robot, "#scan-summary")).isEqualTo("Looked on 3 sites. 1 may show you. Nothing is marked"
                + " until you say \"This is me\".");
        assertThat(robot.lookup("#scan-site-finder .label").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("Ana Ruiz · age 41", "Very likely you", "Same name", "Age 41, matches yours",
                        "A place you lived: Fresno, CA 93701", "Age 67, not yours");
        assertThat(robot.lookup("#scan-site-changed .label").queryAllAs(Label.class).stream().map(Label::getText))
                .anySatisfy(t -> assertThat(t).startsWith("Could not read the results."));
        ScreenSteps.OPENED.clear();
        press(robot, "#scan-browser-guarded");
        assertThat(ScreenSteps.OPENED).singleElement().asString().contains("/guarded/search?fn=Ana&ln=Ruiz&state=CA");
        Cases cases = plan.cases();
        assertThat(cases.find(ana.id(), "finder").orElseThrow().state()).as("a scan confirms nothing")
                .isEqualTo(CaseState.NOT_STARTED);
        screenshot(robot, "scan-results");

        press(robot, "#scan-not-me-finder-1");
        assertThat(robot.lookup("#scan-site-finder .button").queryAllAs(Button.class)).hasSize(3 * 2 + 2);
        press(robot, "#scan-me-finder-0");
        var found = cases.find(ana.id(), "finder").orElseThrow();
        assertThat(found.state()).isEqualTo(CaseState.FOUND);
        List<CaseEvent> history = cases.history(found.id());
        assertThat(history.get(history.size() - 1).urls()).singleElement().asString().endsWith("/person/ana-ruiz/fresno-ca/p48213");
        assertThat(plan.items()).filteredOn(i -> i.broker().id().equals("finder")).singleElement()
                .satisfies(i -> assertThat(i.state()).isEqualTo(CaseState.FOUND));
    }

    @Test
    void withNoSiteToReadTheButtonSaysSo(FxRobot robot) throws Exception {
        show(robot, new CatalogLoader(LocalDate.of(2026, 11, 30)).bundled());
        press(robot, "#plan-scan");
        assertThat(text(robot, "#scan-summary")).startsWith("Unlisted cannot yet read the search results of any site");
        assertThat(server.getRequestCount()).isZero();
    }

    /** With -Dscan.screenshots=FOLDER, keeps a picture of the page to look at. */
    private void screenshot(FxRobot robot, String name) throws Exception {
        String folder = System.getProperty("scan.screenshots");
        if (folder == null) {
            return;
        }
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        PixelReader pixels = shot[0].getPixelReader();
        int width = (int) shot[0].getWidth();
        int height = (int) shot[0].getHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(image, "png", Files.createDirectories(Path.of(folder)).resolve(name + ".png").toFile());
    }
}
