package org.unlisted.catalog.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.catalog.CatalogProblem;
import org.unlisted.core.UnlistedException;

/**
 * A catalog update: one zip file holding {@code manifest.json}, its Ed25519 signature
 * {@code manifest.sig} (64 bytes), and every definition as {@code definitions/<id>.json}, nothing
 * else. Maintainers build it from a folder of definitions; the app reads it only through
 * {@link BundleVerifier}.
 */
public final class CatalogBundle {
    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.sig";
    static final String DEFINITIONS = "definitions/";
    /** Caps against zip bombs, far above today's catalog (about 1,200 files, 1.5 MB in all). */
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_ENTRY_BYTES = 512 * 1024;
    static final long MAX_TOTAL_BYTES = 32L * 1024 * 1024;
    public static final long MAX_BUNDLE_BYTES = 8L * 1024 * 1024;
    private static final Pattern DEFINITION_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.json");

    private CatalogBundle() {
    }

    /**
     * Checks every {@code *.json} file in {@code folder} as the app would, and signs them into one
     * bundle. An invalid catalog is never signed.
     */
    public static Built build(Path folder, PrivateKey key, Instant created, LocalDate today)
            throws UnlistedException {
        SortedMap<String, byte[]> files = readFolder(folder);
        SortedMap<String, String> texts = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            texts.put(file.getKey(), text(file.getKey(), file.getValue()));
        }
        Catalog checked = new CatalogLoader(today).load(texts);
        if (files.isEmpty() || !checked.issues().isEmpty()) {
            throw new UnlistedException(BundleProblem.INVALID_CATALOG, checked.issues().size(),
                    checked.issues().isEmpty() ? "no definitions" : checked.issues().get(0).toString());
        }
        SortedMap<String, String> hashes = new TreeMap<>();
        files.forEach((name, bytes) -> hashes.put(name, sha256(bytes)));
        BundleManifest manifest = new BundleManifest(BundleManifest.FORMAT, created.truncatedTo(ChronoUnit.SECONDS),
                hashes);
        byte[] signed = manifest.toJson();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(MANIFEST, signed);
        entries.put(SIGNATURE, sign(signed, key));
        files.forEach((name, bytes) -> entries.put(DEFINITIONS + name, bytes));
        return new Built(zip(entries), manifest);
    }

    /** A signed bundle and what its manifest says. */
    public record Built(byte[] bytes, BundleManifest manifest) {
    }

    private static SortedMap<String, byte[]> readFolder(Path folder) throws UnlistedException {
        if (!Files.isDirectory(folder)) {
            throw new UnlistedException(CatalogProblem.NOT_A_FOLDER);
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UnlistedException(CatalogProblem.MISSING, e);
        }
        for (String name : files.keySet()) {
            if (!isDefinitionName(name)) {
                throw new UnlistedException(BundleProblem.INVALID_CATALOG, 1, name + ": -: not a definition name");
            }
        }
        return files;
    }

    static byte[] sign(byte[] manifest, PrivateKey key) throws UnlistedException {
        try {
            Signature signer = Signature.getInstance(SigningKeys.ALGORITHM);
            signer.initSign(key);
            signer.update(manifest);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new UnlistedException(BundleProblem.SIGNING_KEY, e);
        }
    }

    /** Entries in the given order; tests use it to write bundles a maintainer never would. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                // A fixed time keeps the same catalog the same bytes.
                zipEntry.setTime(0);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Every entry, by name, read within the caps. Only the manifest, its signature and definition
     * names are allowed, once each: no folders, no {@code ..}, no other files.
     */
    static Map<String, byte[]> unzip(byte[] bundle) throws UnlistedException {
        if (bundle.length > MAX_BUNDLE_BYTES) {
            throw new UnlistedException(BundleProblem.TOO_LARGE);
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw new UnlistedException(BundleProblem.TOO_LARGE);
                }
                String name = entry.getName();
                boolean known = name.equals(MANIFEST) || name.equals(SIGNATURE)
                        || name.startsWith(DEFINITIONS) && isDefinitionName(name.substring(DEFINITIONS.length()));
                if (!known || entries.containsKey(name)) {
                    throw new UnlistedException(BundleProblem.UNEXPECTED_ENTRY);
                }
                byte[] content = readCapped(zip, Math.min(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES - total));
                total += content.length;
                entries.put(name, content);
            }
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: a name that is not valid in the zip's character set.
            throw new UnlistedException(BundleProblem.NOT_A_BUNDLE, e);
        }
        return entries;
    }

    /** Counts what really comes out, never the sizes the zip claims. */
    private static byte[] readCapped(InputStream in, long limit) throws IOException, UnlistedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            if (out.size() + (long) n > limit) {
                throw new UnlistedException(BundleProblem.TOO_LARGE);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static boolean isDefinitionName(String name) {
        return name.length() <= 70 && DEFINITION_NAME.matcher(name).matches();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** Strict UTF-8: a definition that is not text is refused, not patched with replacement marks. */
    static String text(String name, byte[] bytes) throws UnlistedException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnlistedException(BundleProblem.INVALID_DEFINITION, name + ": -: not UTF-8 text");
        }
    }

    static List<String> definitionNames(Map<String, byte[]> entries) {
        return entries.keySet().stream().filter(name -> name.startsWith(DEFINITIONS))
                .map(name -> name.substring(DEFINITIONS.length())).sorted().toList();
    }
}
