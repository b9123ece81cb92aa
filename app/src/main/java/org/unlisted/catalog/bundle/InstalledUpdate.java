package org.unlisted.catalog.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogIssue;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.catalog.CatalogSupply;
import org.unlisted.core.DataFolder;
import org.unlisted.core.OwnerOnly;
import org.unlisted.core.UnlistedException;

/**
 * The catalog update kept in the data folder ({@value #FILE_NAME}). It is checked again every time
 * the app starts and used only while it is valid and not older than the catalog inside the app;
 * otherwise the app's own catalog serves, and says why.
 */
public final class InstalledUpdate {
    public static final String FILE_NAME = "catalog-update.zip";
    private static final Logger LOG = LoggerFactory.getLogger(InstalledUpdate.class);

    private final Path file;
    private final BundleVerifier verifier;
    private final CatalogSupply.Source builtIn;

    public InstalledUpdate(Path file, BundleVerifier verifier, CatalogSupply.Source builtIn) {
        this.file = file;
        this.verifier = verifier;
        this.builtIn = builtIn;
    }

    /** The update in {@code folder}, trusted only when signed with a key shipped in the app. */
    public static InstalledUpdate in(DataFolder folder, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return new InstalledUpdate(folder.root().resolve(FILE_NAME), BundleVerifier.shipped(today),
                new CatalogLoader(today)::bundled);
    }

    /** What an install did: the update's time, the number of brokers before and after, and the catalog now in use. */
    public record Outcome(boolean installed, Instant created, int before, int after, Catalog catalog) {
    }

    /**
     * The catalog to use: the installed update when it is valid and not older than the app's own
     * catalog; otherwise the app's own, with an issue saying why the update was refused.
     */
    public Catalog current() throws UnlistedException {
        Catalog own = builtIn.load();
        if (!Files.exists(file)) {
            return own;
        }
        try {
            BundleVerifier.Verified update = verifier.verify(read());
            if (update.manifest().day().isBefore(newestVerified(own))) {
                LOG.info("The catalog inside the app is newer than the installed update of {}; using the app's",
                        update.manifest().created());
                return own;
            }
            LOG.info("Using the catalog update of {} ({} brokers)", update.manifest().created(),
                    update.catalog().size());
            return update.catalog();
        } catch (UnlistedException refused) {
            return refused(own, refused.problem().code());
        } catch (IOException unreadable) {
            return refused(own, BundleProblem.STORAGE.code());
        }
    }

    private static Catalog refused(Catalog own, String code) {
        LOG.warn("The installed catalog update was refused ({}); using the catalog inside the app", code);
        List<CatalogIssue> issues = new ArrayList<>(own.issues());
        issues.add(new CatalogIssue(FILE_NAME, "-", "refused (" + code + "): using the catalog inside the app"));
        return new Catalog(own.brokers(), issues);
    }

    /**
     * Checks {@code bundle} and, if it may be used and is newer than what is in use, makes it the
     * installed update in one atomic move. On any refusal the installed files stay as they were.
     */
    public synchronized Outcome install(byte[] bundle) throws UnlistedException {
        if (bundle.length > CatalogBundle.MAX_BUNDLE_BYTES) {
            throw new UnlistedException(BundleProblem.TOO_LARGE);
        }
        Path partial = null;
        try {
            Files.createDirectories(file.getParent());
            partial = Files.createTempFile(file.getParent(), "catalog-update-", ".partial");
            OwnerOnly.restrict(partial);
            try (FileChannel out = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                out.write(java.nio.ByteBuffer.wrap(bundle));
                out.force(true);
            }
            // What is checked is what was written, and exactly that is moved into place.
            BundleVerifier.Verified update = verifier.verify(Files.readAllBytes(partial));
            Catalog own = builtIn.load();
            Optional<BundleManifest> installed = installedManifest();
            int before = installed.filter(m -> !m.day().isBefore(newestVerified(own))).map(BundleManifest::count)
                    .orElse(own.size());
            Instant created = update.manifest().created();
            if (installed.isPresent() && created.equals(installed.get().created())) {
                return new Outcome(false, created, before, before, update.catalog());
            }
            if (installed.isPresent() && created.isBefore(installed.get().created())
                    || update.manifest().day().isBefore(newestVerified(own))) {
                throw new UnlistedException(BundleProblem.OLDER);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            partial = null;
            LOG.info("Installed the catalog update of {} ({} brokers, {} before)", created, update.catalog().size(),
                    before);
            return new Outcome(true, created, before, update.catalog().size(), update.catalog());
        } catch (IOException e) {
            throw new UnlistedException(BundleProblem.STORAGE, e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    LOG.warn("A partial catalog update could not be removed", e);
                }
            }
        }
    }

    /** The installed update's signed manifest; a damaged or missing file has none. */
    private Optional<BundleManifest> installedManifest() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(verifier.manifest(read()));
        } catch (UnlistedException | IOException damaged) {
            return Optional.empty();
        }
    }

    private byte[] read() throws IOException, UnlistedException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) CatalogBundle.MAX_BUNDLE_BYTES + 1);
            if (bytes.length > CatalogBundle.MAX_BUNDLE_BYTES) {
                throw new UnlistedException(BundleProblem.TOO_LARGE);
            }
            return bytes;
        }
    }

    /** The catalog inside the app is as new as its most recently checked definition. */
    static LocalDate newestVerified(Catalog catalog) {
        return catalog.brokers().stream().map(Broker::lastVerified).max(LocalDate::compareTo).orElse(LocalDate.MIN);
    }
}
