package org.unlisted.net;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.unlisted.core.UnlistedException;

/**
 * The app's one way onto the network. Only the hosts an action allows, one request at a time
 * per host, a global limit, capped bodies, timeouts, polite retries on 429/503, cancellation,
 * and every contact recorded for the Network activity screen.
 */
public final class Network {
    private static final int MAX_REDIRECTS = 5;

    private final NetSettings settings;
    private final NetworkActivity activity;
    private final OkHttpClient client;
    private final Semaphore overall;
    private final Map<String, Semaphore> perHost = new ConcurrentHashMap<>();

    public Network(NetSettings settings, NetworkActivity activity) {
        this.settings = settings;
        this.activity = activity;
        this.overall = new Semaphore(Math.max(1, settings.overallLimit()), true);
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .proxy(settings.proxy().toProxy())
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                // Redirects are followed here, one hop at a time, so each new host is checked first.
                .followRedirects(false)
                .followSslRedirects(false)
                // Only GETs are sent; a pooled connection the server already closed is quietly replaced.
                .retryOnConnectionFailure(true)
                .connectionPool(new ConnectionPool(4, 30, TimeUnit.SECONDS))
                .addNetworkInterceptor(chain -> chain.proceed(chain.request().newBuilder()
                        .header("User-Agent", settings.userAgent()).build()));
        if (settings.proxy().kind() == ProxyChoice.Kind.SOCKS5) {
            // The proxy resolves names; a local lookup would tell the local network where we go.
            builder.dns(hostname -> {
                throw new UnknownHostException("local name lookups are off behind a SOCKS proxy");
            });
        } else {
            builder.dns(Dns.SYSTEM);
        }
        this.client = builder.build();
    }

    public NetSettings settings() {
        return settings;
    }

    public NetworkActivity activity() {
        return activity;
    }

