package org.unlisted.net;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Every host the app contacted in this session, so the person can see exactly where it went.
 * Kept in memory only: hosts are broker sites, but the list of them could still say whom a
 * person was looking up, so it is not written to disk.
 */
public final class NetworkActivity {
    /** One request: when, which host, why, and how it ended (an HTTP status, or a problem code). */
    public record Contact(Instant when, String host, Purpose purpose, String outcome) {
    }

    private final Clock clock;
    private final List<Contact> contacts = new CopyOnWriteArrayList<>();
    private final List<Consumer<Contact>> listeners = new CopyOnWriteArrayList<>();

    public NetworkActivity(Clock clock) {
        this.clock = clock;
    }

    void record(String host, Purpose purpose, String outcome) {
        Contact contact = new Contact(clock.instant(), host, purpose, outcome);
        contacts.add(contact);
        listeners.forEach(listener -> listener.accept(contact));
    }

    public List<Contact> contacts() {
        return List.copyOf(contacts);
    }

    public int count() {
        return contacts.size();
    }

    /**
     * Called on the thread that made the request; a screen must move to its own thread. Returns
     * what stops the calls, for when the screen closes.
     */
    public Runnable onContact(Consumer<Contact> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void clear() {
        contacts.clear();
    }
}
