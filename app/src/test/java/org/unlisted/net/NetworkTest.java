package org.unlisted.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unlisted.core.UnlistedException;

/** The one client against a local server standing in for brokers. */
class NetworkTest {
    private final MockWebServer server = new MockWebServer();
    private final NetworkActivity activity = new NetworkActivity(Clock.systemUTC());
    private List<String> here;

    @BeforeEach
    void start() throws Exception {
        server.start(0);
        here = List.of(server.getHostName());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Network network(NetSettings settings) {
        return new Network(settings, activity);
    }

    private Network network() {
        return network(NetSettings.defaults());
    }

    private URI at(String path) {
        return server.url(path).uri();
    }

    @Test
    void fetchesAPageSaysWhoItIsAndRecordsTheHost() throws Exception {
        server.enqueue(new MockResponse.Builder().body("<p>results</p>").addHeader("Content-Type", "text/html; charset=utf-8").build());

        Fetched page = network().get(at("/search?name=a"), Purpose.SCAN, here, new Cancellation());

        assertThat(page.ok()).isTrue();
        assertThat(page.text()).isEqualTo("<p>results</p>");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo(NetSettings.DEFAULT_USER_AGENT);
        assertThat(request.getHeaders().get("Cookie")).isNull();
        assertThat(activity.contacts()).singleElement().satisfies(contact -> {
            assertThat(contact.host()).isEqualTo(server.getHostName());
            assertThat(contact.purpose()).isEqualTo(Purpose.SCAN);
            assertThat(contact.outcome()).isEqualTo("200");
        });
    }

    @Test
    void aHostTheActionDoesNotNeedIsNeverContacted() {
        assertThatThrownBy(() -> network().get(URI.create("http://elsewhere.test/"), Purpose.SCAN, here, new Cancellation()))
                .isInstanceOf(UnlistedException.class)
                .extracting(e -> ((UnlistedException) e).problem()).isEqualTo(NetProblem.HOST_NOT_ALLOWED);
        assertThat(server.getRequestCount()).isZero();
        assertThat(activity.count()).isZero();
    }

    @Test
    void followsARedirectOnTheSameSiteButStopsAtAnotherHost() throws Exception {
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/results").build());
        server.enqueue(new MockResponse.Builder().body("here").build());
        assertThat(network().get(at("/start"), Purpose.SCAN, here, new Cancellation()).text()).isEqualTo("here");

        server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "https://tracker.example/collect").build());
        assertThatThrownBy(() -> network().get(at("/start"), Purpose.SCAN, here, new Cancellation()))
                .isInstanceOf(UnlistedException.class)
                .satisfies(e -> {
                    assertThat(((UnlistedException) e).problem()).isEqualTo(NetProblem.FOREIGN_REDIRECT);
                    assertThat(((UnlistedException) e).arguments()).containsExactly("tracker.example");
                });
        assertThat(activity.contacts()).extracting(NetworkActivity.Contact::host).doesNotContain("tracker.example");
    }

    @Test
    void waitsAsToldBy429RetryAfterThenSucceeds() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
        server.enqueue(new MockResponse.Builder().body("ok").build());

        long started = System.nanoTime();
        Fetched page = network().get(at("/"), Purpose.SCAN, here, new Cancellation());

        assertThat(page.text()).isEqualTo("ok");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(activity.contacts()).extracting(NetworkActivity.Contact::outcome).containsExactly("429", "200");
    }

    @Test
    void aHostThatStaysBusyEndsAsBusyAfterTheRetries() {
        NetSettings impatient = NetSettings.defaults();
        impatient = new NetSettings(impatient.userAgent(), impatient.proxy(), impatient.connectTimeout(),
                impatient.readTimeout(), impatient.callTimeout(), impatient.maxBodyBytes(), 8, 2, Duration.ZERO);
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "30").build());
        }
        Network network = network(impatient);
        assertThatThrownBy(() -> network.get(at("/"), Purpose.SCAN, here, new Cancellation()))
                .extracting(e -> ((UnlistedException) e).problem()).isEqualTo(NetProblem.BUSY);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aSlowHostTimesOut() {
        server.enqueue(new MockResponse.Builder().body("late").headersDelay(3, TimeUnit.SECONDS).build());
        Network network = network(NetSettings.defaults().withLimits(Duration.ofSeconds(2), Duration.ofMillis(500), 1024, 8));
        assertThatThrownBy(() -> network.get(at("/"), Purpose.SCAN, here, new Cancellation()))
                .extracting(e -> ((UnlistedException) e).problem()).isEqualTo(NetProblem.TIMEOUT);
        assertThat(activity.contacts()).extracting(NetworkActivity.Contact::outcome).containsExactly("NET-01");
    }

    @Test
    void anOversizedBodyIsRefusedWithOrWithoutALength() {
        Network network = network(NetSettings.defaults().withLimits(Duration.ofSeconds(2), Duration.ofSeconds(2), 1000, 8));
        server.enqueue(new MockResponse.Builder().body("x".repeat(5000)).build());
        assertThatThrownBy(() -> network.get(at("/"), Purpose.SCAN, here, new Cancellation()))
                .extracting(e -> ((UnlistedException) e).problem()).isEqualTo(NetProblem.TOO_LARGE);

        server.enqueue(new MockResponse.Builder().chunkedBody(new okio.Buffer().writeUtf8("y".repeat(5000)), 512).build());
        assertThatThrownBy(() -> network.get(at("/"), Purpose.SCAN, here, new Cancellation()))
                .extracting(e -> ((UnlistedException) e).problem()).isEqualTo(NetProblem.TOO_LARGE);
    }

    @Test
    void oneRequestAtATimePerHost() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                Thread.sleep(100);
                inFlight.decrementAndGet();
                return new MockResponse.Builder().body("ok").build();
            }
        });
        Network network = network();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Fetched>> pages = pool.invokeAll(java.util.Collections.nCopies(6,
                    () -> network.get(at("/"), Purpose.LINK_CHECK, here, new Cancellation())));
            for (Future<Fetched> page : pages) {
                assertThat(page.get().text()).isEqualTo("ok");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(1);
    }

    @Test
    void cancellingStopsAWaitingRequest() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "30").build());
        Cancellation cancellation = new Cancellation();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Fetched> page = pool.submit(() -> network().get(at("/"), Purpose.SCAN, here, cancellation));
            Thread.sleep(500);
            cancellation.cancel();
            assertThatThrownBy(() -> page.get(5, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(UnlistedException.class)
                    .satisfies(e -> assertThat(((UnlistedException) e.getCause()).problem()).isEqualTo(NetProblem.CANCELLED));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void throughASocksProxyTheProxyResolvesTheName() throws Exception {
        server.enqueue(new MockResponse.Builder().body("via proxy").build());
        try (SocksRelay relay = new SocksRelay(server.getPort())) {
            NetSettings settings = NetSettings.defaults()
                    .withProxy(ProxyChoice.of(ProxyChoice.Kind.SOCKS5, "127.0.0.1", Integer.toString(relay.port())));
            // A name no local resolver knows: it can only work if the proxy was asked for it by name.
            URI url = URI.create("http://listings.broker.invalid:" + server.getPort() + "/search");

            Fetched page = network(settings).get(url, Purpose.SCAN, List.of("broker.invalid"), new Cancellation());

            assertThat(page.text()).isEqualTo("via proxy");
            assertThat(relay.askedFor).containsExactly("listings.broker.invalid");
        }
    }

    @Test
    void aProxyThatIsNotRunningIsNamedAsTheProblem() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        NetSettings settings = NetSettings.defaults()
                .withProxy(ProxyChoice.of(ProxyChoice.Kind.SOCKS5, "127.0.0.1", Integer.toString(closedPort)));
        assertThatThrownBy(() -> network(settings).get(at("/"), Purpose.SCAN, here, new Cancellation()))
                .extracting(e -> ((UnlistedException) e).problem()).isEqualTo(NetProblem.PROXY);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aBadProxySettingIsRefusedBeforeUse() {
        assertThatThrownBy(() -> ProxyChoice.of(ProxyChoice.Kind.HTTP, "127.0.0.1", "99999"))
                .extracting(e -> ((UnlistedException) e).problem()).isEqualTo(NetProblem.BAD_PROXY_SETTING);
        assertThatThrownBy(() -> ProxyChoice.of(ProxyChoice.Kind.SOCKS5, "", "9050"))
                .extracting(e -> ((UnlistedException) e).problem()).isEqualTo(NetProblem.BAD_PROXY_SETTING);
    }
}
