package org.unlisted.net;

import java.time.Clock;
import org.unlisted.core.Preferences;

/**
 * The network for one run of the app: the saved settings, the one client (made only when an
 * action first needs it, so starting the app touches nothing), and the record of every contact.
 */
public final class NetworkSession {
    private final Preferences preferences;
    private final NetworkActivity activity;
    private Network network;

    public NetworkSession(Preferences preferences, Clock clock) {
        this.preferences = preferences;
        this.activity = new NetworkActivity(clock);
    }

    public synchronized Network network() {
        if (network == null) {
            network = new Network(NetSettings.load(preferences), activity);
        }
        return network;
    }

    public NetSettings settings() {
        return NetSettings.load(preferences);
    }

    /** Saves new settings; the next request uses them. */
    public synchronized void change(NetSettings settings) {
        settings.save(preferences);
        if (network != null) {
            network.close();
            network = null;
        }
    }

    public NetworkActivity activity() {
        return activity;
    }
}
