package org.unlisted.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.unlisted.cases.CaseEvent;
import org.unlisted.cases.OptOutCase;
import org.unlisted.cases.PrivacyLaw;
import org.unlisted.catalog.Broker;
import org.unlisted.core.UnlistedException;
import org.unlisted.letters.Letter;
import org.unlisted.letters.LetterKind;
import org.unlisted.letters.LetterPdf;
import org.unlisted.letters.Letters;
import org.unlisted.people.Profile;
import org.unlisted.people.WorkspaceMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code unlisted letter}: writes one letter for one person and broker, as text (or PDF), to a file or the screen. */
@Command(name = "letter", description = "Write a letter to a broker (or a complaint to the regulator) for one person.")
final class LetterCommand implements Callable<Integer> {
    @ParentCommand
    UnlistedCommand root;
    @Mixin
    VaultCommand.Access access;
    @Mixin
    CaseCommand.Which which;
    @Option(names = "--law", paramLabel = "LAW", defaultValue = "auto",
            description = "auto (from the person's state and the broker), none, or a state or law: ca, ccpa, va, gdpr...")
    String law;
    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "delete",
            description = "delete, followup, acp, agent or complaint.")
    String kind;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or pdf.")
    String format;
    @Option(names = "--out", paramLabel = "FILE", description = "Where to write it (default: the screen, text only).")
    Path out;

    @Override
    public Integer call() {
        return CaseCommand.withDesk(root, access, desk -> {
            CaseCommand.Chosen picked = desk.chosen(which);
            Profile person = picked.person();
            Broker broker = picked.broker();
            Optional<PrivacyLaw> chosen = Letters.parseLaw(law, person, broker)
                    .orElseThrow(() -> new UnlistedException(CliProblem.BAD_CHOICE, "--law", law));
            LetterKind letterKind = parseKind(kind);
            OptOutCase found = picked.optOutCase();
            List<CaseEvent> history = found == null ? List.of() : desk.cases().history(found.id());
            Letter letter = Letters.write(new Letters.Request(person, broker, letterKind, chosen,
                    listingUrls(found, history), LocalDate.now(), found, history,
                    new Letters.Agent(desk.settings().get(WorkspaceMode.ADVOCATE_KEY).orElse(""),
                            desk.settings().get(WorkspaceMode.ORGANISATION_KEY).orElse(""))));
            String text = "To: " + letter.recipient() + (letter.email().isEmpty() ? "" : " <" + letter.email() + ">")
                    + "\nSubject: " + letter.subject() + "\n\n" + letter.body();
            if (format.equalsIgnoreCase("pdf")) {
                if (out == null) {
                    throw new UnlistedException(CliProblem.BAD_CHOICE, "--out", "");
                }
                write(out, LetterPdf.render(Letters.printed(letter, person, broker)));
                return VaultCommand.OK;
            }
            if (!format.equalsIgnoreCase("text")) {
                throw new UnlistedException(CliProblem.BAD_CHOICE, "--format", format);
            }
            if (out == null) {
                desk.out().print(text);
                desk.out().flush();
            } else {
                write(out, text.getBytes(StandardCharsets.UTF_8));
            }
            return VaultCommand.OK;
        });
    }

    static LetterKind parseKind(String text) throws UnlistedException {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (wanted.equals("FOLLOWUP")) {
            return LetterKind.FOLLOW_UP;
        }
        try {
            return LetterKind.valueOf(wanted);
        } catch (IllegalArgumentException e) {
            throw new UnlistedException(CliProblem.BAD_CHOICE, "--kind", text);
        }
    }

    /** The listing addresses recorded in the case's current round. */
    static List<String> listingUrls(OptOutCase c, List<CaseEvent> history) {
        return c == null ? List.of() : history.stream().filter(e -> e.round() == c.round())
                .flatMap(e -> e.urls().stream()).distinct().toList();
    }

    static void write(Path file, byte[] bytes) throws UnlistedException {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UnlistedException(CliProblem.CANNOT_WRITE, e);
        }
    }
}
