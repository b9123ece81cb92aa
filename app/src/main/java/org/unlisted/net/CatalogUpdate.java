package org.unlisted.net;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.unlisted.catalog.bundle.BundleProblem;
import org.unlisted.catalog.bundle.InstalledUpdate;
import org.unlisted.core.UnlistedException;

/**
 * Fetches a catalog update from the address the person gave, and only from its host, then hands
 * it to {@link InstalledUpdate}, which checks it before anything is used. Runs only when asked.
 */
public final class CatalogUpdate {
    private final Network network;
    private final InstalledUpdate installed;

    public CatalogUpdate(Network network, InstalledUpdate installed) {
        this.network = network;
        this.installed = installed;
    }

    public InstalledUpdate.Outcome run(String address, Cancellation cancellation) throws UnlistedException {
        URI url = address(address);
        Fetched fetched = network.get(url, Purpose.CATALOG_UPDATE, List.of(url.getHost()), cancellation);
        if (!fetched.ok()) {
            throw new UnlistedException(BundleProblem.DOWNLOAD_FAILED, Integer.toString(fetched.status()));
        }
        if (cancellation.isCancelled()) {
            throw new UnlistedException(NetProblem.CANCELLED);
        }
        return installed.install(fetched.body());
    }

    /**
     * An https:// address (plain http only on this computer itself, for testing a bundle before
     * publishing it): the signature protects the content, TLS keeps the request private.
     */
    static URI address(String address) throws UnlistedException {
        URI url;
        try {
            url = new URI(address == null ? "" : address.strip());
        } catch (URISyntaxException e) {
            throw new UnlistedException(NetProblem.BAD_ADDRESS);
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (url.getHost() == null || !scheme.equals("https") && !scheme.equals("http")) {
            throw new UnlistedException(NetProblem.BAD_ADDRESS);
        }
        if (scheme.equals("http") && !isLoopback(url.getHost())) {
            throw new UnlistedException(BundleProblem.NOT_HTTPS);
        }
        return url;
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses: a name is never looked up here.
        if (!host.matches("[0-9.]+|\\[[0-9a-fA-F:]+]")) {
            return false;
        }
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
