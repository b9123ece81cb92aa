package org.unlisted.cli;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.LocalDate;
import java.util.List;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.catalog.bundle.BundleVerifier;
import org.unlisted.catalog.bundle.InstalledUpdate;
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

    /** The keys catalog updates must be signed with; {@code null}: the ones shipped in the app. */
    private List<PublicKey> catalogKeys;

    /** For tests, which sign catalog updates with keys of their own. */
    void trustCatalogKeys(List<PublicKey> keys) {
        this.catalogKeys = keys;
    }

    /** The catalog update in this run's data folder, checked with the trusted keys. */
    InstalledUpdate installedUpdate(CatalogLoader loader, LocalDate today) {
        BundleVerifier verifier = catalogKeys == null ? BundleVerifier.shipped(today)
                : BundleVerifier.trusting(catalogKeys, today);
        return new InstalledUpdate(dataFolder().root().resolve(InstalledUpdate.FILE_NAME), verifier, loader::bundled);
    }

    /** The data folder this run uses. */
    public DataFolder dataFolder() {
        return DataFolder.resolve(dataDir);
    }

    /** The network as the app's settings (proxy, User-Agent) have it; nothing is sent until a command asks. */
    public org.unlisted.net.NetworkSession network() {
        return new org.unlisted.net.NetworkSession(
                org.unlisted.core.Preferences.load(dataFolder().preferencesFile()), java.time.Clock.systemUTC());
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
