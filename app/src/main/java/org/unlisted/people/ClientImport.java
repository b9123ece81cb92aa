package org.unlisted.people;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.unlisted.core.Problem;
import org.unlisted.core.UnlistedException;
import org.unlisted.vault.Transaction;

/**
 * Clients from a spreadsheet export (CSV). Every row is checked first; by default one bad row
 * imports nothing and the person is told which rows and why. Rows are numbered as the
 * spreadsheet shows them: the header is row 1.
 */
public final class ClientImport {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");

    /** The columns Unlisted understands, with the headings that name them in common exports. */
    public enum Column {
        NAME("name", "fullname", "legalname", "clientname"),
        FIRST_NAME("first", "firstname", "givenname"),
        LAST_NAME("last", "lastname", "surname", "familyname"),
        OTHER_NAMES("othernames", "aliases", "alias", "aka", "maidenname"),
        STATE("state", "st", "stateofresidence"),
        DATE_OF_BIRTH("dob", "dateofbirth", "birthdate", "birthday"),
        EMAIL("email", "emails", "emailaddress"),
        PHONE("phone", "phones", "phonenumber", "mobile", "cell", "telephone"),
        ADDRESS("address", "fulladdress", "homeaddress"),
        STREET("street", "streetaddress", "address1"),
        CITY("city", "town"),
        ZIP("zip", "zipcode", "postalcode", "postcode"),
        NOTES("notes", "note", "comments");

        private final List<String> headings;

        Column(String... headings) {
            this.headings = List.of(headings);
        }

        /** The column a heading names, ignoring case, spaces and punctuation. */
        static Column forHeading(String heading) {
            String key = heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            return Arrays.stream(values()).filter(c -> c.headings.contains(key)).findFirst().orElse(null);
        }

        public static Column named(String text) {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** One row that cannot be imported: its number, and why. */
    public record RowProblem(long row, Problem problem, Object... arguments) {
    }

    /** A clean row, ready to save. */
    public record Row(long row, Profile profile) {
    }

    /** The file read and checked: what would be imported, what would be skipped, and what is wrong. */
    public record Check(Map<Column, Integer> columns, List<Row> ready, List<RowProblem> problems,
                        List<RowProblem> duplicates) {
        public boolean importable(boolean skipDuplicates) {
            return problems.isEmpty() && (skipDuplicates || duplicates.isEmpty());
        }
    }

    private ClientImport() {
    }

    /**
     * Reads and checks a whole file. {@code chosen} maps columns to headings where the person picked
     * them; other columns are found by their heading. Changes nothing.
     */
    public static Check check(byte[] file, Map<Column, String> chosen, People people, LocalDate today)
            throws UnlistedException {
        String text = decode(file);
        List<Profile> existing = people.list();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(new StringReader(text))) {
            Map<Column, Integer> columns = columns(parser.getHeaderNames(), chosen);
            if (!columns.containsKey(Column.NAME) && !(columns.containsKey(Column.FIRST_NAME)
                    && columns.containsKey(Column.LAST_NAME))) {
                throw new UnlistedException(PeopleProblem.CSV_NO_NAME_COLUMN);
            }
            List<Row> ready = new ArrayList<>();
            List<RowProblem> problems = new ArrayList<>();
            List<RowProblem> duplicates = new ArrayList<>();
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber() + 1;
                if (isBlank(record)) {
                    continue;
                }
                try {
                    Profile profile = profileOf(record, columns);
                    ProfileRules.check(profile, today);
                    RowProblem duplicate = duplicateOf(row, profile, ready, existing);
                    if (duplicate != null) {
                        duplicates.add(duplicate);
                    } else {
                        ready.add(new Row(row, profile));
                    }
                } catch (UnlistedException e) {
                    problems.add(new RowProblem(row, e.problem(), e.arguments()));
                }
            }
            return new Check(columns, ready, problems, duplicates);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Malformed quoting, duplicate or missing headings: the file as a whole cannot be read.
            throw new UnlistedException(PeopleProblem.CSV_UNREADABLE, e);
        }
    }

