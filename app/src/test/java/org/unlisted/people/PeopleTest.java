package org.unlisted.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.TestClock;
import org.unlisted.core.UnlistedException;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

class PeopleTest {
    static final String PASSPHRASE = "amber kettle saddle frost";
    /** Values that must never be found anywhere once the person is deleted. */
    static final String MARKER_NAME = "Zorblat Quenville";
    static final String MARKER_EMAIL = "zq-marker-7731@example.org";

    @TempDir
    Path temp;
    Vault vault;
    People people;
    final TestClock clock = new TestClock(Instant.parse("2026-11-29T10:00:00Z"));

    @BeforeEach
    void open() throws Exception {
        try (Passphrase passphrase = Passphrase.wrap(PASSPHRASE.toCharArray())) {
            vault = Vault.create(temp.resolve("vault.db"), passphrase);
        }
        people = new People(vault::connection, clock);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    static Profile full(String name, String email) throws UnlistedException {
        return Profile.draft(name, "ca").withDetails(
                List.of(new Profile.OtherName("Zee Q", Profile.OtherName.Kind.NICKNAME)), LocalDate.of(1984, 3, 9),
                List.of(ProfileRules.address("12 Oak St, Apt 4, Fresno, CA 93701", true),
                        new Profile.Address("3 Elm Rd", "Reno", "NV", null, 2010, 2015, false)),
                List.of("(559) 555-0134"), List.of(email));
    }

    @Test
    void aProfileIsSavedWithEveryDetailAndReadBack() throws Exception {
        Profile saved = people.add(full(MARKER_NAME, MARKER_EMAIL).withNotes("Prefers text messages."));

        Profile read = people.get(saved.id());
        assertThat(read.legalName()).isEqualTo(MARKER_NAME);
        assertThat(read.state()).isEqualTo("CA");
        assertThat(read.otherNames()).extracting(Profile.OtherName::name).containsExactly("Zee Q");
        assertThat(read.dateOfBirth()).isEqualTo(LocalDate.of(1984, 3, 9));
        assertThat(read.currentAddress().street()).isEqualTo("12 Oak St, Apt 4");
        assertThat(read.currentAddress().zip()).isEqualTo("93701");
        assertThat(read.addresses().get(1).fromYear()).isEqualTo(2010);
        assertThat(read.phones()).containsExactly("(559) 555-0134");
        assertThat(read.emails()).containsExactly(MARKER_EMAIL);
        assertThat(read.notes()).isEqualTo("Prefers text messages.");
        assertThat(read.created()).isEqualTo(clock.instant());

        clock.advance(java.time.Duration.ofHours(2));
        people.update(read.withNotes("Call after 5."));
        assertThat(people.get(saved.id()).notes()).isEqualTo("Call after 5.");
        assertThat(people.get(saved.id()).lastActivity()).isEqualTo(clock.instant());
    }

    @Test
    void onlyANameAndAStateAreRequiredAndBadDetailsAreRefused() throws Exception {
        assertThat(people.add(Profile.draft("Ana Ruiz", "tx")).state()).isEqualTo("TX");

        assertProblem(Profile.draft(" ", "TX"), PeopleProblem.NAME_MISSING);
        assertProblem(Profile.draft("Ana Ruiz", "Texas"), PeopleProblem.STATE_INVALID);
        assertProblem(Profile.draft("Ana Ruiz", "TX").withDetails(List.of(), LocalDate.of(2027, 1, 1), List.of(),
                List.of(), List.of()), PeopleProblem.BIRTH_DATE_INVALID);
        assertProblem(Profile.draft("Ana Ruiz", "TX").withDetails(List.of(), null, List.of(), List.of("12"),
                List.of()), PeopleProblem.PHONE_INVALID);
        assertProblem(Profile.draft("Ana Ruiz", "TX").withDetails(List.of(), null, List.of(), List.of(),
                List.of("ana at example")), PeopleProblem.EMAIL_INVALID);
        assertProblem(Profile.draft("Ana\u0000Ruiz", "TX"), PeopleProblem.TOO_LONG);
        assertProblem(Profile.draft("A".repeat(301), "TX"), PeopleProblem.TOO_LONG);
        assertThatThrownBy(() -> ProfileRules.address("12 Oak St Fresno CA", true))
                .isInstanceOfSatisfying(UnlistedException.class,
                        e -> assertThat(e.problem()).isEqualTo(PeopleProblem.ADDRESS_INVALID));
        assertThat(people.list()).hasSize(1);
    }

    private void assertProblem(Profile draft, PeopleProblem expected) {
        assertThatThrownBy(() -> people.add(draft)).isInstanceOfSatisfying(UnlistedException.class,
                e -> assertThat(e.problem()).isEqualTo(expected));
    }

    @Test
    void theSamePersonIsRecognisedAcrossSpellingsAndOtherNames() throws Exception {
        people.add(full("José O'Neil", "jo@example.org"));

        assertThat(people.sameAs(Profile.draft("jose oneil", "CA"))).hasSize(1);
        assertThat(people.sameAs(Profile.draft("Zee Q", "CA"))).hasSize(1);
        assertThat(people.sameAs(Profile.draft("Jose ONeil", "NY"))).isEmpty();
        assertThat(people.sameAs(Profile.draft("José O'Neil", "CA").withDetails(List.of(), LocalDate.of(1990, 1, 1),
                List.of(), List.of(), List.of()))).isEmpty();
    }

    @Test
    void householdsLinkPeopleAndEndWhenOnePersonIsLeft() throws Exception {
        Households households = new Households(vault::connection);
        long ana = people.add(Profile.draft("Ana Ruiz", "TX")).id();
        long luis = people.add(Profile.draft("Luis Ruiz", "TX")).id();
        long eva = people.add(Profile.draft("Eva Ruiz", "TX")).id();

        households.link(ana, luis, "partner");
        Households.Household household = households.link(ana, eva, "child");

        assertThat(household.members()).extracting(Households.Member::profileId).containsExactly(ana, luis, eva);
        assertThat(households.of(eva).orElseThrow().id()).isEqualTo(household.id());
        households.unlink(luis);
        households.unlink(eva);
        assertThat(households.of(ana)).isEmpty();
    }

    @Test
    void deletingAPersonLeavesNoTraceInTheVault() throws Exception {
        Households households = new Households(vault::connection);
        long keep = people.add(Profile.draft("Ana Ruiz", "TX")).id();
        long gone = people.add(full(MARKER_NAME, MARKER_EMAIL)).id();
        households.link(keep, gone, "cousin");
        new Consents(vault::connection).record(new Consent(0, gone, LocalDate.of(2026, 11, 1), List.of(),
                "signed in person", null, "Dana Advocate"));

        people.delete(gone);

        assertThat(people.find(gone)).isEmpty();
        assertThat(households.of(keep)).as("a household of one ends").isEmpty();
        assertThat(new Consents(vault::connection).of(gone)).isEmpty();
        assertThat(everyStoredText()).as("decrypted contents of every table")
                .noneMatch(text -> text.contains(MARKER_NAME) || text.contains(MARKER_EMAIL)
                        || text.contains("Dana Advocate"));
        try (Statement pragma = vault.connection().createStatement();
             ResultSet secure = pragma.executeQuery("PRAGMA secure_delete")) {
            assertThat(secure.getInt(1)).as("freed pages are overwritten").isEqualTo(1);
        }
        // The write-ahead log was folded into the file and emptied; the file itself is encrypted.
        Path wal = temp.resolve("vault.db-wal");
        assertThat(!Files.exists(wal) || Files.size(wal) == 0).isTrue();
        for (Path file : List.of(temp.resolve("vault.db"), wal, temp.resolve("vault.db-shm"))) {
            if (Files.exists(file)) {
                String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(raw).doesNotContain(MARKER_NAME).doesNotContain(MARKER_EMAIL);
            }
        }
        assertThatThrownBy(() -> people.delete(gone)).isInstanceOfSatisfying(UnlistedException.class,
                e -> assertThat(e.problem()).isEqualTo(PeopleProblem.NOT_FOUND));
    }

    private List<String> everyStoredText() throws Exception {
        List<String> texts = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        try (Statement statement = vault.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        for (String table : tables) {
            try (Statement statement = vault.connection().createStatement();
                 ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                while (rows.next()) {
                    for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                        texts.add(String.valueOf(rows.getObject(column)));
                    }
                }
            }
        }
        assertThat(tables).contains("profile", "consent", "household_member");
        return texts;
    }
}
