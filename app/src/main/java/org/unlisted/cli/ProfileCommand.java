package org.unlisted.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.unlisted.core.Messages;
import org.unlisted.core.UnlistedException;
import org.unlisted.cases.CaseFile;
import org.unlisted.people.ClientImport;
import org.unlisted.people.People;
import org.unlisted.people.PeopleProblem;
import org.unlisted.people.Profile;
import org.unlisted.people.ProfileRules;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code unlisted profile ...}: the people in the vault, over the same services as the app. */
@Command(name = "profile", description = "Add, list, show, change, delete, import and hand over profiles.",
        subcommands = {ProfileCommand.Add.class, ProfileCommand.ListProfiles.class, ProfileCommand.Show.class,
                ProfileCommand.Edit.class, ProfileCommand.Delete.class, ProfileCommand.ImportCsv.class,
                ProfileCommand.Export.class, ProfileCommand.Import.class})
final class ProfileCommand {
    @ParentCommand
    UnlistedCommand root;

    interface PeopleAction {
        int run(Vault vault, People people, PrintWriter out) throws UnlistedException;
    }

    /** Opens the vault, runs the action, and turns a failure into one line and an exit code. */
    int withVault(VaultCommand.Access access, PeopleAction action) {
        return VaultCommand.run(root, out -> {
            try (Passphrase passphrase = access.read(root, "Passphrase");
                 Vault vault = Vault.open(access.vaultFile(root), passphrase)) {
                return action.run(vault, new People(vault::connection, Clock.systemUTC()), out);
            }
        });
    }

    /** The details {@code add} and {@code edit} take; on edit, any option given replaces that detail. */
    static final class Details {
        @Option(names = "--name", paramLabel = "NAME", description = "Legal name.")
        String name;
        @Option(names = "--alias", paramLabel = "NAME", description = "Another name (repeat for more).")
        List<String> aliases;
        @Option(names = "--email", paramLabel = "EMAIL", description = "An email address (repeat for more).")
        List<String> emails;
        @Option(names = "--phone", paramLabel = "PHONE", description = "A phone number (repeat for more).")
        List<String> phones;
        @Option(names = "--address", paramLabel = "\"STREET, CITY, ST ZIP\"",
                description = "An address; the first is the current one (repeat for past ones).")
        List<String> addresses;
        @Option(names = "--dob", paramLabel = "YYYY-MM-DD", description = "Date of birth.")
        String dob;
        @Option(names = "--state", paramLabel = "ST", description = "State of residence (two letters).")
        String state;
        @Option(names = "--notes", paramLabel = "TEXT", description = "Notes.")
        String notes;

        Profile applyTo(Profile base) throws UnlistedException {
            List<Profile.OtherName> others = base.otherNames();
            if (aliases != null) {
                others = aliases.stream().map(a -> new Profile.OtherName(a.strip(), Profile.OtherName.Kind.ALIAS))
                        .toList();
            }
            List<Profile.Address> places = base.addresses();
            if (addresses != null) {
                places = new ArrayList<>();
                for (int i = 0; i < addresses.size(); i++) {
                    places.add(ProfileRules.address(addresses.get(i), i == 0));
                }
            }
            List<String> phoneNumbers = base.phones();
            if (phones != null) {
                phoneNumbers = new ArrayList<>();
                for (String phone : phones) {
                    phoneNumbers.add(ProfileRules.phone(phone));
                }
            }
            Profile changed = base.withNameAndState(name != null ? name : base.legalName(),
                    state != null ? ProfileRules.state(state) : base.state()).withNotes(notes != null ? notes
                    : base.notes());
            return changed.withDetails(others, dob != null ? ProfileRules.birthDate(dob) : base.dateOfBirth(), places,
                    phoneNumbers, emails != null ? emails.stream().map(String::strip).toList() : base.emails());
        }
    }

    @Command(name = "add", description = "Add a profile; prints its id. Only --name and --state are required.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        ProfileCommand profile;
        @Mixin
        VaultCommand.Access access;
        @Mixin
        Details details;

        @Override
        public Integer call() {
            return profile.withVault(access, (vault, people, out) -> {
                Profile draft = details.applyTo(Profile.draft(details.name, details.state));
                out.println(people.add(draft).id());
                return VaultCommand.OK;
            });
        }
    }

    @Command(name = "list", description = "One line per profile: id, state, name.")
    static final class ListProfiles implements Callable<Integer> {
        @ParentCommand
        ProfileCommand profile;
        @Mixin
        VaultCommand.Access access;

        @Override
        public Integer call() {
            return profile.withVault(access, (vault, people, out) -> {
                for (Profile person : people.list()) {
                    out.println(person.id() + "\t" + person.state() + "\t" + person.legalName()
                            + (person.self() ? "\t(me)" : ""));
                }
                return VaultCommand.OK;
            });
        }
    }

