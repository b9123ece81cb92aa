package org.unlisted.catalog.bundle;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.core.UnlistedException;

/**
 * Decides whether a catalog update may be used, before any of it is: the zip within its caps and
 * with only known names, a valid signature by a trusted key over the manifest, every file listed
 * and matching its hash, and every definition passing the same checks as the catalog inside the
 * app. Any doubt refuses the whole update.
 */
public final class BundleVerifier {
    private final List<PublicKey> trusted;
    private final LocalDate today;

    private BundleVerifier(List<PublicKey> trusted, LocalDate today) {
        this.trusted = List.copyOf(trusted);
        this.today = today;
    }

    /** Trusts only the keys shipped inside the app. */
    public static BundleVerifier shipped(LocalDate today) {
        return new BundleVerifier(SigningKeys.shipped(), today);
    }

    /** Trusts {@code keys} instead: for tests, which sign with keys of their own. */
    public static BundleVerifier trusting(List<PublicKey> keys, LocalDate today) {
        return new BundleVerifier(keys, today);
    }

    /** A bundle and the catalog it holds, or the first reason to refuse it. */
    public record Verified(BundleManifest manifest, Catalog catalog) {
    }

    public Verified verify(byte[] bundle) throws UnlistedException {
        Map<String, byte[]> entries = CatalogBundle.unzip(bundle);
        BundleManifest manifest = signedManifest(entries);
        List<String> present = CatalogBundle.definitionNames(entries);
        if (!present.equals(List.copyOf(manifest.files().keySet()))) {
            throw new UnlistedException(BundleProblem.FILES_DIFFER);
        }
        if (present.isEmpty()) {
            throw new UnlistedException(BundleProblem.NOT_A_BUNDLE);
        }
        SortedMap<String, String> texts = new TreeMap<>();
        for (String name : present) {
            byte[] bytes = entries.get(CatalogBundle.DEFINITIONS + name);
            if (!CatalogBundle.sha256(bytes).equals(manifest.files().get(name))) {
                throw new UnlistedException(BundleProblem.TAMPERED, name);
            }
            texts.put(name, CatalogBundle.text(name, bytes));
        }
        // A day's grace: the maintainer's "today" may already be tomorrow where the person lives.
        Catalog catalog = new CatalogLoader(today.plusDays(1)).load(texts);
        if (!catalog.issues().isEmpty()) {
            throw new UnlistedException(BundleProblem.INVALID_DEFINITION, catalog.issues().get(0).toString());
        }
        return new Verified(manifest, catalog);
    }

    /** Only the manifest, checked against its signature: enough to know an installed update's version. */
    public BundleManifest manifest(byte[] bundle) throws UnlistedException {
        return signedManifest(CatalogBundle.unzip(bundle));
    }

    private BundleManifest signedManifest(Map<String, byte[]> entries) throws UnlistedException {
        byte[] manifest = entries.get(CatalogBundle.MANIFEST);
        if (manifest == null) {
            throw new UnlistedException(BundleProblem.NOT_A_BUNDLE);
        }
        byte[] signature = entries.get(CatalogBundle.SIGNATURE);
        if (signature == null || signature.length == 0) {
            throw new UnlistedException(BundleProblem.UNSIGNED);
        }
        if (!signedByTrustedKey(manifest, signature)) {
            throw new UnlistedException(BundleProblem.BAD_SIGNATURE);
        }
        return BundleManifest.parse(manifest);
    }

    private boolean signedByTrustedKey(byte[] manifest, byte[] signature) {
        for (PublicKey key : trusted) {
            try {
                Signature verifier = Signature.getInstance(SigningKeys.ALGORITHM);
                verifier.initVerify(key);
                verifier.update(manifest);
                if (verifier.verify(signature)) {
                    return true;
                }
            } catch (GeneralSecurityException e) {
                // A malformed signature is no signature: try the next key, then refuse.
            }
        }
        return false;
    }
}
