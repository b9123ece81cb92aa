package org.unlisted.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.TestClock;
import org.unlisted.TestLog;
import org.unlisted.cases.CaseEvent.Actor;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.cases.Cases.NewFile;
import org.unlisted.cases.Cases.Step;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.catalog.DefinitionReader;
import org.unlisted.catalog.OwnBrokers;
import org.unlisted.core.UnlistedException;
import org.unlisted.letters.PdfFonts;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

class CaseReportTest {
    /** Details the person gave the app that a report must never show. */
    static final String BIRTH = "1984-03-09";
    static final String PHONE = "555-010-9876";
    static final String STREET = "4417 Quimby Lane";
    static final String CITY = "Zarnesville";
    static final String ZIP = "93799";
    static final String EMAIL = "ana.marker@example.org";
    static final String ALIAS = "Zephyrine Ruiz";
    static final String PROFILE_NOTE = "Xanthippe private note";
    static final String LETTER = "To Acxiom,\n\nI ask you to delete the personal information you hold about me.\n"
            + "Reference Oxbow-Velvet-7.\n\n- Name: Ana Ruiz\n\nSincerely,\nAna Ruiz\n";

    static Catalog catalog;

    @TempDir
    Path temp;
    Vault vault;
    People people;
    Cases cases;
    Profile ana;
    final TestClock clock = new TestClock(Instant.parse("2026-11-30T15:00:00Z"));

    @BeforeAll
    static void loadCatalog() throws UnlistedException {
        catalog = new CatalogLoader(LocalDate.now()).bundled();
    }