    @Command(name = "show", description = "Everything kept about one profile.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        ProfileCommand profile;
        @Mixin
        VaultCommand.Access access;
        @Parameters(paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            return profile.withVault(access, (vault, people, out) -> {
                Profile p = people.get(id);
                out.println("Name: " + p.legalName());
                p.otherNames().forEach(o -> out.println("Other name: " + o.name() + " ("
                        + o.kind().name().toLowerCase(Locale.ROOT) + ")"));
                out.println("State: " + p.state());
                if (p.dateOfBirth() != null) {
                    out.println("Date of birth: " + p.dateOfBirth());
                }
                p.addresses().forEach(a -> out.println("Address: " + a.oneLine() + (a.current() ? " (current)" : "")));
                p.phones().forEach(phone -> out.println("Phone: " + phone));
                p.emails().forEach(email -> out.println("Email: " + email));
                if (!p.notes().isEmpty()) {
                    out.println("Notes: " + p.notes());
                }
                return VaultCommand.OK;
            });
        }
    }

    @Command(name = "edit", description = "Change a profile: each option given replaces that detail.")
    static final class Edit implements Callable<Integer> {
        @ParentCommand
        ProfileCommand profile;
        @Mixin
        VaultCommand.Access access;
        @Mixin
        Details details;
        @Parameters(paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            return profile.withVault(access, (vault, people, out) -> {
                people.update(details.applyTo(people.get(id)));
                out.println("Profile " + id + " changed.");
                return VaultCommand.OK;
            });
        }
    }

    @Command(name = "delete", description = "Delete a profile and everything linked to it, for good.")
    static final class Delete implements Callable<Integer> {
        @ParentCommand
        ProfileCommand profile;
        @Mixin
        VaultCommand.Access access;
        @Parameters(paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            return profile.withVault(access, (vault, people, out) -> {
                people.delete(id);
                out.println("Profile " + id + " deleted, with everything linked to it.");
                return VaultCommand.OK;
            });
        }
    }

    @Command(name = "import-csv", description = "Import clients from a CSV file. Any bad row imports nothing and is "
            + "listed as 'row N: reason' (the heading row is row 1).")
    static final class ImportCsv implements Callable<Integer> {
        @ParentCommand
        ProfileCommand profile;
        @Mixin
        VaultCommand.Access access;
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--map", paramLabel = "COLUMN=HEADING",
                description = "Use the column with this heading for a detail: name, first-name, last-name, "
                        + "other-names, state, date-of-birth, email, phone, address, street, city, zip, notes.")
        Map<String, String> mapping;
        @Option(names = "--skip-duplicates", description = "Import the other rows and skip people already there.")
        boolean skipDuplicates;

        @Override
        public Integer call() {
            return profile.withVault(access, (vault, people, out) -> {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new UnlistedException(PeopleProblem.CSV_UNREADABLE, e);
                }
                Map<ClientImport.Column, String> chosen = new EnumMap<>(ClientImport.Column.class);
                if (mapping != null) {
                    for (Map.Entry<String, String> choice : mapping.entrySet()) {
                        try {
                            chosen.put(ClientImport.Column.named(choice.getKey()), choice.getValue());
                        } catch (IllegalArgumentException e) {
                            throw new UnlistedException(PeopleProblem.CSV_UNREADABLE, e);
                        }
                    }
                }
                ClientImport.Check check = ClientImport.check(bytes, chosen, people, LocalDate.now());
                Messages messages = Messages.forLocale(Locale.getDefault());
                List<ClientImport.RowProblem> shown = new ArrayList<>(check.problems());
                if (!skipDuplicates) {
                    shown.addAll(check.duplicates());
                }
                shown.sort(java.util.Comparator.comparingLong(ClientImport.RowProblem::row));
                for (ClientImport.RowProblem problem : shown) {
                    out.println("row " + problem.row() + ": "
                            + messages.get(problem.problem().messageKey(), problem.arguments()));
                }
                List<Profile> saved = ClientImport.commit(check, skipDuplicates, people, vault::connection);
                out.println("Imported " + saved.size() + " clients" + (check.duplicates().isEmpty() ? "."
                        : "; skipped " + check.duplicates().size() + " already there."));
                return VaultCommand.OK;
            });
        }
    }

    @Command(name = "export", description = "Write one profile and everything linked to it to a case file with its "
            + "own passphrase. With --passphrase-stdin: the vault's passphrase, then the case file's.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        ProfileCommand profile;
        @Mixin
        VaultCommand.Access access;
        @Parameters(index = "0", paramLabel = "ID")
        long id;
        @Parameters(index = "1", paramLabel = "FILE", description = "The case file to create (must not exist).")
        Path target;

        @Override
        public Integer call() {
            return profile.withVault(access, (vault, people, out) -> {
                try (Passphrase filePassphrase = access.readNew(profile.root, "Case file passphrase")) {
                    CaseFile.export(vault.connection(), id, target.toAbsolutePath(), filePassphrase,
                            Clock.systemUTC());
                }
                out.println("Case file written: " + target.toAbsolutePath());
                return VaultCommand.OK;
            });
        }
    }

    @Command(name = "import", description = "Add the person in a case file to this vault; prints the new id. "
            + "With --passphrase-stdin: the vault's passphrase, then the case file's.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        ProfileCommand profile;
        @Mixin
        VaultCommand.Access access;
        @Parameters(paramLabel = "FILE")
        Path source;

        @Override
        public Integer call() {
            return profile.withVault(access, (vault, people, out) -> {
                try (Passphrase filePassphrase = access.read(profile.root, "Case file passphrase")) {
                    out.println(CaseFile.importInto(vault.connection(), source.toAbsolutePath(), filePassphrase,
                            Clock.systemUTC()).id());
                }
                return VaultCommand.OK;
            });
        }
    }
}