    /**
     * Fetches {@code url}, following redirects only within {@code allowedDomains} (a domain
     * allows its subdomains). A redirect elsewhere stops with {@link NetProblem#FOREIGN_REDIRECT}
     * whose argument is the other host.
     */
    public Fetched get(URI url, Purpose purpose, Collection<String> allowedDomains, Cancellation cancellation)
            throws UnlistedException {
        HttpUrl current = parse(url);
        if (!allowed(current.host(), allowedDomains)) {
            throw new UnlistedException(NetProblem.HOST_NOT_ALLOWED);
        }
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            Answer answer = fetchOnce(current, purpose, cancellation);
            if (answer.location == null) {
                return answer.fetched;
            }
            HttpUrl next = current.resolve(answer.location);
            if (next == null) {
                throw new UnlistedException(NetProblem.BAD_ADDRESS);
            }
            if (!allowed(next.host(), allowedDomains)) {
                throw new UnlistedException(NetProblem.FOREIGN_REDIRECT, next.host());
            }
            current = next;
        }
        throw new UnlistedException(NetProblem.UNREACHABLE);
    }

    /** Whether {@code host} is one of the domains or under one of them. */
    public static boolean allowed(String host, Collection<String> domains) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String domain : domains) {
            String d = domain.toLowerCase(Locale.ROOT);
            if (h.equals(d) || h.endsWith("." + d)) {
                return true;
            }
        }
        return false;
    }

    private static HttpUrl parse(URI url) throws UnlistedException {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.toString());
        if (parsed == null) {
            throw new UnlistedException(NetProblem.BAD_ADDRESS);
        }
        return parsed;
    }

    private record Answer(Fetched fetched, String location) {
    }

    /** One hop, with retries on 429/503 while holding this host's turn, so waits are honoured. */
    private Answer fetchOnce(HttpUrl url, Purpose purpose, Cancellation cancellation) throws UnlistedException {
        Semaphore hostTurn = perHost.computeIfAbsent(url.host(), host -> new Semaphore(1, true));
        acquire(hostTurn, cancellation);
        try {
            for (int attempt = 0; ; attempt++) {
                acquire(overall, cancellation);
                Duration wait;
                try {
                    Call call = client.newCall(new Request.Builder().url(url).get().build());
                    cancellation.started(call);
                    try (Response response = call.execute()) {
                        activity.record(url.host(), purpose, Integer.toString(response.code()));
                        int code = response.code();
                        if (code != 429 && code != 503) {
                            return answer(url, response, purpose.maxBodyBytes(settings));
                        }
                        if (attempt >= settings.retries()) {
                            throw new UnlistedException(NetProblem.BUSY);
                        }
                        wait = retryWait(response, attempt);
                    } catch (IOException e) {
                        throw failure(url.host(), purpose, e, cancellation);
                    } finally {
                        cancellation.finished(call);
                    }
                } finally {
                    overall.release();
                }
                pause(wait, cancellation);
            }
        } finally {
            hostTurn.release();
        }
    }

    private Answer answer(HttpUrl url, Response response, long limit) throws IOException, UnlistedException {
        if (response.isRedirect() && response.header("Location") != null) {
            return new Answer(null, response.header("Location"));
        }
        ResponseBody body = response.body();
        if (body.contentLength() > limit) {
            throw new UnlistedException(NetProblem.TOO_LARGE);
        }
        BufferedSource source = body.source();
        if (source.request(limit + 1)) {
            throw new UnlistedException(NetProblem.TOO_LARGE);
        }
        String type = response.header("Content-Type");
        return new Answer(new Fetched(url.uri(), response.code(), type, source.readByteArray()), null);
    }

    private UnlistedException failure(String host, Purpose purpose, IOException e, Cancellation cancellation) {
        NetProblem problem;
        if (cancellation.isCancelled()) {
            problem = NetProblem.CANCELLED;
        } else if (e instanceof InterruptedIOException) {
            problem = NetProblem.TIMEOUT;
        } else if (e instanceof SocketException && !proxyAnswers()) {
            problem = NetProblem.PROXY;
        } else {
            problem = NetProblem.UNREACHABLE;
        }
        activity.record(host, purpose, problem.code());
        return new UnlistedException(problem, e);
    }

    /** Whether the proxy, if one is set, takes connections: a failure there is named as the proxy's. */
    private boolean proxyAnswers() {
        ProxyChoice proxy = settings.proxy();
        if (proxy.kind() == ProxyChoice.Kind.NONE) {
            return true;
        }
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(proxy.host(), proxy.port()), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Retry-After in seconds or as a date; otherwise 1, 2, 4 s; never longer than the setting. */
    private Duration retryWait(Response response, int attempt) {
        Duration wait = Duration.ofSeconds(1L << Math.min(attempt, 5));
        String header = response.header("Retry-After");
        if (header != null) {
            try {
                wait = Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
            } catch (NumberFormatException notSeconds) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                    wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                } catch (DateTimeParseException unreadable) {
                    // keep the backoff
                }
            }
        }
        if (wait.isNegative()) {
            wait = Duration.ZERO;
        }
        return wait.compareTo(settings.longestRetryWait()) > 0 ? settings.longestRetryWait() : wait;
    }

    private static void pause(Duration wait, Cancellation cancellation) throws UnlistedException {
        long end = System.nanoTime() + wait.toNanos();
        try {
            while (System.nanoTime() < end) {
                if (cancellation.isCancelled()) {
                    throw new UnlistedException(NetProblem.CANCELLED);
                }
                Thread.sleep(Math.min(100, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnlistedException(NetProblem.CANCELLED);
        }
    }

    private static void acquire(Semaphore semaphore, Cancellation cancellation) throws UnlistedException {
        try {
            while (!semaphore.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                if (cancellation.isCancelled()) {
                    throw new UnlistedException(NetProblem.CANCELLED);
                }
            }
            if (cancellation.isCancelled()) {
                semaphore.release();
                throw new UnlistedException(NetProblem.CANCELLED);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnlistedException(NetProblem.CANCELLED);
        }
    }

    /** Closes idle connections, e.g. when the vault locks. */
    public void close() {
        client.dispatcher().cancelAll();
        client.connectionPool().evictAll();
    }

}
