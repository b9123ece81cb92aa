package org.unlisted.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.TestClock;
import org.unlisted.core.UnlistedException;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

class ClientImportTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final String[] FIRST = {"Ana", "José", "Zoë", "Nguyễn", "François", "Mary-Jo", "O'Brien", "Ximena"};
    private static final String[] LAST = {"Ruiz", "Müller", "Smith", "Tran", "Núñez", "Lee", "D'Souza", "García"};
    private static final String[] STATES = {"CA", "TX", "NY", "IL", "FL", "WA"};

    @TempDir
    Path temp;
    Vault vault;
    People people;

    @BeforeEach
    void open() throws Exception {
        try (Passphrase passphrase = Passphrase.wrap("amber kettle saddle frost".toCharArray())) {
            vault = Vault.create(temp.resolve("vault.db"), passphrase);
        }
        people = new People(vault::connection, new TestClock(Instant.parse("2026-11-29T10:00:00Z")));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    /**
     * A 500-row export as spreadsheets write them: accents, quoted commas and line breaks inside
     * cells, empty optional cells, several values in one cell, US dates, a blank line.
     */
    static String messyFile(int rows, Map<Integer, String> badCells) {
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder("Client Name,St,Date of Birth,E-mail,Phone,Home Address,Notes\r\n");
        for (int i = 0; i < rows; i++) {
            int row = i + 2; // the heading is row 1
            String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length] + " " + i;
            String state = STATES[random.nextInt(STATES.length)];
            String dob = i % 3 == 0 ? "" : (1 + random.nextInt(12)) + "/" + (1 + random.nextInt(28)) + "/"
                    + (1950 + random.nextInt(50));
            String email = i % 4 == 0 ? "" : "client" + i + "@example.org" + (i % 10 == 1 ? "; alt" + i + "@example.org" : "");
            String phone = i % 5 == 0 ? "" : "(555) 010-" + String.format("%04d", i);
            String address = i % 2 == 0 ? "" : "\"" + (100 + i) + " Main St, Apt " + i + ", Springfield, " + state
                    + " 6" + String.format("%04d", i) + "\"";
            String notes = i % 7 == 0 ? "\"Speaks Spanish,\nprefers \"\"text\"\" messages\"" : "";
            String line = String.join(",", "\"" + name + "\"", state, dob, email, phone, address, notes);
            if (badCells.containsKey(row)) {
                line = badCells.get(row);
            }
            csv.append(line).append("\r\n");
            if (i == 250) {
                csv.append("\r\n");
            }
        }
        return csv.toString();
    }

    private ClientImport.Check check(byte[] file) throws UnlistedException {
        return ClientImport.check(file, Map.of(), people, TODAY);
    }

    @Test
    void aMessyFileOf500RowsImportsCompletelyInEveryCommonEncoding() throws Exception {
        String text = messyFile(500, Map.of());
        byte[] utf8Bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
        for (byte[] file : List.of(utf8Bom, text.getBytes(StandardCharsets.UTF_8),
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)),
                text.replace("Nguyễn", "Nguyen").getBytes(Charset.forName("windows-1252")))) {
            ClientImport.Check check = check(file);
            assertThat(check.problems()).isEmpty();
            assertThat(check.duplicates()).isEmpty();
            assertThat(check.ready()).hasSize(500);
        }

        List<Profile> saved = ClientImport.commit(check(utf8Bom), false, people, vault::connection);

        assertThat(saved).hasSize(500);
        assertThat(people.list()).hasSize(500);
        Profile first = people.list().stream().filter(p -> p.legalName().equals("Ana Ruiz 0")).findFirst()
                .orElseThrow();
        assertThat(first.notes()).isEqualTo("Speaks Spanish,\nprefers \"text\" messages");
        Profile withTwoEmails = people.list().stream().filter(p -> p.legalName().endsWith(" 1")).findFirst()
                .orElseThrow();
        assertThat(withTwoEmails.emails()).containsExactly("client1@example.org", "alt1@example.org");
        assertThat(withTwoEmails.currentAddress().city()).isEqualTo("Springfield");
        assertThat(withTwoEmails.currentAddress().street()).isEqualTo("101 Main St, Apt 1");
        assertThat(people.list()).extracting(Profile::legalName).contains("Zoë Ruiz 2", "Nguyễn Ruiz 3");
    }

    @Test
    void badRowsAreNamedExactlyAndNothingIsImported() throws Exception {
        String text = messyFile(500, Map.of(
                17, "\"Bad State\",Calif,,,,,",
                120, "\"Bad Date\",CA,31/31/1990,,,,",
                301, ",CA,,,,,",
                444, "\"Bad Email\",NY,,not-an-email,,,",
                499, "\"Bad Phone\",TX,,,12,,"));

        ClientImport.Check check = check(text.getBytes(StandardCharsets.UTF_8));

        assertThat(check.problems()).extracting(ClientImport.RowProblem::row, ClientImport.RowProblem::problem)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(17L, PeopleProblem.STATE_INVALID),
                        org.assertj.core.groups.Tuple.tuple(120L, PeopleProblem.BIRTH_DATE_INVALID),
                        org.assertj.core.groups.Tuple.tuple(301L, PeopleProblem.NAME_MISSING),
                        org.assertj.core.groups.Tuple.tuple(444L, PeopleProblem.EMAIL_INVALID),
                        org.assertj.core.groups.Tuple.tuple(499L, PeopleProblem.PHONE_INVALID));
        assertThatThrownBy(() -> ClientImport.commit(check, false, people, vault::connection))
                .isInstanceOfSatisfying(UnlistedException.class, e -> {
                    assertThat(e.problem()).isEqualTo(PeopleProblem.CSV_ROWS_INVALID);
                    assertThat(e.arguments()).containsExactly(5);
                });
        assertThat(people.list()).isEmpty();
    }

    @Test
    void duplicatesInTheFileOrTheVaultAreFoundAndCanBeSkipped() throws Exception {
        people.add(Profile.draft("Ana Ruiz", "TX"));
        String text = "First name;Last name;State\nana;RUIZ;TX\nLuis;Ruiz;TX\nLuis;Ruiz;TX\n";

        ClientImport.Check check = check(text.getBytes(StandardCharsets.UTF_8));

        assertThat(check.duplicates()).extracting(ClientImport.RowProblem::row).containsExactly(2L, 4L);
        assertThat(check.duplicates().get(0).problem()).isEqualTo(PeopleProblem.DUPLICATE);
        assertThat(check.duplicates().get(1).problem()).isEqualTo(PeopleProblem.DUPLICATE_ROW);
        assertThat(check.duplicates().get(1).arguments()).containsExactly(3L);
        assertThatThrownBy(() -> ClientImport.commit(check, false, people, vault::connection))
                .isInstanceOf(UnlistedException.class);
        assertThat(people.list()).hasSize(1);

        assertThat(ClientImport.commit(check, true, people, vault::connection)).extracting(Profile::legalName)
                .containsExactly("Luis Ruiz");
        assertThat(people.list()).hasSize(2);
    }

    @Test
    void columnsCanBeChosenAndAFileWithoutNamesOrWithBrokenQuotingIsRefused() throws Exception {
        String text = "Cliente,Estado\nAna Ruiz,TX\n";
        assertThatThrownBy(() -> check(text.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UnlistedException.class,
                        e -> assertThat(e.problem()).isEqualTo(PeopleProblem.CSV_NO_NAME_COLUMN));

        ClientImport.Check chosen = ClientImport.check(text.getBytes(StandardCharsets.UTF_8),
                Map.of(ClientImport.Column.NAME, "Cliente", ClientImport.Column.STATE, "Estado"), people, TODAY);
        assertThat(chosen.ready()).extracting(row -> row.profile().legalName()).containsExactly("Ana Ruiz");

        assertThatThrownBy(() -> check("Name,State\n\"Ana Ruiz,TX\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UnlistedException.class,
                        e -> assertThat(e.problem()).isEqualTo(PeopleProblem.CSV_UNREADABLE));
        assertThat(people.list()).isEmpty();
    }

    @Test
    void hostileCellsGiveAClearRowErrorNotACrash() throws Exception {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("Name,State,Notes\n");
        for (int i = 0; i < 200; i++) {
            StringBuilder junk = new StringBuilder();
            for (int c = 0; c < 1 + random.nextInt(40); c++) {
                junk.appendCodePoint(random.nextInt(0x2FFFF));
            }
            String cell = junk.toString().replace("\"", "\"\"");
            csv.append("\"=HYPERLINK(").append(cell).append(")\",").append(i % 2 == 0 ? "CA" : "\u202eAC")
                    .append(",\"").append(cell).append("\"\n");
        }
        ClientImport.Check check = check(csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(check.ready().size() + check.problems().size() + check.duplicates().size()).isEqualTo(200);
        assertThat(check.problems()).isNotEmpty().allSatisfy(problem ->
                assertThat(problem.problem()).isIn(PeopleProblem.STATE_INVALID, PeopleProblem.TOO_LONG));
        assertThat(people.list()).isEmpty();
    }

    @Test
    void hugeOrMalformedFilesGiveAClearProblemOrAWholeImport() throws Exception {
        StringBuilder wide = new StringBuilder("Name,State");
        StringBuilder wideRow = new StringBuilder("Wide Ruiz,CA");
        for (int i = 3; i <= 100_000; i++) {
            wide.append(",c").append(i);
            wideRow.append(",x");
        }
        String bigCell = "A".repeat(5 * 1024 * 1024);
        byte[] lone = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Name,State\nAna\uD800 Ruiz,CA\n".getBytes(StandardCharsets.UTF_16LE));
        List<byte[]> files = List.of(
                (wide + "\n" + wideRow + "\n").getBytes(StandardCharsets.UTF_8),
                ("Name," + ",".repeat(100_000) + "\nAna Ruiz\n").getBytes(StandardCharsets.UTF_8),
                ("Name,State\n" + bigCell + ",CA\n").getBytes(StandardCharsets.UTF_8),
                ("Name,State,Notes\nBig Notes,CA,\"" + bigCell + "\"\n").getBytes(StandardCharsets.UTF_8),
                ("Name,State\n\"" + bigCell).getBytes(StandardCharsets.UTF_8),
                concat("Name,State\nAna ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0, (byte) 0xAF,
                        (byte) 0x80, (byte) 0xE2, (byte) 0x82, ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xF5,
                        (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0xFF, (byte) 0x81, ',', 'C', 'A', '\n'}),
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'N', 0},
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        "Name,State\nOdd Ruiz,CA\n".getBytes(StandardCharsets.UTF_16LE)),
                lone,
                "Name,State\nNul\u0000Ruiz,CA\n\u0000,\u0000\n".getBytes(StandardCharsets.UTF_8),
                "\r\n\r\n\r\n".getBytes(StandardCharsets.UTF_8),
                new byte[0]);
        for (int i = 0; i < files.size(); i++) {
            byte[] file = i == 9 ? java.util.Arrays.copyOf(files.get(i), files.get(i).length - 1) : files.get(i);
            importWholeOrNothing(file, "file #" + i);
        }
        assertThat(people.list()).extracting(Profile::legalName).as("100,000 columns are read").contains("Wide Ruiz")
                .allSatisfy(name -> assertThat(name.codePoints()
                        .noneMatch(cp -> cp == 0 || cp >= 0xD800 && cp <= 0xDFFF)).as("no NUL or half character").isTrue());
    }

    /**
     * Checks and, if the file may be imported, commits it: either a problem naming the whole file
     * or its rows, with nothing written, or every ready row saved exactly. Never an unchecked exception.
     */
    private void importWholeOrNothing(byte[] file, String what) throws Exception {
        List<Profile> before = people.list();
        ClientImport.Check check;
        try {
            check = check(file);
        } catch (UnlistedException e) {
            assertThat(e.problem()).as(what).isIn(PeopleProblem.CSV_UNREADABLE, PeopleProblem.CSV_NO_NAME_COLUMN);
            assertThat(people.list()).as(what + ": nothing written").isEqualTo(before);
            return;
        }
        if (!check.importable(false)) {
            assertThatThrownBy(() -> ClientImport.commit(check, false, people, vault::connection))
                    .as(what).isInstanceOfSatisfying(UnlistedException.class,
                            e -> assertThat(e.problem()).isEqualTo(PeopleProblem.CSV_ROWS_INVALID));
            assertThat(people.list()).as(what + ": nothing written").isEqualTo(before);
            return;
        }
        List<Profile> saved = ClientImport.commit(check, false, people, vault::connection);
        assertThat(saved).extracting(Profile::legalName).as(what)
                .containsExactlyElementsOf(check.ready().stream().map(row -> row.profile().legalName()).toList());
        assertThat(people.list()).as(what).hasSize(before.size() + saved.size());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
