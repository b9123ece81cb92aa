package org.unlisted.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.text.Bidi;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.HostileText;
import org.unlisted.TestClock;
import org.unlisted.cases.CaseEvent;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.OptOutCase;
import org.unlisted.cases.PrivacyLaw;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.core.UnlistedException;
import org.unlisted.people.People;
import org.unlisted.people.PeopleProblem;
import org.unlisted.people.Profile;
import org.unlisted.people.ProfileRules;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/**
 * People's details can hold anything: every Unicode plane, emoji, combining marks, right-to-left
 * text and bidi controls, control characters, lone surrogates, formula-like and HTML-like text,
 * very long fields. A profile is either saved exactly as given or refused with a PeopleProblem;
 * every letter of every kind for a saved profile is written and printed to a PDF that opens and
 * shows the person's name (as far as the fonts here can draw it); and even details past the rules
 * never make letters or PDFs fail with anything but {@link LetterProblem#PDF}, nor hang. Seeded:
 * a failure names its seed, and {@code -Dhostile.seed=N} replays it.
 */
class HostileLetterTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final long SEED = Long.getLong("hostile.seed", System.nanoTime());
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern LATIN_RUN = Pattern.compile("[A-Za-z]{3,}");

    @TempDir
    static Path temp;
    static Vault vault;
    static People people;
    static Catalog catalog;
    static List<Broker> brokers;

    @BeforeAll
    static void setUp() throws Exception {
        System.out.println("HostileLetterTest seed " + SEED);
        try (Passphrase passphrase = Passphrase.wrap("amber kettle saddle frost".toCharArray())) {
            vault = Vault.create(temp.resolve("vault.db"), passphrase);
        }
        people = new People(vault::connection, new TestClock(Instant.parse("2026-11-30T10:00:00Z")));
        catalog = new CatalogLoader(TODAY).bundled();
        // Name only; email with a listing; the return address printed too.
        brokers = List.of(catalog.find("spokeo").orElseThrow(), catalog.find("mylife").orElseThrow(),
                catalog.find("thatsthem").orElseThrow());
    }

    @AfterAll
    static void tearDown() {
        vault.close();
    }

    @Test
    void aHostileProfileIsSavedExactlyOrRefusedWithAPeopleProblem() throws Exception {
        Random random = new Random(SEED);
        int saved = 0;
        int refused = 0;
        for (int i = 0; i < 150; i++) {
            String context = "seed " + SEED + ", profile #" + i;
            Profile draft = profile(random, i % 10 == 0);
            int before = people.list().size();
            Object outcome = attempt(() -> people.add(draft), context);
            if (outcome instanceof UnlistedException e) {
                refused++;
                assertThat(e.problem()).as(context).isInstanceOf(PeopleProblem.class);
                assertThat(people.list()).as(context + ": nothing saved").hasSize(before);
                continue;
            }
            saved++;
            Profile read = people.get(((Profile) outcome).id());
            assertThat(HostileText.escaped(read.legalName())).as(context)
                    .isEqualTo(HostileText.escaped(draft.legalName().strip()));
            assertThat(HostileText.escaped(read.otherNames())).as(context)
                    .isEqualTo(HostileText.escaped(draft.otherNames()));
            assertThat(HostileText.escaped(read.addresses())).as(context)
                    .isEqualTo(HostileText.escaped(draft.addresses()));
            assertThat(HostileText.escaped(read.phones())).as(context)
                    .isEqualTo(HostileText.escaped(draft.phones()));
            assertThat(HostileText.escaped(read.emails())).as(context)
                    .isEqualTo(HostileText.escaped(draft.emails()));
            assertThat(HostileText.escaped(read.notes())).as(context)
                    .isEqualTo(HostileText.escaped(draft.notes()));
            assertThat(read.dateOfBirth()).as(context).isEqualTo(draft.dateOfBirth());
        }
        assertThat(saved).as("seed %d: some saved", SEED).isPositive();
        assertThat(refused).as("seed %d: some refused", SEED).isPositive();
    }

    @Test
    void everyLetterForAHostileButSavedProfilePrintsWithTheName() throws Exception {
        Random random = new Random(SEED + 1);
        int printed = 0;
        for (int i = 0; printed < 24; i++) {
            Profile draft = profile(random, false);
            try {
                ProfileRules.check(draft, TODAY);
            } catch (UnlistedException refused) {
                continue; // the test above covers refusals
            }
            Profile person = people.add(draft.withNameAndState(draft.legalName() + " " + i, draft.state()));
            PdfFonts.Source fonts = printed % 6 == 5 ? PdfFonts.Source.standardOnly() : PdfFonts.Source.system();
            LetterKind kind = LetterKind.values()[printed % LetterKind.values().length];
            String context = "seed " + (SEED + 1) + ", profile #" + i + ", " + kind;
            byte[] pdf = render(letterFor(random, person, kind, printed), person, fonts, context);
            assertThat(pdf).as(context + ": a rule-abiding profile always prints").isNotNull();
            String text = textOf(pdf, context);
            assertNameShows(text, person.legalName(), fonts, context);
            printed++;
        }
    }

    @Test
    void detailsPastTheRulesNeverBreakALetterOrHangThePdf() throws Exception {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < 10; i++) {
            Profile person = profile(random, true).withId(1000 + i);
            PdfFonts.Source fonts = i % 3 == 2 ? PdfFonts.Source.standardOnly() : PdfFonts.Source.system();
            LetterKind kind = LetterKind.values()[i % LetterKind.values().length];
            String context = "seed " + (SEED + 2) + ", raw profile #" + i + ", " + kind;
            byte[] pdf = render(letterFor(random, person, kind, i), person, fonts, context);
            if (pdf != null) {
                // Past the rules a sender block can outgrow its box and overprint the page: no check of words.
                assertThat(textOf(pdf, context)).as(context).isNotBlank();
            }
        }
    }

    /** Writes the letter (which must never fail) and lays it out for printing. */
    private static Printing letterFor(Random random, Profile person, LetterKind kind, int n) {
        Broker broker = brokers.get(n % brokers.size());
        Optional<PrivacyLaw> law = switch (random.nextInt(3)) {
            case 0 -> Optional.empty();
            case 1 -> Letters.lawFor(person, broker);
            default -> Optional.of(PrivacyLaw.values()[random.nextInt(PrivacyLaw.values().length)]);
        };
        OptOutCase late = new OptOutCase(1, person.id(), broker.id(), 1, CaseState.OVERDUE,
                Instant.parse("2026-11-30T10:00:00Z"), TODAY.minusDays(60), TODAY.minusDays(15), null, null,
                law.orElse(null));
        List<CaseEvent> history = new ArrayList<>();
        for (int e = 0; e < random.nextInt(4); e++) {
            history.add(new CaseEvent(e + 1, 1, Instant.parse("2026-10-01T15:00:00Z").plusSeconds(e * 3600L),
                    CaseEvent.Actor.ADVOCATE, HostileText.of(random, 40), CaseEvent.Kind.NOTE, CaseState.SUBMITTED,
                    random.nextInt(5) == 0 ? HostileText.longText(random, 10_000) : HostileText.of(random, 200),
                    List.of(), null, List.of()));
        }
        List<String> listings = random.nextBoolean() ? List.of()
                : List.of("https://www.spokeo.com/" + HostileText.of(random, 80));
        Letters.Request request = new Letters.Request(person, broker, kind, law, listings, TODAY, late, history,
                new Letters.Agent(HostileText.of(random, 60), HostileText.of(random, 60)));
        Letter letter = Letters.write(request);
        assertThat(letter.body()).as("the letter names the person").contains(person.legalName());
        return new Printing(Letters.printed(letter, person, broker));
    }

    private record Printing(PrintedLetter letter) {
    }

    /** Work that may refuse its input with our own exception. */
    private interface Work {
        Object run() throws UnlistedException;
    }

    /** What {@code work} returns, or the {@link UnlistedException} it refused with; anything unchecked (or a hang) fails. */
    private static Object attempt(Work work, String context) {
        return assertTimeoutPreemptively(PATIENCE, () -> {
            try {
                return work.run();
            } catch (UnlistedException e) {
                return e;
            } catch (RuntimeException e) {
                throw new AssertionError(context + ": an unchecked " + e.getClass().getName(), e);
            }
        }, context);
    }

    /** The PDF, or null when refused with LETTERS-01; anything else (or a hang) fails. */
    private static byte[] render(Printing printing, Profile person, PdfFonts.Source fonts, String context) {
        Object outcome = attempt(() -> LetterPdf.render(printing.letter(), fonts), context);
        if (outcome instanceof UnlistedException e) {
            assertThat(e.problem()).as(context).isEqualTo(LetterProblem.PDF);
            return null;
        }
        return (byte[]) outcome;
    }

    private static String textOf(byte[] pdf, String context) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as(context).isPositive();
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * The name as the fonts here draw it ({@code ?} for what none has, control and invisible
     * characters left out) is in the text, whatever the line breaks. Where it holds right-to-left
     * text or combining marks, which text extraction reorders or merges, its Latin words are.
     */
    private static void assertNameShows(String text, String name, PdfFonts.Source source, String context)
            throws Exception {
        String drawn;
        try (PDDocument scratch = new PDDocument(); PdfFonts fonts = PdfFonts.load(scratch, source)) {
            drawn = fonts.printable(name, PdfFonts.Style.REGULAR);
        }
        String found = squeeze(text);
        boolean plain = !Bidi.requiresBidi(drawn.toCharArray(), 0, drawn.length())
                && drawn.codePoints().noneMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.ENCLOSING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK);
        if (plain) {
            assertThat(found).as(context + ": the whole name").contains(squeeze(drawn));
            return;
        }
        Matcher words = LATIN_RUN.matcher(drawn);
        int checked = 0;
        while (words.find()) {
            assertThat(found).as(context + ": a word of the name").contains(words.group());
            checked++;
        }
        assertThat(checked).as(context + ": every name holds a plain word").isPositive();
    }

    /** Compatibility forms folded, spaces and {@code ?} dropped: what extraction keeps of any text. */
    private static String squeeze(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Z}?]", "");
    }

    /**
     * A profile full of hostile text around one plain word (so every name has something any font
     * draws); {@code past} makes its fields far longer than the rules allow (10,000 characters).
     */
    static Profile profile(Random random, boolean past) {
        String word = "Qz" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26))
                + (char) ('a' + random.nextInt(26)) + "ov";
        String name = past
                ? HostileText.longText(random, 5_000) + " " + word + " " + HostileText.longText(random, 5_000)
                : HostileText.of(random, 60) + " " + word + " " + HostileText.of(random, 60);
        List<String> states = List.copyOf(ProfileRules.STATES);
        String state = random.nextInt(8) == 0 ? HostileText.of(random, 4) : states.get(random.nextInt(states.size()));
        List<Profile.OtherName> others = new ArrayList<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            others.add(new Profile.OtherName(HostileText.of(random, 60), Profile.OtherName.Kind.ALIAS));
        }
        List<Profile.Address> addresses = new ArrayList<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            addresses.add(new Profile.Address(past ? HostileText.longText(random, 10_000) : HostileText.of(random, 60),
                    HostileText.of(random, 30), random.nextInt(6) == 0 ? HostileText.of(random, 3) : "CA",
                    random.nextBoolean() ? "93701" : HostileText.of(random, 8), null, null, i == 0));
        }
        List<String> phones = random.nextBoolean() ? List.of("(559) 555-0134")
                : random.nextBoolean() ? List.of() : List.of(HostileText.of(random, 15));
        List<String> emails = random.nextBoolean() ? List.of("ana@example.org")
                : random.nextBoolean() ? List.of() : List.of(HostileText.of(random, 20) + "@example.org");
        LocalDate birth = random.nextBoolean() ? null
                : LocalDate.of(1930 + random.nextInt(80), 1 + random.nextInt(12), 1);
        String notes = past ? HostileText.longText(random, 10_000) : HostileText.of(random, 200);
        return Profile.draft(name, state).withDetails(others, birth, addresses, phones, emails).withNotes(notes);
    }
}
