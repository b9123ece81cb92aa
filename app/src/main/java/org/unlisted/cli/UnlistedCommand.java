package org.unlisted.cli;

import java.nio.file.Path;
import org.unlisted.core.AppVersion;
import org.unlisted.core.DataFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root of the command line: {@code unlisted <command> ...}, over the same services as the app. */
@Command(name = "unlisted",
        mixinStandardHelpOptions = true,
        versionProvider = UnlistedCommand.Version.class,
        description = "Remove yourself from data brokers and people-search sites. Everything stays on this computer.",
        subcommands = {CommandLine.HelpCommand.class, PathsCommand.class, VaultCommand.class, CatalogCommand.class,
                ProfileCommand.class, CaseCommand.PlanCommand.class, CaseCommand.Root.class,
                LetterCommand.class, SendCommand.class, ReportCommand.class, ScanCommand.class})
public final class UnlistedCommand implements Runnable {

    @Option(names = "--data-dir", paramLabel = "FOLDER", scope = CommandLine.ScopeType.INHERIT,
            description = "Folder for the vault and log (default: per OS; or the UNLISTED_HOME variable).")
    Path dataDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private java.io.Reader stdin = new java.io.InputStreamReader(System.in, java.nio.charset.Charset.defaultCharset());

    /** Standard input, replaceable so tests can type. */
    java.io.Reader stdin() {
        return stdin;
    }

    void useStdin(java.io.Reader reader) {
        this.stdin = reader;
    }

    /** The data folder this run uses. */
    public DataFolder dataFolder() {
        return DataFolder.resolve(dataDir);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command.");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Unlisted " + AppVersion.current()};
        }
    }
}
