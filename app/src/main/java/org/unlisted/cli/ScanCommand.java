package org.unlisted.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.unlisted.catalog.Broker;
import org.unlisted.core.Messages;
import org.unlisted.core.UnlistedException;
import org.unlisted.net.Cancellation;
import org.unlisted.net.Network;
import org.unlisted.net.scan.Candidate;
import org.unlisted.net.scan.Match;
import org.unlisted.net.scan.ScanOutcome;
import org.unlisted.net.scan.ScanRecord;
import org.unlisted.net.scan.Scanner;
import org.unlisted.people.Households;
import org.unlisted.people.KnownRelatives;
import org.unlisted.people.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code unlisted scan}: looks for a person on the sites the app can read, prints what may be them
 * with the reasons, and keeps a note per site in the record. It never says a page is the person's:
 * that is {@code unlisted case mark ... --state found --url URL}, by the person.
 */
@Command(name = "scan", description = "Look for a person's listings on the sites Unlisted can read (those with a"
        + " scan block): candidates with a score and reasons per site. Confirms nothing.")
final class ScanCommand implements Callable<Integer> {
    @ParentCommand
    UnlistedCommand root;
    @Mixin
    VaultCommand.Access access;
    @Option(names = "--profile", required = true, paramLabel = "ID", description = "The person's profile id.")
    long profileId;
    @Option(names = "--broker", paramLabel = "ID", description = "Only this site (repeat); default: every site"
            + " Unlisted can read.")
    List<String> brokerIds = List.of();

    @Override
    public Integer call() {
        return CaseCommand.withDesk(root, access, desk -> {
            Network network = root.network().network();
            try {
                return scan(desk, network, Messages.forLocale(Locale.getDefault()),
                        root.spec.commandLine().getErr(), profileId, brokerIds);
            } finally {
                network.close();
            }
        });
    }

    /** The scan itself, over an open vault and a network the caller made. */
    static int scan(CaseCommand.Desk desk, Network network, Messages messages, PrintWriter progress, long profileId,
                    List<String> brokerIds) throws UnlistedException {
        Profile person = desk.profile(profileId);
        List<Broker> sites = new ArrayList<>();
        for (String id : brokerIds) {
            Broker broker = desk.broker(id);
            if (!Scanner.canScan(broker)) {
                throw new UnlistedException(CliProblem.CANNOT_SCAN, broker.id());
            }
            sites.add(broker);
        }
        if (brokerIds.isEmpty()) {
            sites.addAll(Scanner.scannable(desk.catalog().brokers()));
        }
        PrintWriter out = desk.out();
        if (sites.isEmpty()) {
            out.println(messages.get("scan.noneCanScan"));
            return VaultCommand.OK;
        }
        List<String> relatives = KnownRelatives.of(desk.people(), new Households(desk.vault()), person);
        List<ScanOutcome> outcomes = new Scanner(network).scan(person, relatives, sites, LocalDate.now(),
                (done, total, latest) -> progress.println("scan: " + done + "/" + total), new Cancellation());
        List<ScanOutcome> maybeBack = new ScanRecord(desk.cases(), messages).write(person, outcomes);
        for (ScanOutcome outcome : outcomes) {
            print(out, messages, outcome, maybeBack.contains(outcome));
        }
        out.println(messages.get("scan.cli.nothingConfirmed"));
        return VaultCommand.OK;
    }

    private static void print(PrintWriter out, Messages messages, ScanOutcome outcome, boolean maybeBack) {
        String id = outcome.broker().id();
        switch (outcome.kind()) {
            case CANDIDATES -> out.println(id + "\tcandidates\t" + outcome.matches().size());
            case NO_RESULTS -> out.println(id + "\tnot-listed");
            case BLOCKED -> out.println(id + "\tcheck-in-browser\t" + outcome.searchUrl());
            case UNREADABLE -> out.println(id + "\tcould-not-read");
            case FAILED -> out.println(id + "\tfailed\t" + outcome.problemText(messages));
            case CANCELLED -> out.println(id + "\tcancelled");
        }
        if (maybeBack) {
            out.println(id + "\tmay-be-back\t" + messages.get("scan.note.maybeBack"));
        }
        for (Match match : outcome.matches()) {
            Candidate who = match.candidate();
            List<String> about = new ArrayList<>();
            about.add(who.name());
            if (who.age() != null) {
                about.add(who.age().toString());
            }
            about.addAll(who.places());
            out.println("  " + match.strength().name().toLowerCase(Locale.ROOT) + "\t" + String.join("; ", about)
                    + "\t" + (who.listingUrl() == null ? "-" : who.listingUrl()));
            for (Match.Reason reason : match.reasons()) {
                out.println("    " + (reason.against() ? "- " : "+ ") + messages.get(reason.messageKey(),
                        reason.detail()));
            }
        }
    }
}
