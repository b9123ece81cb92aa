package org.unlisted.people;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.unlisted.core.UnlistedException;
import org.unlisted.vault.CheckResult;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Transaction;
import org.unlisted.vault.Vault;

/**
 * One person's file, handed from one install to another (a clinic passing a client on). The case
 * file is itself a small vault with its own passphrase, so it is encrypted and authenticated the
 * same way; import checks every page before reading anything and saves all of it or nothing.
 */
public final class CaseFile {
    static final String PROFILE_KEY = "casefile.profile";

    private CaseFile() {
    }

    /** Writes the profile and everything linked to it to a new file locked with {@code passphrase}. */
    public static void export(Connection from, long profileId, Path target, Passphrase passphrase, Clock clock)
            throws UnlistedException {
        Profile profile = new People(() -> from, clock).get(profileId);
        List<Consent> consents = new Consents(() -> from).of(profileId);
        try (Vault file = Vault.create(target, passphrase)) {
            Profile copy = new People(file::connection, clock).add(profile);
            Consents copied = new Consents(file::connection);
            for (Consent consent : consents) {
                copied.record(consent.forProfile(copy.id()));
            }
            // Cases, events and letters join here when they exist: everything that hangs off the profile.
            file.settings().put(PROFILE_KEY, Long.toString(copy.id()));
        }
    }

    /**
     * Reads a case file into the vault behind {@code into}; returns the new profile. A wrong
     * passphrase, a damaged or altered file, or a person already in the vault imports nothing.
     */
    public static Profile importInto(Connection into, Path source, Passphrase passphrase, Clock clock)
            throws UnlistedException {
        CheckResult check = Vault.check(source, passphrase);
        if (!check.sound()) {
            throw new UnlistedException(PeopleProblem.CASE_FILE_INVALID);
        }
        Profile profile;
        List<Consent> consents;
        try (Vault file = Vault.open(source, passphrase)) {
            long id = Long.parseLong(file.settings().get(PROFILE_KEY)
                    .orElseThrow(() -> new UnlistedException(PeopleProblem.CASE_FILE_INVALID)));
            profile = new People(file::connection, clock).get(id);
            consents = new Consents(file::connection).of(id);
        } catch (NumberFormatException e) {
            throw new UnlistedException(PeopleProblem.CASE_FILE_INVALID, e);
        }
        People people = new People(() -> into, clock);
        if (!people.sameAs(profile.withId(0)).isEmpty()) {
            throw new UnlistedException(PeopleProblem.DUPLICATE);
        }
        try {
            return Transaction.<Profile, UnlistedException>inOne(into, () -> {
                Profile added = people.add(new Profile(0, profile.legalName(), profile.otherNames(),
                        profile.dateOfBirth(), profile.addresses(), profile.phones(), profile.emails(),
                        profile.state(), profile.notes(), false, null, null));
                Consents target = new Consents(() -> into);
                for (Consent consent : consents) {
                    target.record(consent.forProfile(added.id()));
                }
                return added;
            });
        } catch (SQLException e) {
            throw new UnlistedException(PeopleProblem.STORAGE, e);
        }
    }
}
