package org.unlisted.net;

/** Why the app went online; shown beside each host in Network activity. */
public enum Purpose {
    SCAN,
    LINK_CHECK,
    CATALOG_UPDATE;

    public String messageKey() {
        return "net.purpose." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
    }
}
