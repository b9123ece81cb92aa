package org.unlisted.net.scan;

import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.unlisted.catalog.Broker;
import org.unlisted.net.Cancellation;
import org.unlisted.net.NetSettings;
import org.unlisted.net.Network;
import org.unlisted.net.NetworkActivity;

/**
 * A program, not a test: the scanner over 300 made-up sites on distinct hosts (127.0.x.y, all on
 * one local server, each answer 200 ms late), against the bound its limits allow. The scan runs
 * {@value #THREADS} sites at a time and the network allows 8 in all and one per host, so the
 * fastest possible scan takes (sites / min(threads, 8)) x 200 ms.
 * <pre>java -cp "app/target/test-classes:app/target/classes:brokers/target/classes:app/target/lib/*" \
 *     org.unlisted.net.scan.ScannerBenchmark [sites] [runs]</pre>
 */
public final class ScannerBenchmark {
    private static final int THREADS = 6;
    private static final long LATENCY_MS = 200;

    private ScannerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sites = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String page = ScanSites.page("one-match.html");
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8")
                            .headersDelay(LATENCY_MS, TimeUnit.MILLISECONDS).body(page).build();
                }
            });
            // Every 127.x.y.z reaches this machine on Linux: one server, as many hosts as sites.
            server.start(InetAddress.getByName("0.0.0.0"), 0);
            List<Broker> brokers = new ArrayList<>();
            for (int i = 0; i < sites; i++) {
                String host = "127.0." + (1 + i / 250) + "." + (1 + i % 250);
                brokers.add(ScanSites.site("site" + i, host, server.getPort(),
                        "/search?fn={first}&ln={last}&state={state}"));
            }
            double bound = Math.ceil((double) sites / Math.min(THREADS, NetSettings.defaults().overallLimit()))
                    * LATENCY_MS / 1000.0;
            double[] seconds = new double[runs + 1];
            for (int run = 0; run <= runs; run++) {
                NetworkActivity activity = new NetworkActivity(Clock.systemUTC());
                Network network = new Network(NetSettings.defaults(), activity);
                long start = System.nanoTime();
                List<ScanOutcome> outcomes = new Scanner(network).scan(ScanSites.ana(), List.of(), brokers,
                        ScanSites.TODAY, (done, total, latest) -> { }, new Cancellation());
                seconds[run] = (System.nanoTime() - start) / 1e9;
                long found = outcomes.stream().filter(o -> o.kind() == ScanOutcome.Kind.CANDIDATES).count();
                System.out.printf("run %d%s: %d sites, %d with candidates, %d hosts contacted, %.2f s%n", run,
                        run == 0 ? " (warm-up)" : "", outcomes.size(), found,
                        activity.contacts().stream().map(NetworkActivity.Contact::host).distinct().count(), seconds[run]);
                network.close();
            }
            double[] measured = Arrays.copyOfRange(seconds, 1, seconds.length);
            Arrays.sort(measured);
            double median = measured[measured.length / 2];
            System.out.printf("bound %.2f s (%d sites / %d at a time x %d ms); median %.2f s; %.0f%% of the bound"
                    + " (target at least 80%%)%n", bound, sites, Math.min(THREADS, 8), LATENCY_MS, median,
                    100 * bound / median);
        }
    }
}
