package org.unlisted.ui.vault;

import java.time.Clock;
import java.time.Duration;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unlisted.vault.AutoLock;
import org.unlisted.vault.Vault;

/**
 * The vault while it is unlocked, for the whole window. Locking closes it (the vault wipes its
 * keys) and tells every listener, so screens that showed personal data are thrown away.
 */
public final class VaultSession {
    public static final String AUTOLOCK_MINUTES = "autolock.minutes";
    public static final int DEFAULT_AUTOLOCK_MINUTES = 10;
    private static final Logger LOG = LoggerFactory.getLogger(VaultSession.class);

    private final ReadOnlyObjectWrapper<Vault> vault = new ReadOnlyObjectWrapper<>();
    private final Clock clock;
    private AutoLock autoLock;

    public VaultSession(Clock clock) {
        this.clock = clock;
    }

    public ReadOnlyObjectProperty<Vault> vaultProperty() {
        return vault.getReadOnlyProperty();
    }

    public boolean isUnlocked() {
        return vault.get() != null;
    }

    /** The open vault; only call while unlocked. */
    public Vault vault() {
        Vault open = vault.get();
        if (open == null) {
            throw new IllegalStateException("The vault is locked");
        }
        return open;
    }

    public void unlocked(Vault opened) {
        int minutes = opened.settings().getInt(AUTOLOCK_MINUTES, DEFAULT_AUTOLOCK_MINUTES);
        autoLock = new AutoLock(clock, Duration.ofMinutes(minutes), this::lock);
        vault.set(opened);
        LOG.info("Vault unlocked");
    }

    /** Input from the person: pushes the auto-lock further away. */
    public void activity() {
        if (autoLock != null) {
            autoLock.activity();
        }
    }

    /** Called by a timer: locks if the person has been away longer than the idle limit. */
    public void lockIfIdle() {
        if (autoLock != null) {
            autoLock.lockIfIdle();
        }
    }

    public void setAutoLockMinutes(int minutes) {
        vault().settings().put(AUTOLOCK_MINUTES, Integer.toString(minutes));
        autoLock.setIdleLimit(Duration.ofMinutes(minutes));
    }

    public int autoLockMinutes() {
        return vault().settings().getInt(AUTOLOCK_MINUTES, DEFAULT_AUTOLOCK_MINUTES);
    }

    public void lock() {
        Vault open = vault.get();
        autoLock = null;
        if (open != null) {
            vault.set(null);
            open.close();
            LOG.info("Vault locked");
        }
    }
}
