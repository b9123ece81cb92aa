package org.unlisted.catalog.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.catalog.TestCatalog;
import org.unlisted.core.UnlistedException;
import tools.jackson.databind.node.ObjectNode;

/**
 * A catalog update is used only when every byte is signed by a trusted key and every definition
 * passes the app's own checks; anything else is refused and the installed catalog stays as it was.
 */
class BundleTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final Instant NOVEMBER = Instant.parse("2026-11-01T10:00:00Z");
    static final Instant LATER = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path temp;
    private KeyPair trusted;
    private KeyPair stranger;
    private Path definitions;
    private InstalledUpdate installed;
    private Path installedFile;

    @BeforeEach
    void setUp() throws Exception {
        trusted = keyPair();
        stranger = keyPair();
        definitions = new TestCatalog(temp.resolve("definitions")).add("alpha").add("beta").add("gamma").folder();
        Path builtIn = new TestCatalog(temp.resolve("built-in")).add("alpha").add("beta").folder();
        installedFile = temp.resolve("data").resolve(InstalledUpdate.FILE_NAME);
        installed = new InstalledUpdate(installedFile, verifier(trusted.getPublic()),
                () -> new CatalogLoader(TODAY).load(builtIn));
    }

    static KeyPair keyPair() throws Exception {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    private static BundleVerifier verifier(PublicKey... keys) {
        return BundleVerifier.trusting(List.of(keys), TODAY);
    }

    private byte[] good(Instant created) throws UnlistedException {
        return CatalogBundle.build(definitions, trusted.getPrivate(), created, TODAY).bytes();
    }

    @Test
    void aSignedBundleRoundTripsWithEveryDefinition() throws Exception {
        CatalogBundle.Built built = CatalogBundle.build(definitions, trusted.getPrivate(), NOVEMBER, TODAY);

        BundleVerifier.Verified verified = verifier(stranger.getPublic(), trusted.getPublic()).verify(built.bytes());

        assertThat(verified.catalog().brokers()).extracting(Broker::id).containsExactlyInAnyOrder("alpha", "beta", "gamma");
        assertThat(verified.catalog().issues()).isEmpty();
        assertThat(verified.manifest().created()).isEqualTo(NOVEMBER);
        assertThat(verified.manifest().count()).isEqualTo(3);
        assertThat(verified.manifest().files().get("beta.json"))
                .isEqualTo(CatalogBundle.sha256(Files.readAllBytes(definitions.resolve("beta.json"))));
        // The same catalog at the same time gives the same bytes.
        assertThat(CatalogBundle.build(definitions, trusted.getPrivate(), NOVEMBER, TODAY).bytes())
                .isEqualTo(built.bytes());
    }

    @Test
    void installsAtomicallyAndIsUsedAtStartUp() throws Exception {
        assertThat(installed.current().size()).isEqualTo(2);

        InstalledUpdate.Outcome outcome = installed.install(good(NOVEMBER));

        assertThat(outcome.installed()).isTrue();
        assertThat(outcome.before()).isEqualTo(2);
        assertThat(outcome.after()).isEqualTo(3);
        assertThat(installed.current().size()).isEqualTo(3);
        assertThat(leftovers()).isEmpty();
        InstalledUpdate.Outcome again = installed.install(good(NOVEMBER));
        assertThat(again.installed()).as("the same version again is already up to date").isFalse();
        assertThat(again.before()).isEqualTo(3);
    }

    @Test
    void aChangedDefinitionByteIsRefused() throws Exception {
        Map<String, byte[]> entries = CatalogBundle.unzip(good(LATER));
        byte[] beta = entries.get("definitions/beta.json");
        int at = new String(beta, StandardCharsets.UTF_8).indexOf("Broker beta") + 7;
        beta[at] = (byte) 'B';

        refused(CatalogBundle.zip(entries), BundleProblem.TAMPERED);
    }

    @Test
    void aChangedManifestIsRefused() throws Exception {
        Map<String, byte[]> entries = CatalogBundle.unzip(good(NOVEMBER));
        String manifest = new String(entries.get(CatalogBundle.MANIFEST), StandardCharsets.UTF_8);
        entries.put(CatalogBundle.MANIFEST, manifest.replace("2026-11-01", "2027-11-01").getBytes(StandardCharsets.UTF_8));

        refused(CatalogBundle.zip(entries), BundleProblem.BAD_SIGNATURE);
    }

    @Test
    void anUnsignedBundleIsRefused() throws Exception {
        Map<String, byte[]> entries = CatalogBundle.unzip(good(LATER));
        entries.remove(CatalogBundle.SIGNATURE);
        refused(CatalogBundle.zip(entries), BundleProblem.UNSIGNED);

        entries.put(CatalogBundle.SIGNATURE, new byte[0]);
        refused(CatalogBundle.zip(entries), BundleProblem.UNSIGNED);

        entries.put(CatalogBundle.SIGNATURE, new byte[64]);
        refused(CatalogBundle.zip(entries), BundleProblem.BAD_SIGNATURE);
    }

    @Test
    void aBundleSignedWithAnotherKeyIsRefused() throws Exception {
        byte[] strangers = CatalogBundle.build(definitions, stranger.getPrivate(), LATER, TODAY).bytes();

        refused(strangers, BundleProblem.BAD_SIGNATURE);
    }

    @Test
    void missingOrExtraFilesAreRefused() throws Exception {
        Map<String, byte[]> entries = CatalogBundle.unzip(good(LATER));
        entries.remove("definitions/gamma.json");
        refused(CatalogBundle.zip(entries), BundleProblem.FILES_DIFFER);

        Map<String, byte[]> extra = CatalogBundle.unzip(good(LATER));
        extra.put("definitions/delta.json", TestCatalog.definition("delta").toString().getBytes(StandardCharsets.UTF_8));
        refused(CatalogBundle.zip(extra), BundleProblem.FILES_DIFFER);
    }

    @Test
    void pathsOutsideTheBundleAndUnknownFilesAreRefused() throws Exception {
        for (String name : new String[] {"../evil.json", "definitions/../../evil.json", "/etc/evil.json",
                "definitions\\..\\evil.json", "definitions/", "definitions/sub/alpha.json", "README.txt",
                "definitions/Alpha.json"}) {
            Map<String, byte[]> entries = CatalogBundle.unzip(good(LATER));
            entries.put(name, "{}".getBytes(StandardCharsets.UTF_8));
            refused(CatalogBundle.zip(entries), BundleProblem.UNEXPECTED_ENTRY);
        }
    }

    @Test
    void aDuplicatedEntryIsRefused() throws Exception {
        refused(duplicateFirstDefinition(good(LATER)), BundleProblem.UNEXPECTED_ENTRY);
    }

    @Test
    void zipBombsAreStoppedByWhatComesOutNotWhatTheZipClaims() throws Exception {
        Map<String, byte[]> bomb = CatalogBundle.unzip(good(LATER));
        bomb.put("definitions/bomb.json", new byte[(int) CatalogBundle.MAX_ENTRY_BYTES + 1]);
        byte[] small = CatalogBundle.zip(bomb);
        assertThat(small.length).as("compresses to almost nothing").isLessThan(20_000);
        refused(small, BundleProblem.TOO_LARGE);

        Map<String, byte[]> many = new LinkedHashMap<>(CatalogBundle.unzip(good(LATER)));
        for (int i = 0; i < CatalogBundle.MAX_ENTRIES; i++) {
            many.put("definitions/x" + i + ".json", new byte[0]);
        }
        refused(CatalogBundle.zip(many), BundleProblem.TOO_LARGE);

        Map<String, byte[]> total = new LinkedHashMap<>(CatalogBundle.unzip(good(LATER)));
        for (int i = 0; i <= CatalogBundle.MAX_TOTAL_BYTES / CatalogBundle.MAX_ENTRY_BYTES; i++) {
            total.put("definitions/y" + i + ".json", new byte[(int) CatalogBundle.MAX_ENTRY_BYTES]);
        }
        refused(CatalogBundle.zip(total), BundleProblem.TOO_LARGE);

        refused(new byte[(int) CatalogBundle.MAX_BUNDLE_BYTES + 1], BundleProblem.TOO_LARGE);
    }

    @Test
    void malformedFilesAreRefused() throws Exception {
        refused("not a zip at all".getBytes(StandardCharsets.UTF_8), BundleProblem.NOT_A_BUNDLE);
        byte[] bundle = good(LATER);
        refused(Arrays.copyOf(bundle, bundle.length / 2), BundleProblem.NOT_A_BUNDLE);
        refused(signed(Map.of(), "{\"format\": 1, \"created\": ".getBytes(StandardCharsets.UTF_8)),
                BundleProblem.NOT_A_BUNDLE);
        refused(signed(Map.of(), "{\"format\": 2}".getBytes(StandardCharsets.UTF_8)), BundleProblem.NEWER_FORMAT);
    }

    @Test
    void anInvalidDefinitionIsRefusedEvenWhenSigned() throws Exception {
        ObjectNode broken = TestCatalog.definition("delta");
        ((ObjectNode) broken.get("optOut")).remove("url");
        refused(signed(Map.of("delta.json", broken.toString().getBytes(StandardCharsets.UTF_8))),
                BundleProblem.INVALID_DEFINITION);

        refused(signed(Map.of("delta.json", "{\"id\": ".getBytes(StandardCharsets.UTF_8))),
                BundleProblem.INVALID_DEFINITION);
        refused(signed(Map.of("delta.json", new byte[] {(byte) 0xff, (byte) 0xfe})), BundleProblem.INVALID_DEFINITION);
    }

    @Test
    void aBundleOlderThanTheInstalledOneIsRefused() throws Exception {
        installed.install(good(LATER));

        refused(good(NOVEMBER), BundleProblem.OLDER);
    }

    @Test
    void aBundleOlderThanTheCatalogInsideTheAppIsRefused() throws Exception {
        Path newerBuiltIn = new TestCatalog(temp.resolve("newer"))
                .add("alpha", b -> b.put("lastVerified", "2026-11-25")).folder();
        InstalledUpdate afterAnAppUpgrade = new InstalledUpdate(installedFile, verifier(trusted.getPublic()),
                () -> new CatalogLoader(TODAY).load(newerBuiltIn));

        assertThatThrownBy(() -> afterAnAppUpgrade.install(good(LATER)))
                .isInstanceOfSatisfying(UnlistedException.class, e -> assertThat(e.problem()).isEqualTo(BundleProblem.OLDER));
        assertThat(installedFile).doesNotExist();
    }

    @Test
    void anInvalidCatalogIsNeverSigned() throws Exception {
        new TestCatalog(definitions).add("delta", b -> b.put("lastVerified", "2099-01-01"));

        assertThatThrownBy(() -> CatalogBundle.build(definitions, trusted.getPrivate(), LATER, TODAY))
                .isInstanceOfSatisfying(UnlistedException.class, e -> {
                    assertThat(e.problem()).isEqualTo(BundleProblem.INVALID_CATALOG);
                    assertThat(e.arguments()[1].toString()).startsWith("delta.json: lastVerified:");
                });
    }

    @Test
    void keysRoundTripThroughPem() throws Exception {
        Path keyFile = temp.resolve("key.pem");
        Files.writeString(keyFile, SigningKeys.pem(trusted.getPrivate()));
        byte[] bundle = CatalogBundle.build(definitions, SigningKeys.privateKey(keyFile), LATER, TODAY).bytes();
        List<PublicKey> keys = SigningKeys.publicKeys("# comment\n" + SigningKeys.pem(stranger.getPublic())
                + SigningKeys.pem(trusted.getPublic()));

        assertThat(BundleVerifier.trusting(keys, TODAY).verify(bundle).catalog().size()).isEqualTo(3);
        assertThat(SigningKeys.shipped()).isNotEmpty();
        assertThatThrownBy(() -> BundleVerifier.shipped(TODAY).verify(bundle))
                .isInstanceOfSatisfying(UnlistedException.class,
                        e -> assertThat(e.problem()).isEqualTo(BundleProblem.BAD_SIGNATURE));
        Files.writeString(keyFile, SigningKeys.pem(trusted.getPublic()));
        assertThatThrownBy(() -> SigningKeys.privateKey(keyFile)).isInstanceOf(UnlistedException.class);
    }

    /**
     * Installs a good update first, then offers {@code bundle}: it must be refused for {@code problem},
     * the installed file must be byte for byte what it was, and nothing half-written may be left.
     */
    private void refused(byte[] bundle, BundleProblem problem) throws Exception {
        if (!Files.exists(installedFile)) {
            installed.install(good(NOVEMBER));
        }
        byte[] before = Files.readAllBytes(installedFile);

        assertThatThrownBy(() -> installed.install(bundle))
                .isInstanceOfSatisfying(UnlistedException.class, e -> assertThat(e.problem()).isEqualTo(problem));

        assertThat(Files.readAllBytes(installedFile)).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
        Catalog current = installed.current();
        assertThat(current.brokers()).extracting(Broker::id).containsExactlyInAnyOrder("alpha", "beta", "gamma");
        assertThat(current.issues()).isEmpty();
    }

    /** A bundle with these definitions and a manifest made for them, signed with the trusted key. */
    private byte[] signed(Map<String, byte[]> files) throws UnlistedException {
        TreeMap<String, String> hashes = new TreeMap<>();
        files.forEach((name, bytes) -> hashes.put(name, CatalogBundle.sha256(bytes)));
        return signed(files, new BundleManifest(BundleManifest.FORMAT, LATER, hashes).toJson());
    }

    private byte[] signed(Map<String, byte[]> files, byte[] manifest) throws UnlistedException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(CatalogBundle.MANIFEST, manifest);
        entries.put(CatalogBundle.SIGNATURE, CatalogBundle.sign(manifest, trusted.getPrivate()));
        files.forEach((name, bytes) -> entries.put(CatalogBundle.DEFINITIONS + name, bytes));
        return CatalogBundle.zip(entries);
    }

    /**
     * A zip writer refuses a repeated name, so the copy is written under a name of the same length
     * and renamed in the bytes (names are not covered by the zip's checksums).
     */
    private static byte[] duplicateFirstDefinition(byte[] bundle) throws UnlistedException {
        Map<String, byte[]> entries = CatalogBundle.unzip(bundle);
        entries.put("definitions/alphb.json", entries.get("definitions/alpha.json"));
        String zip = new String(CatalogBundle.zip(entries), StandardCharsets.ISO_8859_1);
        return zip.replace("definitions/alphb.json", "definitions/alpha.json").getBytes(StandardCharsets.ISO_8859_1);
    }

    private List<Path> leftovers() throws IOException {
        if (!Files.isDirectory(installedFile.getParent())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(installedFile.getParent())) {
            return files.filter(f -> !f.equals(installedFile)).toList();
        }
    }
}
