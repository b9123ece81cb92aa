package org.unlisted.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for spreadsheets that never runs anything: a cell that starts like a formula (= + - @, or a
 * tab or carriage return, which some spreadsheets skip before looking) gets a leading apostrophe, so
 * Excel, LibreOffice and Google Sheets show it as text. A broker's name or a person's name is typed
 * by someone; it must not become a formula on the advocate's computer.
 */
public final class SafeCsv {
    private SafeCsv() {
    }

    /** The cell as it is safe to write. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** A heading row and the rows, every cell made safe, RFC 4180 quoting and line ends. */
    public static String of(List<String> heading, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(heading.stream().map(SafeCsv::cell).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SafeCsv::cell).toList());
            }
        } catch (IOException e) {
            // A StringBuilder does not fail to grow; this is here because the printer's API says it might.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
