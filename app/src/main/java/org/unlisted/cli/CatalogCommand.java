package org.unlisted.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
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
import org.unlisted.catalog.bundle.BundleProblem;
import org.unlisted.catalog.bundle.BundleVerifier;
import org.unlisted.catalog.bundle.CatalogBundle;
import org.unlisted.catalog.bundle.InstalledUpdate;
import org.unlisted.catalog.bundle.SigningKeys;
import org.unlisted.core.DataFolder;
import org.unlisted.core.Messages;
import org.unlisted.core.UnlistedException;
import org.unlisted.net.Cancellation;
import org.unlisted.net.CatalogUpdate;
import org.unlisted.net.NetworkSession;
import org.unlisted.net.Network;
import org.unlisted.net.NetworkActivity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code unlisted catalog ...}: check and read the broker catalog (the installed update when there
 * is a valid one), sign and install catalog updates. Needs no vault.
 */
@Command(name = "catalog", description = "Check and read the broker catalog.",
        subcommands = {CatalogCommand.Validate.class, CatalogCommand.Stats.class, CatalogCommand.ListBrokers.class,
                CatalogCommand.Show.class, CatalogCommand.Bundle.class, CatalogCommand.Update.class,
                LinkCheckCommand.class})
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
            Messages messages = Messages.forLocale(Locale.getDefault());
            String reason = e.describe(messages);
            boolean refused = e.problem() instanceof BundleProblem bundle && bundle.isRefusal();
            err.println("error: " + (refused ? messages.get("catalogUpdate.refused", reason) : reason)
                    + " (" + e.problem().code() + ")");
            err.flush();
            return refused || e.problem() == CatalogProblem.UNKNOWN_BROKER || e.problem() == CatalogProblem.NOT_A_FOLDER
                    || e.problem() == CatalogProblem.UNKNOWN_CATEGORY || e.problem() == BundleProblem.INVALID_CATALOG
                    || e.problem() == BundleProblem.SIGNING_KEY
                    ? INVALID : OTHER;
        }
    }

    /** The catalog in use: the installed update when it is valid and newer, else the one inside the app. */
    Catalog current(CatalogLoader loader) throws UnlistedException {
        return root.installedUpdate(loader, LocalDate.now()).current();
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
                CatalogStats stats = CatalogStats.of(catalog.current(loader));
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
                for (Broker broker : catalog.current(loader).brokers()) {
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
                Broker broker = catalog.current(loader).find(id)
                        .orElseThrow(() -> new UnlistedException(CatalogProblem.UNKNOWN_BROKER));
                out.println(loader.reader().json().writerWithDefaultPrettyPrinter().writeValueAsString(broker));
                return OK;
            });
        }
    }

    @Command(name = "bundle", description = "For catalog maintainers: check every definition in a folder and sign"
            + " them into one catalog update file. An invalid catalog is never signed (exit 3).")
    static final class Bundle implements Callable<Integer> {
        @ParentCommand
        CatalogCommand catalog;
        @Option(names = "--sign-key", required = true, paramLabel = "KEY",
                description = "The Ed25519 private key, PEM (openssl genpkey -algorithm ed25519).")
        Path key;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The bundle to write (a zip).")
        Path target;
        @Option(names = "--from", paramLabel = "DIR", description = "The definitions (default: brokers/definitions).")
        Path from;

        @Override
        public Integer call() {
            return catalog.run((loader, out) -> {
                CatalogBundle.Built built = CatalogBundle.build(from == null ? Path.of("brokers", "definitions") : from,
                        SigningKeys.privateKey(key), Instant.now(), LocalDate.now());
                write(built.bytes(), target);
                out.println("Signed " + built.manifest().count() + " definitions into " + target + " (version "
                        + built.manifest().created() + ").");
                try {
                    BundleVerifier.shipped(LocalDate.now()).manifest(built.bytes());
                } catch (UnlistedException notTrusted) {
                    out.println("Note: this key is not one the app trusts, so the app will refuse this bundle.");
                }
                return OK;
            });
        }

        /** Next to the target first, then one move, so a failed run never leaves half a bundle. */
        private static void write(byte[] bytes, Path target) throws UnlistedException {
            Path absolute = target.toAbsolutePath();
            try {
                Path partial = Files.createTempFile(absolute.getParent(), ".bundle-", ".partial");
                try {
                    Files.write(partial, bytes);
                    Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(partial);
                }
            } catch (IOException | RuntimeException e) {
                throw new UnlistedException(CliProblem.CANNOT_WRITE, e);
            }
        }
    }

    @Command(name = "update", description = "Download a catalog update, check its signature and every definition,"
            + " and install it. If any check fails, nothing changes (exit 3).")
    static final class Update implements Callable<Integer> {
        @ParentCommand
        CatalogCommand catalog;
        @Option(names = "--from", required = true, paramLabel = "URL", description = "The bundle's https:// address.")
        String from;

        @Override
        public Integer call() {
            return catalog.run((loader, out) -> {
                DataFolder folder = catalog.root.dataFolder();
                try {
                    folder.create();
                } catch (IOException e) {
                    throw new UnlistedException(BundleProblem.STORAGE, e);
                }
                NetworkSession session = catalog.root.network();
                Network network = session.network();
                try {
                    InstalledUpdate.Outcome outcome = new CatalogUpdate(network,
                            catalog.root.installedUpdate(loader, LocalDate.now())).run(from, new Cancellation());
                    if (outcome.installed()) {
                        out.println("Installed the catalog update of " + outcome.created() + ": " + outcome.before()
                                + " brokers before, " + outcome.after() + " after.");
                    } else {
                        out.println("Already up to date: the catalog update of " + outcome.created() + " ("
                                + outcome.after() + " brokers).");
                    }
                    return OK;
                } finally {
                    for (NetworkActivity.Contact contact : session.activity().contacts()) {
                        out.println("Contacted " + contact.host() + " (" + contact.outcome() + ")");
                    }
                    network.close();
                }
            });
        }
    }
}
