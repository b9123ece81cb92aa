package org.unlisted.net;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;

/** One Cancel button: stops every request of one action, including waits between retries. */
public final class Cancellation {
    private final Set<Call> running = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
        running.forEach(Call::cancel);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    void started(Call call) {
        running.add(call);
        if (cancelled) {
            call.cancel();
        }
    }

    void finished(Call call) {
        running.remove(call);
    }
}
