package org.unlisted.catalog;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.unlisted.core.UnlistedException;

/**
 * The catalog, read once on a background thread as the app starts, so the first window does not
 * wait for it; whoever needs it first waits only for what is left. The app holds the reading back
 * until its first window is on screen ({@link #holdUntilStarted}): on two cores, reading 1,155
 * definitions beside the window's first layout made the window come up twice as slowly.
 */
public final class CatalogSupply {
    /** Where the catalog comes from: a folder, the app itself, or an installed update. */
    @FunctionalInterface
    public interface Source {
        Catalog load() throws UnlistedException;
    }

    private volatile CompletableFuture<Catalog> loading;
    private final CompletableFuture<Void> go;

    private CatalogSupply(CompletableFuture<Catalog> loading, CompletableFuture<Void> go) {
        this.loading = loading;
        this.go = go;
    }

    /** Starts reading {@code folder}, or the catalog inside the app when it is {@code null}. */
    public static CatalogSupply startLoading(Path folder, Clock clock) {
        return startLoading(folder(folder, clock));
    }

    /** The definitions in {@code folder}, or the catalog inside the app when it is {@code null}. */
    public static Source folder(Path folder, Clock clock) {
        return () -> {
            CatalogLoader loader = new CatalogLoader(LocalDate.now(clock));
            return folder == null ? loader.bundled() : loader.load(folder);
        };
    }

    /** Starts reading the catalog from {@code source}. */
    public static CatalogSupply startLoading(Source source) {
        return read(source, CompletableFuture.completedFuture(null));
    }

    /** Reads {@code source} once {@link #start} is called, or as soon as someone asks for the catalog. */
    public static CatalogSupply holdUntilStarted(Source source) {
        return read(source, new CompletableFuture<>());
    }

    /** Lets a held-back reading begin. */
    public void start() {
        go.complete(null);
    }

    private static CatalogSupply read(Source source, CompletableFuture<Void> go) {
        CompletableFuture<Catalog> loading = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                go.join();
                loading.complete(source.load());
            } catch (UnlistedException | RuntimeException e) {
                loading.completeExceptionally(e);
            }
        }, "catalog-loader");
        reader.setDaemon(true);
        reader.start();
        return new CatalogSupply(loading, go);
    }

    /** From now on, {@code newer} (a catalog update the person just installed). */
    public void replace(Catalog newer) {
        loading = CompletableFuture.completedFuture(newer);
    }

    /** A catalog already at hand (one made in code, as tests and the practice vault do). */
    public static CatalogSupply of(Catalog catalog) {
        return new CatalogSupply(CompletableFuture.completedFuture(catalog), CompletableFuture.completedFuture(null));
    }

    /** The catalog, waiting for it if it is still being read. */
    public Catalog await() throws UnlistedException {
        start();
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UnlistedException problem) {
                throw problem;
            }
            throw new UnlistedException(CatalogProblem.MISSING, e.getCause());
        }
    }
}
