package org.unlisted.bench;

import java.time.LocalDate;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;

/**
 * Prints how long reading and checking the whole shipped catalog takes: the first (cold) run in a
 * fresh JVM, then warm runs. A program, not a test: figures go to docs/BENCHMARKS.md.
 */
public final class CatalogLoadBenchmark {
    private CatalogLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        double[] millis = new double[runs];
        int size = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            Catalog catalog = new CatalogLoader(LocalDate.now()).bundled();
            millis[run] = (System.nanoTime() - start) / 1e6;
            size = catalog.size();
        }
        double[] warm = java.util.Arrays.copyOfRange(millis, runs / 2, runs);
        java.util.Arrays.sort(warm);
        System.out.printf("catalog load: %d definitions; cold %.0f ms; warm median %.0f ms, best %.0f ms (%d cores)%n",
                size, millis[0], warm[warm.length / 2], warm[0], Runtime.getRuntime().availableProcessors());
    }
}
