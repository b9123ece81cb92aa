package org.unlisted.cli;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.unlisted.catalog.Broker;
import org.unlisted.core.UnlistedException;
import org.unlisted.letters.BulkLetters;
import org.unlisted.letters.Letters;
import org.unlisted.mail.MailAccount;
import org.unlisted.mail.Mailer;
import org.unlisted.mail.Outgoing;
import org.unlisted.people.Consents;
import org.unlisted.people.Profile;
import org.unlisted.people.WorkspaceMode;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code unlisted send}: sends a person's email requests from the account saved in the vault, each once. */
@Command(name = "send", description = "Send a person's removal requests by email from the account saved in the vault"
        + " (each request once; one line per letter: broker, recipient, result).")
final class SendCommand implements Callable<Integer> {
    @ParentCommand
    UnlistedCommand root;
    @Mixin
    VaultCommand.Access access;
    @Option(names = "--profile", required = true, paramLabel = "ID", description = "The person's profile id.")
    long profileId;
    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;
    @Option(names = "--dry-run", description = "Show what would be sent; send nothing.")
    boolean dryRun;

    static final class Which {
        @Option(names = "--broker", paramLabel = "ID", description = "One broker.")
        String brokerId;
        @Option(names = "--all-email", description = "Every broker whose way out is an email request.")
        boolean allEmail;
    }

    @Override
    public Integer call() {
        return CaseCommand.withDesk(root, access, desk -> {
            Profile person = desk.profile(profileId);
            List<Broker> brokers = which.allEmail ? Letters.emailable(desk.catalog())
                    : List.of(desk.broker(which.brokerId));
            for (Broker broker : brokers) {
                if (!Letters.takesEmail(broker)) {
                    throw new UnlistedException(CliProblem.NO_EMAIL, broker.id());
                }
            }
            boolean clinic = WorkspaceMode.of(desk.settings()).orElse(WorkspaceMode.PERSONAL) == WorkspaceMode.CLINIC;
            BulkLetters.From from = clinic ? BulkLetters.From.advocate(new Letters.Agent(
                    desk.settings().get(WorkspaceMode.ADVOCATE_KEY).orElse(""),
                    desk.settings().get(WorkspaceMode.ORGANISATION_KEY).orElse(""))) : BulkLetters.From.person();
            BulkLetters bulk = new BulkLetters(desk.cases(), new Consents(desk.vault()),
                    java.time.Clock.systemUTC());
            List<BulkLetters.Prepared> prepared = bulk.prepare(List.of(person), brokers, from);
            if (dryRun) {
                prepared.forEach(p -> desk.out().println(p.broker().id() + "\t" + p.letter().email() + "\twould send"));
                return VaultCommand.OK;
            }
            MailAccount account = MailAccount.load(desk.settings())
                    .orElseThrow(() -> new UnlistedException(CliProblem.NO_MAIL_ACCOUNT));
            char[] password = MailAccount.loadPassword(desk.settings()).orElse(new char[0]);
            int failed = 0;
            try (Mailer mailer = new Mailer(account, password)) {
                BulkLetters.Sender sender = (to, subject, body) -> mailer.send(new Outgoing(to, subject, body))
                        .messageId();
                for (BulkLetters.Result result : bulk.sendAll(prepared, sender, from, (r, n, all) -> { }, () -> false)) {
                    failed += result.outcome() == BulkLetters.Outcome.FAILED ? 1 : 0;
                    desk.out().println(result.prepared().broker().id() + "\t" + result.prepared().letter().email()
                            + "\t" + CaseCommand.code(result.outcome()) + (result.problem() == null ? ""
                            : " (" + result.problem().problem().code() + ")"));
                }
            } finally {
                Arrays.fill(password, '\0');
            }
            return failed == 0 ? VaultCommand.OK : VaultCommand.OTHER;
        });
    }
}
