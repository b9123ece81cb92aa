package org.unlisted.net.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unlisted.catalog.Broker;
import org.unlisted.net.Cancellation;
import org.unlisted.net.NetProblem;
import org.unlisted.net.NetSettings;
import org.unlisted.net.Network;
import org.unlisted.net.NetworkActivity;
import org.unlisted.net.scan.Match.Strength;
import org.unlisted.net.scan.ScanOutcome.Kind;

/** The scanner against a local server standing in for people-search sites. */
class ScannerTest {
    private final MockWebServer server = new MockWebServer();
    private final NetworkActivity activity = new NetworkActivity(Clock.systemUTC());
    private String host;
    private int port;

    @BeforeEach
    void start() throws Exception {
        server.start(0);
        host = server.getHostName();
        port = server.getPort();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Broker site(String id) {
        return ScanSites.site(id, host, port, "/" + id + "/search?fn={first}&ln={last}&city={city}&state={state}");
    }

    private static MockResponse html(String file) {
        return new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8")
                .body(ScanSites.page(file)).build();
    }

    private List<ScanOutcome> scan(Network network, List<Broker> sites) {
        return new Scanner(network).scan(ScanSites.ana(), List.of("Bo Ruiz"), sites, ScanSites.TODAY,
                (done, total, latest) -> { }, new Cancellation());
    }

    private ScanOutcome scanOne(Broker site) {
        return scan(new Network(NetSettings.defaults(), activity), List.of(site)).get(0);
    }

    @Test
    void aMatchIsACandidateWithItsScoreAndListingAddress() {
        server.enqueue(html("one-match.html"));
        ScanOutcome outcome = scanOne(site("finder"));
        assertThat(outcome.kind()).isEqualTo(Kind.CANDIDATES);
        Match match = outcome.matches().get(0);
        assertThat(match.strength()).isEqualTo(Strength.STRONG);
        assertThat(match.candidate().listingUrl())
                .isEqualTo("http://" + host + ":" + port + "/person/ana-ruiz/fresno-ca/p48213");
        assertThat(activity.contacts()).singleElement().satisfies(c -> assertThat(c.outcome()).isEqualTo("200"));
    }

    @Test
    void severalCandidatesComeStrongestFirst() {
        server.enqueue(html("several.html"));
        ScanOutcome outcome = scanOne(site("finder"));
        assertThat(outcome.matches()).extracting(Match::strength)
                .containsExactly(Strength.STRONG, Strength.POSSIBLE, Strength.WEAK, Strength.WEAK);
        assertThat(outcome.matches().get(0).candidate().places()).containsExactly("Fresno, CA 93701");
        assertThat(outcome.atLeast(Strength.POSSIBLE)).hasSize(2);
    }

    @Test
    void noMatchCaptchaAndChangedLayoutEachSayWhatHappened() {
        server.enqueue(html("no-match.html"));
        server.enqueue(html("captcha.html"));
        server.enqueue(html("changed-layout.html"));
        Network network = new Network(NetSettings.defaults(), activity);
        List<ScanOutcome> outcomes = new ArrayList<>();
        for (String id : List.of("nobody", "captcha", "changed")) {
            outcomes.addAll(scan(network, List.of(site(id))));
        }
        assertThat(outcomes).extracting(ScanOutcome::kind).containsExactly(Kind.NO_RESULTS, Kind.BLOCKED, Kind.UNREADABLE);
        assertThat(outcomes).allMatch(o -> o.matches().isEmpty());
        assertThat(outcomes.get(1).searchUrl()).as("for 'check in your browser'").contains("/captcha/search?fn=Ana");
    }

    @Test
    void busyWithRetryAfterThenResultsIsReadAfterWaiting() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
        server.enqueue(html("one-match.html"));
        long start = System.nanoTime();
        ScanOutcome outcome = scanOne(site("finder"));
        assertThat(outcome.kind()).isEqualTo(Kind.CANDIDATES);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void stillBusyAfterTheRetriesIsCheckInYourBrowser() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "0").build());
        }
        assertThat(scanOne(site("finder")).kind()).isEqualTo(Kind.BLOCKED);
    }

    @Test
    void aSlowHostAnOversizedPageAndARedirectElsewhereAreOutcomesNotCrashes() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                if (path.startsWith("/slow/")) {
                    return new MockResponse.Builder().body("late").headersDelay(3, TimeUnit.SECONDS).build();
                }
                if (path.startsWith("/huge/")) {
                    return new MockResponse.Builder().body("<p>" + "Ana Ruiz ".repeat(20_000) + "</p>").build();
                }
                if (path.startsWith("/away/")) {
                    return new MockResponse.Builder().code(302).addHeader("Location", "https://tracker.example/x").build();
                }
                return html("one-match.html");
            }
        });
        Network network = new Network(NetSettings.defaults().withLimits(Duration.ofSeconds(2), Duration.ofMillis(500),
                64 * 1024, 8), activity);
        List<ScanOutcome> outcomes = scan(network, List.of(site("slow"), site("huge"), site("away"), site("fine")));
        assertThat(outcomes).extracting(ScanOutcome::kind)
                .containsExactly(Kind.FAILED, Kind.FAILED, Kind.FAILED, Kind.CANDIDATES);
        assertThat(outcomes).extracting(ScanOutcome::problem)
                .containsExactly(NetProblem.TIMEOUT, NetProblem.TOO_LARGE, NetProblem.FOREIGN_REDIRECT, null);
        assertThat(outcomes.get(2).otherHost()).isEqualTo("tracker.example");
        assertThat(outcomes.get(2).problemText(org.unlisted.core.Messages.forLocale(java.util.Locale.ENGLISH)))
                .contains("tracker.example");
    }

    @Test
    void eachSiteIsToldOnlyTheNameAndTheTownItsSearchAsksFor() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return html("no-match.html");
            }
        });
        Broker full = site("full");
        Broker nameOnly = ScanSites.site("nameonly", host, port, "/people/{first}-{last}");
        scan(new Network(NetSettings.defaults(), activity), List.of(full, nameOnly));
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
            targets.add(request.getTarget());
            assertThat(request.getMethod()).isEqualTo("GET");
            assertThat(request.getBody() == null || request.getBody().size() == 0).isTrue();
            assertThat(request.getHeaders().get("Cookie")).isNull();
            assertThat(request.getHeaders().get("Referer")).isNull();
            assertThat(request.getHeaders().toString()).doesNotContain("Ana", "ana@example.org", "555", "1984");
        }
        assertThat(targets).containsExactlyInAnyOrder("/full/search?fn=Ana&ln=Ruiz&city=Fresno&state=CA",
                "/people/Ana-Ruiz");
        assertThat(String.join(" ", targets)).doesNotContain("Oak", "93701", "1984", "Lopez", "555", "example.org", "Bo");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void cancelMidScanStopsTheRestAndReturnsWhatWasDone() throws Exception {
        CountDownLatch firstAnswered = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().startsWith("/first/")) {
                    return html("one-match.html");
                }
                return new MockResponse.Builder().body("late").headersDelay(20, TimeUnit.SECONDS).build();
            }
        });
        List<Broker> sites = new ArrayList<>();
        // Another name for this machine, so the quick site does not wait its turn behind the slow ones.
        sites.add(ScanSites.site("first", "127.0.0.1", port, "/first/search?fn={first}&ln={last}"));
        for (int i = 0; i < 12; i++) {
            sites.add(site("later" + i));
        }
        Cancellation cancellation = new Cancellation();
        List<Integer> progress = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        List<ScanOutcome> outcomes = new Scanner(new Network(NetSettings.defaults(), activity)).scan(ScanSites.ana(),
                List.of(), sites, ScanSites.TODAY, (done, total, latest) -> {
                    progress.add(done);
                    assertThat(total).isEqualTo(13);
                    if (latest.kind() == Kind.CANDIDATES) {
                        firstAnswered.countDown();
                        cancellation.cancel();
                    }
                }, cancellation);
        assertThat(firstAnswered.await(0, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(outcomes).hasSize(13);
        assertThat(outcomes.get(0).kind()).isEqualTo(Kind.CANDIDATES);
        assertThat(outcomes.subList(1, 13)).extracting(ScanOutcome::kind).containsOnly(Kind.CANCELLED);
        assertThat(server.getRequestCount()).as("the sites still waiting were never asked").isLessThan(13);
        assertThat(progress).hasSize(13).contains(13);
    }

    @Test
    void sitesWithoutAScanBlockAreLeftOut() {
        Broker manual = ScanSites.site("manual", host, port, "/x?fn={first}", null);
        assertThat(Scanner.scannable(List.of(manual, site("finder")))).extracting(Broker::id).containsExactly("finder");
        assertThat(scan(new Network(NetSettings.defaults(), activity), List.of(manual))).isEmpty();
        assertThat(server.getRequestCount()).isZero();
    }
}
