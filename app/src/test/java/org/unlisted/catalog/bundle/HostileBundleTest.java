package org.unlisted.catalog.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.catalog.TestCatalog;
import org.unlisted.core.UnlistedException;

/**
 * A mirror can hand the app any bytes at all. Random bytes, a real update cut short anywhere, or a
 * real update with bytes changed anywhere: each is refused with a {@link BundleProblem} and the
 * installed update stays byte for byte as it was; or, where the change touched no signed byte (the
 * zip's central directory, an entry's time), it is the very same update. Never an unchecked
 * exception, never a hang. Seeded: a failure names its seed, and {@code -Dhostile.seed=N} replays it.
 */
class HostileBundleTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final Instant NOVEMBER = Instant.parse("2026-11-01T10:00:00Z");
    static final Instant LATER = Instant.parse("2026-11-20T10:00:00Z");
    static final long SEED = Long.getLong("hostile.seed", System.nanoTime());

    @TempDir
    Path temp;
    private KeyPair trusted;
    private Path installedFile;
    private InstalledUpdate installed;
    private byte[] november;
    private byte[] later;
    private Map<String, byte[]> laterEntries;
    private BundleVerifier verifier;

    @BeforeAll
    static void seed() {
        System.out.println("HostileBundleTest seed " + SEED);
    }

    @BeforeEach
    void setUp() throws Exception {
        trusted = BundleTest.keyPair();
        Path definitions = new TestCatalog(temp.resolve("definitions")).add("alpha").add("beta").add("gamma").folder();
        Path builtIn = new TestCatalog(temp.resolve("built-in")).add("alpha").add("beta").folder();
        installedFile = temp.resolve("data").resolve(InstalledUpdate.FILE_NAME);
        verifier = BundleVerifier.trusting(List.of(trusted.getPublic()), TODAY);
        installed = new InstalledUpdate(installedFile, verifier, () -> new CatalogLoader(TODAY).load(builtIn));
        november = CatalogBundle.build(definitions, trusted.getPrivate(), NOVEMBER, TODAY).bytes();
        later = CatalogBundle.build(definitions, trusted.getPrivate(), LATER, TODAY).bytes();
        laterEntries = CatalogBundle.unzip(later);
        installed.install(november);
    }

    @Test
    void randomBytesAreRefused() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < 150; i++) {
            byte[] junk = new byte[random.nextInt(i < 100 ? 2_000 : 200_000)];
            random.nextBytes(junk);
            if (i % 3 == 0 && junk.length >= 4) {
                // A zip's local header signature, so the reader gets past the first four bytes.
                junk[0] = 'P';
                junk[1] = 'K';
                junk[2] = 3;
                junk[3] = 4;
            }
            offer(junk, "random bytes #" + i);
        }
        offer(new byte[0], "an empty file");
    }

    @Test
    void aRealUpdateCutShortAnywhereIsRefused() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < 120; i++) {
            int length = i < 20 ? i : random.nextInt(later.length);
            offer(Arrays.copyOf(later, length), "cut at " + length);
        }
    }

    @Test
    void aRealUpdateWithBytesChangedAnywhereIsRefusedOrUnchanged() throws Exception {
        Random random = new Random(SEED);
        int refusals = 0;
        for (int i = 0; i < 250; i++) {
            byte[] changed = later.clone();
            int flips = 1 + random.nextInt(i % 5 == 0 ? 20 : 2);
            StringBuilder where = new StringBuilder();
            for (int f = 0; f < flips; f++) {
                int at = random.nextInt(changed.length);
                changed[at] ^= (byte) (1 + random.nextInt(255));
                where.append(at).append(' ');
            }
            refusals += offer(changed, "bytes changed at " + where) ? 1 : 0;
        }
        assertThat(refusals).as("seed %d: most changes are refused", SEED).isGreaterThan(100);
    }

    /**
     * Offers {@code bundle} over the installed November update. Refused: a BundleProblem, the file
     * untouched, nothing left behind. Accepted: it must be the real later update, every definition
     * byte as signed. Returns whether it was refused.
     */
    private boolean offer(byte[] bundle, String what) throws Exception {
        String context = "seed " + SEED + ", " + what;
        byte[] before = Files.readAllBytes(installedFile);
        Object outcome = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try {
                return installed.install(bundle);
            } catch (UnlistedException e) {
                return e;
            } catch (RuntimeException | Error e) {
                throw new AssertionError(context + ": an unchecked " + e.getClass().getName(), e);
            }
        }, context);
        if (outcome instanceof UnlistedException refused) {
            assertThat(refused.problem()).as(context).isInstanceOf(BundleProblem.class);
            assertThat(Files.readAllBytes(installedFile)).as(context + ": installed update unchanged")
                    .isEqualTo(before);
            assertThat(leftovers()).as(context + ": nothing half-written").isEmpty();
            return true;
        }
        InstalledUpdate.Outcome accepted = (InstalledUpdate.Outcome) outcome;
        assertThat(accepted.created()).as(context + ": only the signed update itself is ever accepted")
                .isEqualTo(LATER);
        Map<String, byte[]> entries = CatalogBundle.unzip(Files.readAllBytes(installedFile));
        assertThat(entries.keySet()).as(context).isEqualTo(laterEntries.keySet());
        entries.forEach((name, bytes) -> assertThat(bytes).as(context + ": " + name).isEqualTo(laterEntries.get(name)));
        assertThat(installed.current().brokers()).extracting(Broker::id).as(context)
                .containsExactlyInAnyOrder("alpha", "beta", "gamma");
        // Back to November for the next offer.
        Files.write(installedFile, before);
        return false;
    }

    private List<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(installedFile.getParent())) {
            return files.filter(f -> !f.equals(installedFile)).toList();
        }
    }
}
