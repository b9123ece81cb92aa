package org.unlisted.cli;

import java.io.Console;
import java.io.IOException;
import java.io.Reader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.unlisted.core.Messages;
import org.unlisted.core.UnlistedException;
import org.unlisted.vault.CheckResult;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;
import org.unlisted.vault.VaultProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code unlisted vault ...}: the same vault services as the app. */
@Command(name = "vault", description = "Create, check, back up and restore the encrypted vault.",
        subcommands = {VaultCommand.Init.class, VaultCommand.Check.class, VaultCommand.ChangePassphrase.class,
                VaultCommand.Backup.class, VaultCommand.Restore.class})
final class VaultCommand {
    static final int OK = 0;
    static final int OTHER = 1;
    static final int CANNOT_OPEN = 2;
    static final int BAD_INPUT = 3;

    @ParentCommand
    UnlistedCommand root;

    /** Options every vault command takes, and how it asks for passphrases. */
    static final class Access {
        @Option(names = "--vault", paramLabel = "FILE", description = "The vault file (default: vault.db in the data folder).")
        Path vault;

        @Option(names = "--passphrase-stdin",
                description = "Read passphrases from standard input, one per line, instead of asking.")
        boolean fromStdin;


        Path vaultFile(UnlistedCommand root) {
            return vault != null ? vault.toAbsolutePath() : root.dataFolder().vaultFile();
        }

        /** One passphrase: the next line of standard input, or asked at the terminal without echo. */
        Passphrase read(UnlistedCommand root, String prompt) throws UnlistedException {
            if (fromStdin) {
                return Passphrase.wrap(readLine(root.stdin()));
            }
            Console console = System.console();
            if (console == null) {
                throw new UnlistedException(CliProblem.NO_TERMINAL);
            }
            char[] typed = console.readPassword("%s: ", prompt);
            return Passphrase.wrap(typed == null ? new char[0] : typed);
        }

        /** A new passphrase: from standard input once, or typed twice at the terminal. */
        Passphrase readNew(UnlistedCommand root, String prompt) throws UnlistedException {
            Passphrase chosen = read(root, prompt);
            if (fromStdin) {
                return chosen;
            }
            try (Passphrase again = read(root, prompt + " (again)")) {
                if (!Arrays.equals(chosen.chars(), again.chars())) {
                    chosen.destroy();
                    throw new UnlistedException(CliProblem.PASSPHRASES_DIFFER);
                }
            }
            return chosen;
        }

        /** Reads up to a line end into a char[], growing and wiping as it goes; no String is made. */
        private static char[] readLine(Reader in) throws UnlistedException {
            char[] buffer = new char[64];
            int length = 0;
            try {
                int c;
                while ((c = in.read()) != -1 && c != '\n') {
                    if (c == '\r') {
                        continue;
                    }
                    if (length == buffer.length) {
                        char[] bigger = Arrays.copyOf(buffer, buffer.length * 2);
                        Arrays.fill(buffer, '\0');
                        buffer = bigger;
                    }
                    buffer[length++] = (char) c;
                }
            } catch (IOException e) {
                throw new UnlistedException(CliProblem.NO_TERMINAL, e);
            }
            char[] line = Arrays.copyOf(buffer, length);
            Arrays.fill(buffer, '\0');
            return line;
        }
    }

    /** Runs a vault action and turns its failure into one line on stderr and an exit code. */
    static int run(UnlistedCommand root, VaultAction action) {
        Messages messages = Messages.forLocale(Locale.getDefault());
        PrintWriter err = root.spec.commandLine().getErr();
        try {
            return action.run(root.spec.commandLine().getOut());
        } catch (UnlistedException e) {
            err.println("error: " + e.describe(messages) + " (" + e.problem().code() + ")");
            err.flush();
            return exitCode(e);
        }
    }

    static int exitCode(UnlistedException e) {
        if (e.problem() instanceof VaultProblem problem) {
            switch (problem) {
                case CANNOT_OPEN, NOT_FOUND, NEWER_VERSION, DAMAGED, WRONG_CURRENT_PASSPHRASE:
                    return CANNOT_OPEN;
                case STORAGE:
                    return OTHER;
                default:
                    return BAD_INPUT;
            }
        }
        if (e.problem() == org.unlisted.people.PeopleProblem.STORAGE
                || e.problem() == org.unlisted.cases.CaseProblem.STORAGE) {
            return OTHER;
        }
        return BAD_INPUT;
    }