    @BeforeEach
    void open() throws Exception {
        try (Passphrase passphrase = Passphrase.wrap("amber kettle saddle frost".toCharArray())) {
            vault = Vault.create(temp.resolve("vault.db"), passphrase);
        }
        people = new People(vault::connection, clock);
        cases = new Cases(vault::connection, catalog, clock);
        ana = people.add(Profile.draft("Ana Ruiz", "CA")
                .withDetails(List.of(new Profile.OtherName(ALIAS, Profile.OtherName.Kind.ALIAS)),
                        LocalDate.parse(BIRTH),
                        List.of(new Profile.Address(STREET, CITY, "CA", ZIP, 2019, null, true)),
                        List.of(PHONE), List.of(EMAIL))
                .withNotes(PROFILE_NOTE));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    static Broker broker(String id) {
        return catalog.find(id).orElseThrow();
    }

    /** Four sites in four states, over seven weeks; the report is made on January 19, 2027. */
    void workThroughFourSites() throws UnlistedException {
        cases.mark(ana, broker("spokeo"), Step.to(CaseState.SEARCHING));
        cases.mark(ana, broker("spokeo"), Step.to(CaseState.FOUND)
                .withUrls(List.of("https://www.spokeo.com/Ana-Ruiz/California/p42")));
        cases.mark(ana, broker("spokeo"), Step.to(CaseState.SUBMITTED).withNote("Form sent; they said 72 hours."));
        cases.mark(ana, broker("whitepages"), Step.to(CaseState.SUBMITTED));
        cases.mark(ana, broker("acxiom"), Step.to(CaseState.SUBMITTED).withNote("Posted first class.")
                .withFiles(List.of(new NewFile("letter-acxiom.txt", "text/plain; charset=utf-8",
                        LETTER.getBytes(StandardCharsets.UTF_8)))));
        cases.mark(ana, broker("beenverified"), Step.to(CaseState.BLOCKED).withNote("They want a photo ID.")
                .by(Actor.ADVOCATE, "Sam Advocate"));
        clock.advance(Duration.ofDays(3));
        cases.mark(ana, broker("spokeo"), Step.to(CaseState.REMOVED)
                .withFiles(List.of(new NewFile("gone.png", "image/png", new byte[2048]))));
        clock.advance(Duration.ofDays(47));
        cases.markOverdue();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    @Test
    void thePdfHasTheSummaryOverdueTimelineAndLettersWithPageNumbers() throws Exception {
        workThroughFourSites();

        byte[] pdf = CaseReport.of(people, cases, ana.id(), clock).pdf();

        String text = text(pdf);
        assertThat(text).contains("Opt-out report: Ana Ruiz", "State: CA (CCPA/CPRA",
                "Made on January 19, 2027 at 15:00 UTC", "4 sites: 1 removed or not listed, 0 waiting for the site,"
                        + " 2 overdue, 1 blocked.");
        // Column headings may wrap onto two lines.
        assertThat(text.replaceAll("\\s+", " ")).contains("Where each site stands Site Status Request received Legal"
                + " deadline Removed Next re-check");
        // Summary rows: site, status, request received, legal deadline, removed, next re-check.
        assertThat(text).contains("Spokeo Removed Nov 30, 2026 Jan 14, 2027 Dec 3, 2026 Mar 3, 2027");
        assertThat(text).contains("Whitepages Overdue Nov 30, 2026 Jan 14, 2027");
        assertThat(text).contains("Acxiom Overdue Nov 30, 2026 Jan 14, 2027");
        assertThat(text).contains("BeenVerified Blocked");
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("Overdue", "Whitepages: the legal deadline was January 14, 2027 (5 days ago); the"
                + " request reached them on November 30, 2026.");
        assertThat(flat).contains("Timeline of every case", "Spokeo (spokeo.com)",
                "Nov 30, 2026 15:00 · Ana Ruiz · Listing found", "Listing: https://www.spokeo.com/Ana-Ruiz/California/p42",
                "Form sent; they said 72 hours.", "Date set: January 14, 2027", "Dec 3, 2026 15:00 · Ana Ruiz · Removed",
                "File: gone.png (2 KB)", "Jan 19, 2027 15:00 · Unlisted (automatic) · Overdue",
                "Sam Advocate (advocate) · Blocked", "They want a photo ID.",
                "File: letter-acxiom.txt (" + LETTER.length() + " bytes), the letter sent; its text is at the end");
        assertThat(flat).contains("Letters sent", "Letter 1: to Acxiom, recorded Nov 30, 2026 15:00 (letter-acxiom.txt)",
                "I ask you to delete the personal information you hold about me.", "Reference Oxbow-Velvet-7.",
                "- Name: Ana Ruiz");
        int count = pages(pdf);
        assertThat(count).isGreaterThanOrEqualTo(2);
        assertThat(text).contains("Page 1 of " + count, "Page " + count + " of " + count);
        assertThat(text.indexOf("Letters sent")).isGreaterThan(text.indexOf("Page 1 of " + count));
    }

    @Test
    void neitherReportShowsWhatOnlyTheAppNeeds() throws Exception {
        workThroughFourSites();
        CaseReport report = CaseReport.of(people, cases, ana.id(), clock);

        String pdf = text(report.pdf());
        String csv = report.csv();
        for (String both : List.of(pdf, csv)) {
            assertThat(both).contains("Ana Ruiz");
            assertThat(both).doesNotContain(BIRTH, "March 9, 1984", "Mar 9, 1984", "03/09/1984", PHONE, "5550109876",
                    STREET, "Quimby", CITY, ZIP, EMAIL, ALIAS, "Zephyrine", PROFILE_NOTE, "Xanthippe");
        }
    }

    @Test
    void aLongHistoryFlowsOverPagesAndALetterIsPrintedWhole() throws Exception {
        Broker spokeo = broker("spokeo");
        StringBuilder letter = new StringBuilder("To Spokeo,\n\n");
        for (int i = 1; i <= 70; i++) {
            letter.append("Line ").append(i).append(" of a long letter that keeps going.\n");
        }
        cases.mark(ana, spokeo, Step.to(CaseState.SUBMITTED).withFiles(List.of(new NewFile("letter-long.txt",
                "text/plain", letter.toString().getBytes(StandardCharsets.UTF_8)))));
        for (int i = 1; i <= 60; i++) {
            clock.advance(Duration.ofHours(1));
            cases.note(ana, spokeo, Step.to(CaseState.SUBMITTED).withNote("Called them, attempt " + i + "."));
        }

        byte[] pdf = CaseReport.of(people, cases, ana.id(), clock).pdf();

        int count = pages(pdf);
        assertThat(count).isGreaterThanOrEqualTo(4);
        String text = text(pdf);
        for (int n = 1; n <= count; n++) {
            assertThat(text).contains("Page " + n + " of " + count);
        }
        for (int i = 1; i <= 60; i++) {
            assertThat(text).contains("Called them, attempt " + i + ".");
        }
        for (int i = 1; i <= 70; i++) {
            assertThat(text).contains("Line " + i + " of a long letter that keeps going.");
        }
    }

    @Test
    void otherFilesAreNotMistakenForLetters() throws Exception {
        cases.mark(ana, broker("spokeo"), Step.to(CaseState.SUBMITTED).withFiles(List.of(
                new NewFile("letter-scan.png", "image/png", "Oxbow-PNG".getBytes(StandardCharsets.UTF_8)),
                new NewFile("reply.txt", "text/plain", "Oxbow-Reply".getBytes(StandardCharsets.UTF_8)))));

        String text = text(CaseReport.of(people, cases, ana.id(), clock).pdf());

        assertThat(text).contains("File: letter-scan.png", "File: reply.txt", "No letter was recorded as sent.")
                .doesNotContain("Oxbow-PNG", "Oxbow-Reply");
    }

    @Test
    void namesInOtherScriptsPrintAndNeverBreakTheReport() throws Exception {
        Profile nguyen = people.add(Profile.draft("Nguyễn Thị Дмитрий", "TX"));
        cases.mark(nguyen, broker("spokeo"), Step.to(CaseState.SUBMITTED).withNote("Ghi chú: đã gửi, Запрос 王"));

        String unicode = text(CaseReport.of(people, cases, nguyen.id(), clock).pdf());
        String standard = text(CaseReport.of(people, cases, nguyen.id(), clock).pdf(PdfFonts.Source.standardOnly()));

        assertThat(unicode).contains("Opt-out report: Nguyễn Thị Дмитрий", "Ghi chú: đã gửi, Запрос",
                "State: TX (TDPSA");
        assertThat(standard).contains("Opt-out report: Nguy?n Th? ???????", "State: TX (TDPSA");
    }

    @Test
    void theCsvHasOneRowPerCaseAndParsesBack() throws Exception {
        workThroughFourSites();

        String csv = CaseReport.of(people, cases, ana.id(), clock).csv();

        List<CSVRecord> rows = parse(csv);
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).toList()).containsExactly("Profile", "Broker ID", "Broker", "Status", "Round",
                "Request received", "Legal deadline", "Expected by", "Re-check on", "Last change");
        CSVRecord spokeo = rows.stream().filter(r -> r.get(1).equals("spokeo")).findFirst().orElseThrow();
        assertThat(spokeo.toList()).containsExactly("Ana Ruiz", "spokeo", "Spokeo", "Removed", "1", "2026-11-30",
                "2027-01-14", "2026-12-03", "2027-03-03", "2026-12-03 15:00");
        CSVRecord whitepages = rows.stream().filter(r -> r.get(1).equals("whitepages")).findFirst().orElseThrow();
        assertThat(whitepages.get(3)).isEqualTo("Overdue");
        assertThat(whitepages.get(9)).isEqualTo("2027-01-19 15:00");
    }

