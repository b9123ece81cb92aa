package org.unlisted.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.util.function.Supplier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.unlisted.cases.CaseEvent;
import org.unlisted.cases.CaseProblem;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.cases.OptOutCase;
import org.unlisted.cases.Plan;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.catalog.CatalogProblem;
import org.unlisted.catalog.OwnBrokers;
import org.unlisted.core.UnlistedException;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;
import org.unlisted.vault.VaultSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code unlisted plan} and {@code unlisted case ...}: a person's opt-outs, over the same services as the app. */
final class CaseCommand {
    private CaseCommand() {
    }

    /** What a command about cases gets: the open vault's people and cases, and the whole catalog. */
    record Desk(Supplier<Connection> vault, People people, Cases cases, Catalog catalog, VaultSettings settings,
                PrintWriter out) {
        Profile profile(long id) throws UnlistedException {
            return people.get(id);
        }

        Broker broker(String id) throws UnlistedException {
            return catalog.find(id).orElseThrow(() -> new UnlistedException(CatalogProblem.UNKNOWN_BROKER, id));
        }

        /** The person, the broker and their case (null before the first step), as {@code which} names them. */
        Chosen chosen(Which which) throws UnlistedException {
            Profile person = profile(which.profileId);
            Broker broker = broker(which.brokerId);
            return new Chosen(person, broker, cases.find(person.id(), broker.id()).orElse(null));
        }
    }

    record Chosen(Profile person, Broker broker, OptOutCase optOutCase) {
    }

    interface DeskAction {
        int run(Desk desk) throws UnlistedException;
    }

    /** Opens the vault, reads the catalog with the person's own sites, notes deadlines that passed, runs the action. */
    static int withDesk(UnlistedCommand root, VaultCommand.Access access, DeskAction action) {
        return VaultCommand.run(root, out -> {
            Clock clock = Clock.systemDefaultZone();
            CatalogLoader loader = new CatalogLoader(LocalDate.now(clock));
            try (Passphrase passphrase = access.read(root, "Passphrase");
                 Vault vault = Vault.open(access.vaultFile(root), passphrase)) {
                Catalog catalog = root.installedUpdate(loader, LocalDate.now(clock)).current().with(new OwnBrokers(vault::connection, loader.reader()).list());
                Cases cases = new Cases(vault::connection, catalog, clock);
                cases.markOverdue();
                return action.run(new Desk(vault::connection, new People(vault::connection, clock), cases, catalog,
                        vault.settings(), out));
            }
        });
    }

    @Command(name = "plan", description = "A person's plan: one line per broker, in the order to work through"
            + " them: broker, state, next action, date.")
    static final class PlanCommand implements Callable<Integer> {
        @ParentCommand
        UnlistedCommand root;
        @Mixin
        VaultCommand.Access access;
        @Option(names = "--profile", required = true, paramLabel = "ID", description = "The person's profile id.")
        long profileId;
        @Option(names = "--all", description = "Also list sites another opt-out covers and sites with nothing to do.")
        boolean all;

        @Override
        public Integer call() {
            return withDesk(root, access, desk -> {
                Profile person = desk.profile(profileId);
                Plan plan = desk.cases().plan(person.id(), LocalDate.now());
                for (Plan.Item item : plan.items()) {
                    if (all || item.optOutCase().isPresent() || item.coveredBy() == null) {
                        desk.out().println(String.join("\t", item.broker().id(), code(item.state()),
                                code(item.next()) + (item.coveredBy() == null ? "" : ":" + item.coveredBy().id()),
                                item.due() == null ? "-" : item.due().toString()));
                    }
                }
                return VaultCommand.OK;
            });
        }
    }

    @Command(name = "case", description = "Show, list the history of, or move one opt-out case.",
            subcommands = {Show.class, History.class, Mark.class})
    static final class Root {
        @ParentCommand
        UnlistedCommand root;
    }

    /** The options every {@code case} command takes. */
    static final class Which {
        @Option(names = "--profile", required = true, paramLabel = "ID", description = "The person's profile id.")
        long profileId;
        @Option(names = "--broker", required = true, paramLabel = "ID", description = "The broker's id.")
        String brokerId;
    }

