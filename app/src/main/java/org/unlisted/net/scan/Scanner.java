package org.unlisted.net.scan;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.unlisted.cases.RequestDetails;
import org.unlisted.catalog.Broker;
import org.unlisted.core.UnlistedException;
import org.unlisted.net.Cancellation;
import org.unlisted.net.Fetched;
import org.unlisted.net.NetProblem;
import org.unlisted.net.Network;
import org.unlisted.net.Purpose;
import org.unlisted.people.Profile;

/**
 * Looks for a person on many sites at once. Each site gets only its own search address, filled
 * with what its template asks for (first and last name, city, state); the {@link Network} keeps it
 * to one request at a time per site and a few overall, so the pool here may be generous.
 */
public final class Scanner {
    private static final int THREADS = 6;

    private final Network network;

    public Scanner(Network network) {
        this.network = network;
    }

    /** Told after each site: how many are done, of how many, and what the latest gave. Called from the scan's threads. */
    public interface Progress {
        void update(int done, int total, ScanOutcome latest);
    }

    /** The sites the scanner can read: the ones that allow a search and describe their result page. */
    public static List<Broker> scannable(List<Broker> brokers) {
        return brokers.stream().filter(Scanner::canScan).toList();
    }

    public static boolean canScan(Broker broker) {
        return broker.allowsSearch() && broker.search().url() != null && broker.search().scan() != null;
    }

    /**
     * One outcome per site, in the order given; after Cancel, the sites not yet looked at are
     * {@code CANCELLED}. Sites without a scan block are left out.
     */
    public List<ScanOutcome> scan(Profile person, List<String> knownRelatives, List<Broker> brokers, LocalDate today,
                                  Progress progress, Cancellation cancellation) {
        List<Broker> sites = scannable(brokers);
        if (sites.isEmpty()) {
            return List.of();
        }
        Likeness likeness = new Likeness(person, knownRelatives, today);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger threadCount = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, sites.size()), runnable -> {
            Thread thread = new Thread(runnable, "unlisted-scan-" + threadCount.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<ScanOutcome>> running = new ArrayList<>();
            for (Broker broker : sites) {
                running.add(pool.submit(() -> {
                    ScanOutcome outcome = one(person, broker, likeness, cancellation);
                    progress.update(done.incrementAndGet(), sites.size(), outcome);
                    return outcome;
                }));
            }
            List<ScanOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < sites.size(); i++) {
                outcomes.add(outcome(running.get(i), sites.get(i), person));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static ScanOutcome outcome(Future<ScanOutcome> running, Broker broker, Profile person) {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ScanOutcome.of(broker, ScanOutcome.Kind.CANCELLED, RequestDetails.searchUrl(person, broker));
        } catch (ExecutionException e) {
            // Reading a page never throws by design; if it somehow did, that page is unreadable, the rest stand.
            return ScanOutcome.of(broker, ScanOutcome.Kind.UNREADABLE, RequestDetails.searchUrl(person, broker));
        }
    }

    /** Looks on one site: its search page for this person, read and scored. */
    ScanOutcome one(Profile person, Broker broker, Likeness likeness, Cancellation cancellation) {
        String searchUrl = RequestDetails.searchUrl(person, broker);
        if (cancellation.isCancelled()) {
            return ScanOutcome.of(broker, ScanOutcome.Kind.CANCELLED, searchUrl);
        }
        Fetched page;
        try {
            page = network.get(URI.create(searchUrl), Purpose.SCAN, broker.domains(), cancellation);
        } catch (IllegalArgumentException badTemplate) {
            return ScanOutcome.failed(broker, searchUrl, NetProblem.BAD_ADDRESS, null);
        } catch (UnlistedException e) {
            NetProblem problem = e.problem() instanceof NetProblem p ? p : NetProblem.UNREACHABLE;
            return switch (problem) {
                case CANCELLED -> ScanOutcome.of(broker, ScanOutcome.Kind.CANCELLED, searchUrl);
                // Still too busy after waiting as asked: a person in a browser usually gets through.
                case BUSY -> ScanOutcome.of(broker, ScanOutcome.Kind.BLOCKED, searchUrl);
                default -> ScanOutcome.failed(broker, searchUrl, problem, problem == NetProblem.FOREIGN_REDIRECT
                        && e.arguments().length > 0 ? String.valueOf(e.arguments()[0]) : null);
            };
        }
        ResultPage.Reading reading = ResultPage.read(broker.search().scan(), broker.domains(), page.url(),
                page.status(), page.text());
        List<Match> matches = reading.candidates().stream().map(likeness::score)
                .sorted(Comparator.comparing(Match::strength)).toList();
        return new ScanOutcome(broker, reading.kind(), matches, searchUrl, null, null);
    }
}