    @Test
    void cellsThatLookLikeFormulasAreWrittenAsText() throws Exception {
        OwnBrokers own = new OwnBrokers(vault::connection, new DefinitionReader(LocalDate.now()));
        List<Broker> added = List.of(
                own.add(new OwnBrokers.Form("@SUM(1+1)*cmd", "at-example.org", null, null, "privacy@at-example.org",
                        null), catalog, LocalDate.now()),
                own.add(new OwnBrokers.Form("+1 Finder", "plus-example.org", null, null, "privacy@plus-example.org",
                        null), catalog, LocalDate.now()),
                own.add(new OwnBrokers.Form("-2 Lookup", "minus-example.org", null, null,
                        "privacy@minus-example.org", null), catalog, LocalDate.now()));
        Cases withOwn = new Cases(vault::connection, catalog.with(added), clock);
        Profile formula = people.add(Profile.draft("=HYPERLINK(\"https://evil.example\",\"Ana\")", "CA"));
        for (Broker broker : added) {
            withOwn.mark(formula, broker, Step.to(CaseState.SUBMITTED));
        }

        CaseReport report = CaseReport.of(people, withOwn, formula.id(), clock);
        String csv = report.csv();

        List<CSVRecord> rows = parse(csv);
        assertThat(rows).hasSize(4);
        assertThat(rows.subList(1, 4)).allSatisfy(row ->
                assertThat(row.get(0)).isEqualTo("'=HYPERLINK(\"https://evil.example\",\"Ana\")"));
        assertThat(rows.subList(1, 4)).extracting(row -> row.get(2))
                .containsExactlyInAnyOrder("'@SUM(1+1)*cmd", "'+1 Finder", "'-2 Lookup");
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell).as("no cell starts like a formula").doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
        assertThat(SafeCsv.cell("\tTab")).isEqualTo("'\tTab");
        assertThat(SafeCsv.cell("\r=1")).isEqualTo("'\r=1");
        assertThat(SafeCsv.cell("Ana = Ruiz")).isEqualTo("Ana = Ruiz");
        assertThat(text(report.pdf())).as("the PDF shows names as typed")
                .contains("=HYPERLINK(\"https://evil.example\",\"Ana\")", "@SUM(1+1)*cmd");
    }

    @Test
    void reportsAreWrittenOnlyToTheChosenFiles(@TempDir Path out) throws Exception {
        workThroughFourSites();
        CaseReport report = CaseReport.of(people, cases, ana.id(), clock);

        report.writePdf(out.resolve("ana.pdf"));
        report.writeCsv(out.resolve("ana.csv"));

        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ana.pdf", "ana.csv");
        }
        assertThat(text(Files.readAllBytes(out.resolve("ana.pdf")))).contains("Opt-out report: Ana Ruiz");
        if (Files.getFileAttributeView(out, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(out.resolve("ana.pdf")))).isEqualTo("rw-------");
        }
        byte[] csv = Files.readAllBytes(out.resolve("ana.csv"));
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFProfile,");
        assertThat(parse(new String(csv, StandardCharsets.UTF_8).substring(1))).hasSize(5);
        assertThatThrownBy(() -> report.writePdf(out.resolve("missing-folder").resolve("ana.pdf")))
                .isInstanceOf(UnlistedException.class)
                .satisfies(e -> assertThat(((UnlistedException) e).problem()).isEqualTo(ReportProblem.WRITE))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("missing-folder"));
    }

    @Test
    void aPersonWithNoCasesGetsAShortReport() throws Exception {
        byte[] pdf = CaseReport.of(people, cases, ana.id(), clock).pdf();

        assertThat(text(pdf)).contains("Opt-out report: Ana Ruiz", "No opt-outs have been started yet.",
                "Nothing is overdue.", "No letter was recorded as sent.", "Page 1 of 2", "Page 2 of 2");
        assertThat(parse(CaseReport.of(people, cases, ana.id(), clock).csv())).hasSize(1);
    }

    @Test
    void nothingFromTheReportReachesTheLog() throws Exception {
        workThroughFourSites();
        int before = TestLog.read().length();

        CaseReport report = CaseReport.of(people, cases, ana.id(), clock);
        report.pdf();
        report.pdf(PdfFonts.Source.standardOnly());
        report.csv();

        String log = TestLog.read().substring(before);
        assertThat(log).doesNotContain("Ana Ruiz", "Oxbow", "Form sent", "photo ID");
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }
}