    @Command(name = "show", description = "The case's state, round and dates.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        Root parent;
        @Mixin
        VaultCommand.Access access;
        @Mixin
        Which which;

        @Override
        public Integer call() {
            return withDesk(parent.root, access, desk -> {
                Chosen chosen = desk.chosen(which);
                Broker broker = chosen.broker();
                OptOutCase found = chosen.optOutCase();
                PrintWriter out = desk.out();
                out.println("broker: " + broker.id() + " (" + broker.name() + ")");
                out.println("state: " + code(found == null ? CaseState.NOT_STARTED : found.state()));
                out.println("next: " + code(Plan.nextAction(broker, found, LocalDate.now())));
                if (found != null) {
                    out.println("round: " + found.round());
                    line(out, "law", found.law() == null ? null : found.law().shortName());
                    line(out, "request received", found.clockStart());
                    line(out, "legal deadline", found.legalDue());
                    line(out, "expected by", found.expectedBy());
                    line(out, "re-check on", found.recheckOn());
                }
                return VaultCommand.OK;
            });
        }

        private static void line(PrintWriter out, String label, Object value) {
            if (value != null) {
                out.println(label + ": " + value);
            }
        }
    }

    @Command(name = "history", description = "Every step of the case, oldest first: time, round, actor, kind,"
            + " state, date set, note, addresses, files.")
    static final class History implements Callable<Integer> {
        @ParentCommand
        Root parent;
        @Mixin
        VaultCommand.Access access;
        @Mixin
        Which which;

        @Override
        public Integer call() {
            return withDesk(parent.root, access, desk -> {
                OptOutCase found = desk.chosen(which).optOutCase();
                if (found == null) {
                    return VaultCommand.OK;
                }
                for (CaseEvent event : desk.cases().history(found.id())) {
                    desk.out().println(String.join("\t", event.at().toString(), "round " + event.round(),
                            code(event.actor()) + (event.actorName().isEmpty() ? "" : ":" + event.actorName()),
                            code(event.kind()), code(event.state()), event.due() == null ? "-" : event.due().toString(),
                            event.note().replace('\n', ' '), String.join(" ", event.urls()),
                            String.join(" ", event.attachments().stream().map(CaseEvent.Attachment::name).toList())));
                }
                return VaultCommand.OK;
            });
        }
    }

    @Command(name = "mark", description = "Move the case to a new state (only moves a case can make; exit 3"
            + " and nothing changes otherwise).")
    static final class Mark implements Callable<Integer> {
        @ParentCommand
        Root parent;
        @Mixin
        VaultCommand.Access access;
        @Mixin
        Which which;
        @Option(names = "--state", required = true, paramLabel = "STATE",
                description = "searching, not-found, found, submitted, awaiting-verification, removed, relisted,"
                        + " blocked, overdue, escalated.")
        String state;
        @Option(names = "--url", paramLabel = "URL", description = "A listing address on this broker (repeat).")
        List<String> urls = List.of();
        @Option(names = "--note", paramLabel = "TEXT", description = "A note for the record.")
        String note;
        @Option(names = "--attach", paramLabel = "FILE", description = "A file to keep as evidence (repeat).")
        List<Path> files = List.of();

        @Override
        public Integer call() {
            return withDesk(parent.root, access, desk -> {
                CaseState target = parseState(state);
                Profile person = desk.profile(which.profileId);
                Broker broker = desk.broker(which.brokerId);
                List<Cases.NewFile> attached = new java.util.ArrayList<>();
                for (Path file : files) {
                    attached.add(read(file));
                }
                OptOutCase moved = desk.cases().mark(person, broker, Cases.Step.to(target).withNote(note)
                        .withUrls(urls).withFiles(attached));
                desk.out().println(code(moved.state()));
                return VaultCommand.OK;
            });
        }
    }

    static CaseState parseState(String text) throws UnlistedException {
        try {
            return CaseState.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new UnlistedException(CaseProblem.NOT_ALLOWED, text, text);
        }
    }

    static Cases.NewFile read(Path file) throws UnlistedException {
        try {
            if (Files.size(file) > Cases.MAX_ATTACHMENT_BYTES) {
                throw new UnlistedException(CaseProblem.ATTACHMENT_TOO_LARGE, Cases.MAX_ATTACHMENT_BYTES / (1024 * 1024));
            }
            String type = Files.probeContentType(file);
            return new Cases.NewFile(file.getFileName().toString(), type == null ? "application/octet-stream" : type,
                    Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UnlistedException(CaseProblem.ATTACHMENT_UNREADABLE, e);
        }
    }

    /** How states and actions are written on the command line: lower case, hyphens. */
    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
