package org.unlisted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.core.Messages;
import org.unlisted.net.NetSettings;
import org.unlisted.net.Network;
import org.unlisted.net.NetworkActivity;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/** {@code unlisted scan}: candidates with scores and reasons, a note per site, and never a confirmation. */
class ScanCommandTest {
    private static final String PASSPHRASE = "lemon harbor quartz finch";

    @TempDir
    Path temp;
    private StringWriter out;
    private StringWriter err;
    private String id;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--vault=" + temp.resolve("v.db"));
        all.add("--passphrase-stdin");
        all.add("--data-dir=" + temp);
        return CommandLineApp.run(all.toArray(String[]::new), new StringReader(PASSPHRASE + "\n"),
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @BeforeEach
    void vaultWithOnePerson() {
        assertThat(run("vault", "init")).isZero();
        assertThat(run("profile", "add", "--name", "Ana Ruiz", "--state", "CA")).as(() -> err.toString()).isZero();
        id = out.toString().strip();
    }

    @Test
    void withNoSiteItCanReadItSaysSoPlainly() {
        assertThat(run("scan", "--profile", id)).as(() -> err.toString()).isZero();
        assertThat(out.toString()).contains("Unlisted cannot yet read the search results of any site");
        assertThat(run("scan", "--profile", id, "--broker", "spokeo")).isEqualTo(3);
        assertThat(err.toString()).contains("CLI-08", "spokeo");
        assertThat(run("scan", "--profile", id, "--broker", "no-such-site")).isEqualTo(3);
        assertThat(run("case", "history", "--profile", id, "--broker", "spokeo")).isZero();
        assertThat(out.toString()).as("nothing recorded").isEmpty();
    }

    @Test
    void candidatesArePrintedWithScoresAndReasonsAndNothingIsConfirmed() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start(0);
            String page = new String(ScanCommandTest.class.getResourceAsStream("/org/unlisted/net/scan/several.html")
                    .readAllBytes(), StandardCharsets.UTF_8);
            server.enqueue(new MockResponse.Builder().body(page).build());
            Broker finder = new Broker("finder", "Finder", List.of(server.getHostName()), Broker.Category.PEOPLE_SEARCH,
                    Broker.Tier.B, Broker.Priority.NORMAL, null, null, null,
                    new Broker.Search(true, "http://" + server.getHostName() + ":" + server.getPort()
                            + "/search?fn={first}&ln={last}&st={state}",
                            new Broker.Scan("article.person-card", "h2.name", ".age", ".places li", ".relatives li",
                                    "h2.name a", "No records found", null)),
                    new Broker.OptOut(Broker.Method.WEB_FORM, "https://finder.example/optout", null, null, null, null,
                            null, null, null, null, null, null),
                    new Broker.Legal(null, null, Broker.AcceptsAgent.UNKNOWN, null), null, null, "Made up.",
                    List.of(new Broker.Source("https://example.org", "test")), LocalDate.of(2026, 1, 1));
            Catalog catalog = new Catalog(List.of(finder), List.of());
            StringWriter printed = new StringWriter();
            StringWriter progress = new StringWriter();
            try (Passphrase passphrase = Passphrase.wrap(PASSPHRASE.toCharArray());
                 Vault vault = Vault.open(temp.resolve("v.db"), passphrase)) {
                People people = new People(vault::connection, Clock.systemUTC());
                Profile ana = people.get(Long.parseLong(id));
                people.update(ana.withDetails(List.of(), LocalDate.now().minusYears(41).minusDays(10),
                        List.of(new Profile.Address(null, "Fresno", "CA", null, null, null, true)), List.of(), List.of()));
                Cases cases = new Cases(vault::connection, catalog, Clock.systemUTC());
                CaseCommand.Desk desk = new CaseCommand.Desk(vault::connection, people, cases, catalog,
                        vault.settings(), new PrintWriter(printed, true));
                Network network = new Network(NetSettings.defaults(), new NetworkActivity(Clock.systemUTC()));
                assertThat(ScanCommand.scan(desk, network, Messages.forLocale(Locale.ENGLISH),
                        new PrintWriter(progress, true), ana.id(), List.of("finder"))).isZero();

                var found = cases.find(ana.id(), "finder").orElseThrow();
                assertThat(found.state()).as("never confirmed by a scan").isEqualTo(CaseState.NOT_STARTED);
                assertThat(cases.history(found.id())).singleElement().satisfies(event -> {
                    assertThat(event.actor()).isEqualTo(org.unlisted.cases.CaseEvent.Actor.APP);
                    assertThat(event.note()).startsWith("Scan: the site shows 4 people");
                });
            }
            assertThat(server.takeRequest().getTarget()).isEqualTo("/search?fn=Ana&ln=Ruiz&st=CA");
            List<String> lines = printed.toString().lines().toList();
            assertThat(lines.get(0)).isEqualTo("finder\tcandidates\t4");
            assertThat(lines.get(1)).startsWith("  strong\tAna Ruiz; 41; Fresno, CA 93701\thttp://");
            assertThat(lines).contains("    + Same name", "    + Age 41, matches yours",
                    "    + A place you lived: Fresno, CA 93701", "    - Age 67, not yours");
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("  weak\tAna L Ruiz; Miami, FL\t-"));
            assertThat(lines.get(lines.size() - 1)).startsWith("Nothing is confirmed.");
            assertThat(progress.toString().strip()).isEqualTo("scan: 1/1");
        }
    }
}
