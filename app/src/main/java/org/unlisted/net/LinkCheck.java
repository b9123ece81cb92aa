package org.unlisted.net;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.core.UnlistedException;

/**
 * For catalog maintainers: visits every opt-out page, politely (the network's per-host and
 * global limits), and says which are dead, which now send people to another site, and which
 * changed since the last check (a different title or a different form).
 */
public final class LinkCheck {
    /** How one opt-out page looked. */
    public enum Verdict { OK, CHANGED, DEAD, ELSEWHERE, BLOCKED, FAILED }

    /** One page to visit: whose it is, where, and which sites it may lead to. */
    public record Target(String brokerId, URI url, List<String> domains) {
    }

    /** What a visit found; {@code fingerprint} is the title and form fields, hashed, to compare with the next check. */
    public record Result(Target target, Verdict verdict, String status, String finalUrl, String title,
                         String fingerprint) {
    }

    private static final int PARALLEL = 8;

    private final Network network;

    public LinkCheck(Network network) {
        this.network = network;
    }

    /** Every opt-out page in the catalog (the person's own brokers too, if they are in it). */
    public static List<Target> targets(Catalog catalog) {
        List<Target> targets = new ArrayList<>();
        for (Broker broker : catalog.brokers()) {
            String url = broker.optOut() == null ? null : broker.optOut().url();
            if (url != null && !url.isBlank()) {
                targets.add(new Target(broker.id(), URI.create(url), broker.domains()));
            }
        }
        return targets;
    }

    /**
     * Visits each target; {@code previous} maps broker ids to the fingerprint of the last check
     * (empty on a first check). {@code progress} hears (done, total) after each page.
     */
    public List<Result> run(List<Target> targets, Map<String, String> previous, Cancellation cancellation,
            BiConsumer<Integer, Integer> progress) throws UnlistedException {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL, runnable -> {
            Thread thread = new Thread(runnable, "link-check");
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<Result>> visits = new ArrayList<>();
            for (Target target : targets) {
                visits.add(pool.submit(() -> {
                    Result result = visit(target, previous.get(target.brokerId()), cancellation);
                    progress.accept(done.incrementAndGet(), targets.size());
                    return result;
                }));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> visit : visits) {
                results.add(visit.get());
            }
            if (cancellation.isCancelled()) {
                throw new UnlistedException(NetProblem.CANCELLED);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnlistedException(NetProblem.CANCELLED);
        } catch (ExecutionException e) {
            throw new UnlistedException(NetProblem.UNREACHABLE, e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private Result visit(Target target, String before, Cancellation cancellation) {
        List<String> allowed = new ArrayList<>(target.domains());
        allowed.add(target.url().getHost());
        try {
            Fetched page = network.get(target.url(), Purpose.LINK_CHECK, allowed, cancellation);
            String status = Integer.toString(page.status());
            String finalUrl = page.url().toString();
            if (page.status() == 404 || page.status() == 410) {
                return new Result(target, Verdict.DEAD, status, finalUrl, "", "");
            }
            if (page.status() == 401 || page.status() == 403) {
                return new Result(target, Verdict.BLOCKED, status, finalUrl, "", "");
            }
            if (!page.ok()) {
                return new Result(target, Verdict.FAILED, status, finalUrl, "", "");
            }
            Document document = Jsoup.parse(page.text(), finalUrl);
            String fingerprint = fingerprint(document);
            Verdict verdict = before != null && !before.isBlank() && !before.equals(fingerprint) ? Verdict.CHANGED : Verdict.OK;
            return new Result(target, verdict, status, finalUrl, document.title().strip(), fingerprint);
        } catch (UnlistedException e) {
            Object[] args = e.arguments();
            if (e.problem() == NetProblem.FOREIGN_REDIRECT) {
                return new Result(target, Verdict.ELSEWHERE, e.problem().code(),
                        args.length > 0 ? String.valueOf(args[0]) : "", "", "");
            }
            Verdict verdict = e.problem() == NetProblem.BUSY ? Verdict.BLOCKED : Verdict.FAILED;
            return new Result(target, verdict, e.problem().code(), "", "", "");
        }
    }

    /** The page's title and its form fields: what a maintainer's instructions depend on, not the ads around them. */
    static String fingerprint(Document document) {
        TreeSet<String> fields = new TreeSet<>();
        for (Element field : document.select("form input[name], form select[name], form textarea[name]")) {
            fields.add(field.tagName() + ":" + field.attr("name"));
        }
        String shape = document.title().strip() + "\n" + String.join("\n", fields);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(shape.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
