package org.unlisted.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The maintainers' link check against a local server with one page of each kind. */
class LinkCheckTest {
    private static final String FORM = "<html><head><title>Opt out</title></head><body><form>"
            + "<input name=\"email\"><input name=\"listing\"></form></body></html>";

    private final MockWebServer server = new MockWebServer();
    private final Map<String, String> pages = new HashMap<>();

    @BeforeEach
    void start() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return switch (request.getUrl().encodedPath()) {
                    case "/fine", "/changed" -> new MockResponse.Builder().body(pages.getOrDefault(request.getUrl().encodedPath(), FORM))
                            .addHeader("Content-Type", "text/html").build();
                    case "/moved" -> new MockResponse.Builder().code(301).addHeader("Location", "https://new-owner.example/privacy").build();
                    case "/local-move" -> new MockResponse.Builder().code(302).addHeader("Location", "/fine").build();
                    case "/walled" -> new MockResponse.Builder().code(403).body("denied").build();
                    default -> new MockResponse.Builder().code(404).body("gone").build();
                };
            }
        });
        server.start(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LinkCheck.Target target(String id, String path) {
        return new LinkCheck.Target(id, server.url(path).uri(), List.of(id + ".example"));
    }

    @Test
    void eachPageGetsAVerdictAndAChangedFormIsNoticed() throws Exception {
        pages.put("/changed", FORM.replace("<input name=\"listing\">", "<input name=\"phone\">"));
        String fingerprint = LinkCheck.fingerprint(org.jsoup.Jsoup.parse(FORM));
        List<LinkCheck.Target> targets = List.of(target("fine", "/fine"), target("changed", "/changed"),
                target("dead", "/dead"), target("moved", "/moved"), target("walled", "/walled"),
                target("localmove", "/local-move"));
        List<Integer> progress = new CopyOnWriteArrayList<>();
        NetworkActivity activity = new NetworkActivity(Clock.systemUTC());

        List<LinkCheck.Result> results = new LinkCheck(new Network(NetSettings.defaults(), activity))
                .run(targets, Map.of("fine", fingerprint, "changed", fingerprint), new Cancellation(),
                        (done, total) -> progress.add(done));

        assertThat(results).extracting(result -> result.target().brokerId() + "=" + result.verdict()).containsExactly(
                "fine=OK", "changed=CHANGED", "dead=DEAD", "moved=ELSEWHERE", "walled=BLOCKED", "localmove=OK");
        assertThat(results.get(0).title()).isEqualTo("Opt out");
        assertThat(results.get(3).finalUrl()).isEqualTo("new-owner.example");
        assertThat(results.get(5).finalUrl()).endsWith("/fine");
        assertThat(progress).hasSize(6).contains(6);
        assertThat(activity.contacts()).extracting(NetworkActivity.Contact::purpose).containsOnly(Purpose.LINK_CHECK);
        assertThat(activity.contacts()).extracting(NetworkActivity.Contact::host).doesNotContain("new-owner.example");
    }

    @Test
    void aFirstCheckHasNothingToCompareWith() throws Exception {
        List<LinkCheck.Result> results = new LinkCheck(new Network(NetSettings.defaults(),
                new NetworkActivity(Clock.systemUTC()))).run(List.of(target("fine", "/fine")), Map.of(),
                new Cancellation(), (done, total) -> { });
        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.verdict()).isEqualTo(LinkCheck.Verdict.OK);
            assertThat(result.fingerprint()).hasSize(16);
        });
    }

    @Test
    void theShippedCatalogGivesOneSecureTargetPerOptOutPage() throws Exception {
        var catalog = new org.unlisted.catalog.CatalogLoader(java.time.LocalDate.of(2026, 11, 29)).bundled();
        long pages = catalog.brokers().stream().filter(b -> b.optOut().url() != null).count();
        List<LinkCheck.Target> targets = LinkCheck.targets(catalog);
        assertThat(targets).hasSize((int) pages).hasSizeGreaterThan(300);
        assertThat(targets).extracting(target -> target.url().getScheme()).containsOnly("https");
    }
}
