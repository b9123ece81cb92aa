package org.unlisted.net;

/** Why the app went online; shown beside each host in Network activity. */
public enum Purpose {
    SCAN,
    LINK_CHECK,
    CATALOG_UPDATE;

    /** A catalog bundle may be as large as a bundle is allowed to be; a result or opt-out page is far smaller. */
    long maxBodyBytes(NetSettings settings) {
        return this == CATALOG_UPDATE
                ? Math.max(settings.maxBodyBytes(), org.unlisted.catalog.bundle.CatalogBundle.MAX_BUNDLE_BYTES)
                : settings.maxBodyBytes();
    }

    public String messageKey() {
        return "net.purpose." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
    }
}
