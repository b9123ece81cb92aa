package org.unlisted.cases;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.unlisted.core.UnlistedException;

/** Listing addresses a person pastes in: each must be a web address on one of the broker's own domains. */
public final class ListingUrls {
    private ListingUrls() {
    }

    /** The addresses, trimmed and without blanks, or a problem naming the first that does not belong. */
    public static List<String> check(Collection<String> pasted, Collection<String> domains) throws UnlistedException {
        List<String> kept = new ArrayList<>();
        for (String raw : pasted) {
            String url = raw == null ? "" : raw.strip();
            if (url.isEmpty()) {
                continue;
            }
            String host = hostOf(url);
            if (domains.stream().noneMatch(domain -> belongs(host, domain))) {
                // The host is the broker's domain, never personal; the full address may hold a name.
                throw new UnlistedException(CaseProblem.URL_NOT_THIS_BROKER, host);
            }
            kept.add(url);
        }
        return List.copyOf(kept);
    }

    private static String hostOf(String url) throws UnlistedException {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
                throw new UnlistedException(CaseProblem.URL_INVALID);
            }
            return uri.getHost().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            throw new UnlistedException(CaseProblem.URL_INVALID);
        }
    }

    private static boolean belongs(String host, String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        return host.equals(d) || host.endsWith("." + d);
    }
}
