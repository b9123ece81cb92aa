package org.unlisted.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.BrokerFilter;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogIssue;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.catalog.CatalogProblem;
import org.unlisted.catalog.CatalogStats;
import org.unlisted.core.Messages;
import org.unlisted.core.UnlistedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code unlisted catalog ...}: check and read the broker catalog. Needs no vault. */
@Command(name = "catalog", description = "Check and read the broker catalog.",
        subcommands = {CatalogCommand.Validate.class, CatalogCommand.Stats.class, CatalogCommand.ListBrokers.class,
                CatalogCommand.Show.class, LinkCheckCommand.class})
final class CatalogCommand {
    static final int OK = 0;
    static final int OTHER = 1;
    static final int INVALID = 3;

    @ParentCommand
    UnlistedCommand root;

    interface CatalogAction {
        int run(CatalogLoader loader, PrintWriter out) throws UnlistedException;
    }

    int run(CatalogAction action) {
        PrintWriter err = root.spec.commandLine().getErr();
        try {
            int code = action.run(new CatalogLoader(LocalDate.now()), root.spec.commandLine().getOut());
            root.spec.commandLine().getOut().flush();
            return code;
        } catch (UnlistedException e) {
            err.println("error: " + e.describe(Messages.forLocale(Locale.getDefault())) + " (" + e.problem().code() + ")");
            err.flush();
            return e.problem() == CatalogProblem.UNKNOWN_BROKER || e.problem() == CatalogProblem.NOT_A_FOLDER
                    || e.problem() == CatalogProblem.UNKNOWN_CATEGORY
                    ? INVALID : OTHER;
        }
    }

    @Command(name = "validate", description = "Check every definition in a folder (default: the catalog in this app)."
            + " Prints file: field: reason for each problem; exit 3 if there is any.")
    static final class Validate implements Callable<Integer> {
        @ParentCommand
        CatalogCommand catalog;
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "A folder of broker definition files.")
        Path folder;

        @Override
        public Integer call() {
            return catalog.run((loader, out) -> {
                Catalog checked = folder == null ? loader.bundled() : loader.load(folder);
                for (CatalogIssue issue : checked.issues()) {
                    out.println(issue);
                }
                out.println(checked.size() + " definitions valid, " + checked.issues().size() + " problems.");
                return checked.issues().isEmpty() ? OK : INVALID;
            });
        }
    }

    @Command(name = "stats", description = "Counts as JSON: total, by category, by method, by tier, groups.")
    static final class Stats implements Callable<Integer> {
        @ParentCommand
        CatalogCommand catalog;

        @Override
        public Integer call() {
            return catalog.run((loader, out) -> {
                CatalogStats stats = CatalogStats.of(loader.bundled());
                out.println(loader.reader().json().writerWithDefaultPrettyPrinter().writeValueAsString(stats));
                return OK;
            });
        }
    }

    @Command(name = "list", description = "One line per broker, in plan order: id, category, opt-out method, name.")
    static final class ListBrokers implements Callable<Integer> {
        @ParentCommand
        CatalogCommand catalog;
        @Option(names = "--category", paramLabel = "C",
                description = "Only this category: people-search, background-check, phone-lookup, public-records,"
                        + " property, marketing, risk-identity, other.")
        String category;

        @Override
        public Integer call() {
            return catalog.run((loader, out) -> {
                Broker.Category wanted = category == null ? null : categoryOf(category);
                BrokerFilter filter = new BrokerFilter(null, wanted, null, null, false, false, false);
                for (Broker broker : loader.bundled().brokers()) {
                    if (filter.test(broker)) {
                        out.println(broker.id() + "\t" + broker.category().code() + "\t"
                                + broker.optOut().method().code() + "\t" + broker.name());
                    }
                }
                return OK;
            });
        }

        private static Broker.Category categoryOf(String code) throws UnlistedException {
            for (Broker.Category candidate : Broker.Category.values()) {
                if (candidate.code().equals(code.toLowerCase(Locale.ROOT))) {
                    return candidate;
                }
            }
            throw new UnlistedException(CatalogProblem.UNKNOWN_CATEGORY, String.join(", ",
                    java.util.Arrays.stream(Broker.Category.values()).map(Broker.Category::code).toList()));
        }
    }

    @Command(name = "show", description = "The definition of one broker, as JSON.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        CatalogCommand catalog;
        @Parameters(paramLabel = "ID", description = "The broker's id, as catalog list shows it.")
        String id;

        @Override
        public Integer call() {
            return catalog.run((loader, out) -> {
                Broker broker = loader.bundled().find(id)
                        .orElseThrow(() -> new UnlistedException(CatalogProblem.UNKNOWN_BROKER));
                out.println(loader.reader().json().writerWithDefaultPrettyPrinter().writeValueAsString(broker));
                return OK;
            });
        }
    }
}
