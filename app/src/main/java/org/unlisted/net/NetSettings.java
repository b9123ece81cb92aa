package org.unlisted.net;

import java.time.Duration;
import org.unlisted.core.AppVersion;
import org.unlisted.core.Preferences;

/**
 * How the app behaves online. The limits keep it polite to brokers (one request at a time per
 * site) and safe for the person (no endless pages, no hanging screens).
 */
public record NetSettings(String userAgent, ProxyChoice proxy, Duration connectTimeout, Duration readTimeout,
        Duration callTimeout, long maxBodyBytes, int overallLimit, int retries, Duration longestRetryWait) {

    /** Says plainly what is asking, without naming the computer or the person. */
    public static final String DEFAULT_USER_AGENT = "Unlisted/" + AppVersion.current() + " (personal opt-out assistant)";

    public static NetSettings defaults() {
        return new NetSettings(DEFAULT_USER_AGENT, ProxyChoice.NONE, Duration.ofSeconds(10), Duration.ofSeconds(20),
                Duration.ofSeconds(60), 5L * 1024 * 1024, 8, 3, Duration.ofSeconds(60));
    }

    public NetSettings withProxy(ProxyChoice choice) {
        return new NetSettings(userAgent, choice, connectTimeout, readTimeout, callTimeout, maxBodyBytes, overallLimit,
                retries, longestRetryWait);
    }

    public NetSettings withUserAgent(String agent) {
        String text = agent == null || agent.isBlank() ? DEFAULT_USER_AGENT : agent.strip();
        return new NetSettings(text, proxy, connectTimeout, readTimeout, callTimeout, maxBodyBytes, overallLimit,
                retries, longestRetryWait);
    }

    public NetSettings withLimits(Duration connect, Duration read, long maxBody, int overall) {
        return new NetSettings(userAgent, proxy, connect, read, callTimeout, maxBody, overall, retries, longestRetryWait);
    }

    /** The saved proxy and User-Agent; a damaged value falls back to going straight out. */
    public static NetSettings load(Preferences preferences) {
        NetSettings settings = defaults().withUserAgent(preferences.get("proxy.userAgent").orElse(null));
        try {
            ProxyChoice.Kind kind = ProxyChoice.Kind.valueOf(preferences.get("proxy.kind").orElse("NONE"));
            return settings.withProxy(ProxyChoice.of(kind, preferences.get("proxy.host").orElse(""),
                    preferences.get("proxy.port").orElse("")));
        } catch (IllegalArgumentException | org.unlisted.core.UnlistedException damaged) {
            return settings;
        }
    }

    public void save(Preferences preferences) {
        preferences.put("proxy.kind", proxy.kind().name());
        preferences.put("proxy.host", proxy.host());
        preferences.put("proxy.port", proxy.port() == 0 ? "" : Integer.toString(proxy.port()));
        preferences.put("proxy.userAgent", userAgent.equals(DEFAULT_USER_AGENT) ? "" : userAgent);
        preferences.save();
    }
}