    /** Saves every ready row in one transaction: all of them, or (on any failure) none. */
    public static List<Profile> commit(Check check, boolean skipDuplicates, People people,
                                       java.util.function.Supplier<Connection> vault) throws UnlistedException {
        if (!check.importable(skipDuplicates)) {
            throw new UnlistedException(PeopleProblem.CSV_ROWS_INVALID,
                    check.problems().size() + (skipDuplicates ? 0 : check.duplicates().size()));
        }
        try {
            return Transaction.<List<Profile>, UnlistedException>inOne(vault.get(), () -> {
                List<Profile> saved = new ArrayList<>();
                for (Row row : check.ready()) {
                    saved.add(people.add(row.profile()));
                }
                return saved;
            });
        } catch (SQLException e) {
            throw new UnlistedException(PeopleProblem.STORAGE, e);
        }
    }

    /** BOMs first; then UTF-8 if the bytes are valid UTF-8; else Windows-1252 (what Excel writes). */
    static String decode(byte[] bytes) throws UnlistedException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length > 1 && bytes[1] == 0 && bytes[0] != 0) {
            return new String(bytes, StandardCharsets.UTF_16LE); // UTF-16 without a BOM
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    /** Comma, semicolon (European Excel) or tab, whichever the heading row uses most. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String heading = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = heading.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = heading.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    private static Map<Column, Integer> columns(List<String> headings, Map<Column, String> chosen)
            throws UnlistedException {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < headings.size(); i++) {
            Column column = Column.forHeading(headings.get(i));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        for (Map.Entry<Column, String> choice : chosen.entrySet()) {
            int index = headings.indexOf(choice.getValue());
            if (index < 0) {
                throw new UnlistedException(PeopleProblem.CSV_UNREADABLE);
            }
            columns.put(choice.getKey(), index);
        }
        return columns;
    }

    private static Profile profileOf(CSVRecord record, Map<Column, Integer> columns) throws UnlistedException {
        String name = cell(record, columns, Column.NAME);
        if (name.isEmpty()) {
            name = (cell(record, columns, Column.FIRST_NAME) + " " + cell(record, columns, Column.LAST_NAME)).strip();
        }
        List<Profile.Address> addresses = new ArrayList<>();
        String oneLine = cell(record, columns, Column.ADDRESS);
        if (!oneLine.isEmpty()) {
            addresses.add(ProfileRules.address(oneLine.replace('\n', ' '), true));
        } else if (!cell(record, columns, Column.STREET).isEmpty()) {
            String state = cell(record, columns, Column.STATE);
            addresses.add(new Profile.Address(cell(record, columns, Column.STREET), blankToNull(cell(record, columns,
                    Column.CITY)), state.isEmpty() ? null : ProfileRules.state(state),
                    blankToNull(cell(record, columns, Column.ZIP)), null, null, true));
        }
        String state = cell(record, columns, Column.STATE);
        if (state.isEmpty() && !addresses.isEmpty() && addresses.get(0).state() != null) {
            state = addresses.get(0).state();
        }
        List<Profile.OtherName> others = new ArrayList<>();
        for (String other : list(cell(record, columns, Column.OTHER_NAMES))) {
            others.add(new Profile.OtherName(other, Profile.OtherName.Kind.ALIAS));
        }
        List<String> phones = new ArrayList<>();
        for (String phone : list(cell(record, columns, Column.PHONE))) {
            phones.add(ProfileRules.phone(phone));
        }
        String birth = cell(record, columns, Column.DATE_OF_BIRTH);
        Profile draft = Profile.draft(name, state.isEmpty() ? "" : ProfileRules.state(state))
                .withDetails(others, birth.isEmpty() ? null : birthDate(birth), addresses, phones,
                        list(cell(record, columns, Column.EMAIL)));
        return draft.withNotes(cell(record, columns, Column.NOTES));
    }

    private static LocalDate birthDate(String text) throws UnlistedException {
        try {
            return text.contains("/") ? LocalDate.parse(text, US_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UnlistedException(PeopleProblem.BIRTH_DATE_INVALID);
        }
    }

    private static RowProblem duplicateOf(long row, Profile profile, List<Row> earlier, List<Profile> existing) {
        for (Row other : earlier) {
            if (Duplicates.samePerson(other.profile(), profile)) {
                return new RowProblem(row, PeopleProblem.DUPLICATE_ROW, other.row());
            }
        }
        for (Profile known : existing) {
            if (Duplicates.samePerson(known, profile)) {
                return new RowProblem(row, PeopleProblem.DUPLICATE);
            }
        }
        return null;
    }

    private static String cell(CSVRecord record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    /** Several values in one cell, separated by semicolons or vertical bars. */
    private static List<String> list(String cell) {
        return Arrays.stream(cell.split("[;|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
