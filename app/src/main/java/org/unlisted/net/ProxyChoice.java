package org.unlisted.net;

import java.net.InetSocketAddress;
import java.net.Proxy;
import org.unlisted.core.UnlistedException;

/**
 * Where requests go first: straight out, or through an HTTP or SOCKS5 proxy (Tor listens on
 * 127.0.0.1:9050). Through a proxy, host names are resolved by the proxy, so the local network
 * never sees which sites were asked for.
 */
public record ProxyChoice(Kind kind, String host, int port) {
    public enum Kind { NONE, HTTP, SOCKS5 }

    public static final ProxyChoice NONE = new ProxyChoice(Kind.NONE, "", 0);

    public ProxyChoice {
        host = host == null ? "" : host.strip();
    }

    /** Checks the setting before anything is saved or used. */
    public static ProxyChoice of(Kind kind, String host, String port) throws UnlistedException {
        if (kind == Kind.NONE) {
            return NONE;
        }
        String name = host == null ? "" : host.strip();
        if (name.isEmpty() || !name.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            throw new UnlistedException(NetProblem.BAD_PROXY_SETTING);
        }
        try {
            int number = Integer.parseInt(port == null ? "" : port.strip());
            if (number < 1 || number > 65535) {
                throw new UnlistedException(NetProblem.BAD_PROXY_SETTING);
            }
            return new ProxyChoice(kind, name, number);
        } catch (NumberFormatException e) {
            throw new UnlistedException(NetProblem.BAD_PROXY_SETTING);
        }
    }

    Proxy toProxy() {
        return switch (kind) {
            case NONE -> Proxy.NO_PROXY;
            case HTTP -> new Proxy(Proxy.Type.HTTP, new InetSocketAddress(host, port));
            case SOCKS5 -> new Proxy(Proxy.Type.SOCKS, new InetSocketAddress(host, port));
        };
    }
}