    interface VaultAction {
        int run(PrintWriter out) throws UnlistedException;
    }

    @Command(name = "init", description = "Create a new vault.")
    static final class Init implements Callable<Integer> {
        @ParentCommand
        VaultCommand vault;
        @Mixin
        Access access;

        @Override
        public Integer call() {
            return run(vault.root, out -> {
                Path file = access.vaultFile(vault.root);
                try (Passphrase passphrase = access.readNew(vault.root, "New passphrase");
                     Vault created = Vault.create(file, passphrase)) {
                    out.println("Vault created: " + created.file());
                }
                return OK;
            });
        }
    }

    @Command(name = "check", description = "Check that the vault opens and is undamaged. Changes nothing.")
    static final class Check implements Callable<Integer> {
        @ParentCommand
        VaultCommand vault;
        @Mixin
        Access access;

        @Override
        public Integer call() {
            return run(vault.root, out -> {
                try (Passphrase passphrase = access.read(vault.root, "Passphrase")) {
                    CheckResult result = Vault.check(access.vaultFile(vault.root), passphrase);
                    if (!result.sound()) {
                        throw new UnlistedException(VaultProblem.DAMAGED);
                    }
                    out.println("Vault OK: opens, integrity check passed, schema version " + result.schemaVersion()
                            + " (this app: " + result.appSchemaVersion() + ")");
                }
                return OK;
            });
        }
    }

    @Command(name = "change-passphrase",
            description = "Change the passphrase. With --passphrase-stdin: the current passphrase, then the new one.")
    static final class ChangePassphrase implements Callable<Integer> {
        @ParentCommand
        VaultCommand vault;
        @Mixin
        Access access;

        @Override
        public Integer call() {
            return run(vault.root, out -> {
                try (Passphrase current = access.read(vault.root, "Current passphrase");
                     Vault open = Vault.open(access.vaultFile(vault.root), current);
                     Passphrase replacement = access.readNew(vault.root, "New passphrase")) {
                    open.changePassphrase(current, replacement);
                    out.println("Passphrase changed.");
                }
                return OK;
            });
        }
    }

    @Command(name = "backup", description = "Write an encrypted copy of the vault to a new file. "
            + "With --new-passphrase and --passphrase-stdin: the vault's passphrase, then the backup's.")
    static final class Backup implements Callable<Integer> {
        @ParentCommand
        VaultCommand vault;
        @Mixin
        Access access;
        @Parameters(paramLabel = "TARGET", description = "The backup file to create (must not exist).")
        Path target;
        @Option(names = "--new-passphrase", description = "Lock the backup with a different passphrase.")
        boolean newPassphrase;

        @Override
        public Integer call() {
            return run(vault.root, out -> {
                try (Passphrase passphrase = access.read(vault.root, "Passphrase");
                     Vault open = Vault.open(access.vaultFile(vault.root), passphrase)) {
                    if (newPassphrase) {
                        try (Passphrase backupPassphrase = access.readNew(vault.root, "Backup passphrase")) {
                            open.backupTo(target.toAbsolutePath(), backupPassphrase);
                        }
                    } else {
                        open.backupTo(target.toAbsolutePath(), null);
                    }
                    out.println("Backup written: " + target.toAbsolutePath());
                }
                return OK;
            });
        }
    }

    @Command(name = "restore", description = "Replace the vault with a backup, after checking the backup. "
            + "With --passphrase-stdin: the backup's passphrase.")
    static final class Restore implements Callable<Integer> {
        @ParentCommand
        VaultCommand vault;
        @Mixin
        Access access;
        @Parameters(paramLabel = "BACKUP", description = "The backup file to restore.")
        Path backup;

        @Override
        public Integer call() {
            return run(vault.root, out -> {
                try (Passphrase passphrase = access.read(vault.root, "Backup passphrase")) {
                    Vault.restore(backup.toAbsolutePath(), passphrase, access.vaultFile(vault.root));
                    out.println("Vault restored from the backup. Open it with the backup's passphrase.");
                }
                return OK;
            });
        }
    }
}
