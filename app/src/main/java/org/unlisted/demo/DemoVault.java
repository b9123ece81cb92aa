package org.unlisted.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unlisted.cases.CaseEvent.Actor;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.cases.Cases.NewFile;
import org.unlisted.cases.Cases.Step;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.core.UnlistedException;
import org.unlisted.people.Consent;
import org.unlisted.people.Consents;
import org.unlisted.people.Households;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/**
 * "Try it safely": a vault filled with made-up people and a few months of made-up opt-out history, so
 * a newcomer, or a clinic training its volunteers, can walk through every screen without typing in
 * anything real. Every person, address, phone number, email address and listing address in it is
 * invented (phone numbers in the 555-01xx range, email addresses on the reserved example domains);
 * the brokers are the real ones from the catalog.
 *
 * <p>The history is written through the ordinary {@link Cases} API, so it obeys the same rules as a
 * real one: a demo clock starts about eight months before {@code clock}'s now and is moved forward step
 * by step (never past now), and the overdue cases become overdue the way real ones do, through
 * {@link Cases#markOverdue()}. The same {@code clock} always gives the same demo: nothing is random.
 */
public final class DemoVault {
    /**
     * The demo vault's passphrase. It is not a secret and gives no protection: it is written here and
     * shown to whoever opens the demo. Nothing real belongs in a demo vault. ({@link Vault#create} only
     * refuses an empty passphrase; the minimum length is a rule of the screens that make real vaults.)
     */
    public static final String PASSPHRASE = "demo";
    /** The made-up person of the personal demo. */
    public static final String SELF_NAME = "Alex Sample";
    /** The made-up advocate of the clinic demo. */
    public static final String ADVOCATE = "Demo Advocate";
    static final String ORGANISATION = "Demo Legal Clinic";
    /** How far back the made-up history begins, in days before now. */
    static final int HISTORY_DAYS = 240;

    private static final Logger LOG = LoggerFactory.getLogger(DemoVault.class);

    private DemoVault() {
    }

    /**
     * Creates a new demo vault at {@code file} (refusing a file that is already there), opened with
     * {@link #PASSPHRASE}, and fills it for {@code mode}. Returns it open; the caller closes it. If
     * filling fails, the half-made file is deleted.
     */
    public static Vault create(Path file, Catalog catalog, Clock clock, WorkspaceMode mode) throws UnlistedException {
        Vault vault;
        try (Passphrase passphrase = Passphrase.wrap(PASSPHRASE.toCharArray())) {
            vault = Vault.create(file, passphrase);
        }
        try {
            mode.saveTo(vault.settings());
            Timeline timeline = new Timeline(clock);
            if (mode == WorkspaceMode.CLINIC) {
                new Filler(vault, catalog, timeline, Actor.ADVOCATE, ADVOCATE).clinic();
            } else {
                new Filler(vault, catalog, timeline, Actor.PERSON, "").personal();
            }
            timeline.run();
            LOG.info("Demo vault made ({})", mode);
            return vault;
        } catch (UnlistedException | RuntimeException e) {
            vault.close();
            deleteQuietly(file);
            throw e;
        }
    }

    // --- what the demo holds ---

    /** Writes the people and their cases onto the timeline; nothing happens until the timeline runs. */
    private static final class Filler {
        private final Vault vault;
        private final Catalog catalog;
        private final Timeline timeline;
        private final People people;
        private final Cases cases;
        private final Consents consents;
        private final Households households;
        private final Actor actor;
        private final String actorName;

        Filler(Vault vault, Catalog catalog, Timeline timeline, Actor actor, String actorName) {
            this.vault = vault;
            this.catalog = catalog;
            this.timeline = timeline;
            this.people = new People(vault::connection, timeline.clock);
            this.cases = new Cases(vault::connection, catalog, timeline.clock);
            this.consents = new Consents(vault::connection);
            this.households = new Households(vault::connection);
            this.actor = actor;
            this.actorName = actorName;
        }

        /** One person, "me", in California, with a case in every state a case can be in. */
        void personal() {
            Person alex = person(HISTORY_DAYS, Profile.draft(SELF_NAME, "CA").withDetails(
                    List.of(new Profile.OtherName("Alexandra J. Sample", Profile.OtherName.Kind.ALIAS)),
                    LocalDate.of(1986, 4, 12),
                    List.of(new Profile.Address("2468 Demo Drive, Apt 3", "Oakland", "CA", "94612", 2019, null, true),
                            new Profile.Address("77 Placeholder Lane", "Fresno", "CA", "93721", 2012, 2019, false)),
                    List.of("(510) 555-0142"), List.of("alex.sample@example.org"))
                    .withNotes("Demo profile: a made-up person for practice. Nothing here is real.").asSelf());

            // Removed, with a screenshot, then re-checked twice: still gone.
            work(alex, "spokeo",
                    at(231, 19, 5, CaseState.SEARCHING, "Searched by name and state."),
                    at(231, 19, 12, CaseState.FOUND, "Two listings: current and old address.")
                            .listing("/Alex-Sample/California/Oakland/p0000demo01"),
                    at(231, 19, 30, CaseState.AWAITING_VERIFICATION,
                            "Pasted the listing address and my email into the opt-out form."),
                    at(230, 8, 10, CaseState.SUBMITTED, "Clicked the link in Spokeo's email."),
                    at(224, 20, 0, CaseState.REMOVED, "The listing page now says no results.").withScreenshot(),
                    at(134, 18, 40, CaseState.REMOVED, "Re-check: still gone."),
                    at(44, 18, 15, CaseState.REMOVED, "Re-check: still gone."));
            work(alex, "whitepages",
                    at(193, 12, 0, CaseState.FOUND, "Listed with my phone number and current address.")
                            .listing("/name/Alex-Sample/Oakland-CA/PX0000demo02"),
                    at(192, 12, 20, CaseState.SUBMITTED,
                            "Sent the suppression request; confirmed with the code sent by phone call."),
                    at(190, 9, 0, CaseState.REMOVED, "Gone the next day, as expected."),
                    at(100, 21, 0, CaseState.REMOVED, "Re-check: still gone."),
                    at(10, 17, 30, CaseState.REMOVED, "Re-check: still gone."));
            work(alex, "radaris",
                    at(210, 18, 0, CaseState.FOUND, "Found, with relatives listed.").listing("/p/Alex/Sample/demo03"),
                    at(209, 19, 0, CaseState.AWAITING_VERIFICATION, "Sent the removal form."),
                    at(208, 7, 45, CaseState.SUBMITTED, "Confirmed by email."),
                    at(170, 18, 30, CaseState.REMOVED, "The page is gone."),
                    at(80, 19, 0, CaseState.RELISTED, "Re-check: a new listing has appeared, from my old"
                            + " address. Round 2.").listing("/p/Alex/Sample/demo04"));
            work(alex, "beenverified",
                    at(153, 20, 0, CaseState.FOUND, "Found on the opt-out search (no listing address needed)."),
                    at(152, 20, 10, CaseState.AWAITING_VERIFICATION, "Chose my record and asked for it to be removed."),
                    at(152, 20, 25, CaseState.SUBMITTED, "Clicked the verification link."),
                    at(150, 8, 0, CaseState.REMOVED, "Email from BeenVerified: the record is suppressed."),
                    at(60, 19, 0, CaseState.REMOVED, "Re-check: still gone."));
            // Sent, no answer, the legal deadline passed (the app marks it), then a complaint.
            work(alex, "nuwber",
                    at(201, 18, 0, CaseState.FOUND, "Found my listing after filtering by state.")
                            .listing("/person/0000demo05"),
                    at(200, 18, 30, CaseState.AWAITING_VERIFICATION, "Pasted the listing address into the form."),
                    at(200, 21, 0, CaseState.SUBMITTED, "Confirmed by email."),
                    deadlineCheck(120),
                    at(118, 10, 0, CaseState.ESCALATED, "No answer and still listed after the deadline. Filed a"
                            + " complaint with the California Privacy Protection Agency (demo reference"
                            + " DEMO-0001)."));
            work(alex, "thatsthem",
                    at(180, 20, 0, CaseState.SEARCHING, "Searched by name, phone and email."),
                    at(180, 20, 15, CaseState.NOT_FOUND, "No listing for me."),
                    at(90, 20, 0, CaseState.NOT_FOUND, "Re-check: still nothing."));
            work(alex, "peopleconnect",
                    at(117, 19, 0, CaseState.FOUND, "Made the free login and found my record in the suppression"
                            + " tool."),
                    at(116, 19, 30, CaseState.SUBMITTED, "Asked for the record to be suppressed."),
                    at(110, 8, 30, CaseState.REMOVED, "The suppression tool shows the record as suppressed."
                            + " Kept the login, as the site advises."),
                    at(20, 18, 0, CaseState.REMOVED, "Re-check: still suppressed."));
            // Sent long enough ago that the legal deadline has passed: overdue today.
            work(alex, "mylife",
                    at(121, 19, 0, CaseState.FOUND, "Found a profile page.").listing("/alex-sample/e0000demo06"),
                    at(118, 19, 0, CaseState.SUBMITTED, "Emailed MyLife's privacy address with my name and the link,"
                            + " asking for removal. Did not make an account or upload an ID."));
            work(alex, "usphonebook",
                    at(70, 18, 0, CaseState.FOUND, "Found by my phone number.").listing("/alex-sample/U0000demo07"),
                    at(69, 18, 30, CaseState.BLOCKED, "The opt-out page hangs after the CAPTCHA, three tries on"
                            + " different days. Stopped for now; the site also takes opt-outs by email."));
            work(alex, "truepeoplesearch",
                    at(28, 20, 0, CaseState.FOUND, "Found on the removal page's search."),
                    at(28, 20, 20, CaseState.SUBMITTED, "Sent the removal request."),
                    at(25, 9, 0, CaseState.REMOVED, "The record no longer comes up."));
            work(alex, "peoplefinders",
                    at(12, 18, 0, CaseState.FOUND, "Listed with my current address.")
                            .listing("/name/alex-sample/ca/oakland/demo08"),
                    at(10, 18, 30, CaseState.SUBMITTED, "Sent the opt-out form; it says up to 30 days."));
            work(alex, "checkpeople",
                    at(5, 19, 0, CaseState.FOUND, "Asked for a copy of my data first; they hold a record.")
                            .listing("/alex-sample/demo09"));
            work(alex, "fastpeoplesearch",
                    at(3, 20, 0, CaseState.FOUND, "Found on the removal page's search."),
                    at(3, 20, 15, CaseState.AWAITING_VERIFICATION, "Sent the removal request; waiting for the"
                            + " email with the link to confirm."));
            work(alex, "familytreenow",
                    at(2, 19, 0, CaseState.SEARCHING, "Several people with my name; checking which one is me."));
            overdueCheck(0);
        }

        /** Three clients in three states, two of them in one household, each with a consent record. */
        void clinic() {
            timeline.add(HISTORY_DAYS, 9, 0, () -> {
                vault.settings().put(WorkspaceMode.ADVOCATE_KEY, ADVOCATE);
                vault.settings().put(WorkspaceMode.ORGANISATION_KEY, ORGANISATION);
            });
            Person jordan = person(200, Profile.draft("Jordan Example", "CA").withDetails(List.of(),
                    LocalDate.of(1979, 9, 3),
                    List.of(new Profile.Address("1357 Example Avenue", "Sacramento", "CA", "95814", 2016, null, true)),
                    List.of("(916) 555-0117"), List.of("jordan.example@example.org"))
                    .withNotes("Demo client: made up for training. Prefers clinic updates by email."));
            consent(jordan, 200, List.of(), "Signed the permission form in person at the clinic (demo).");
            Person pat = person(130, Profile.draft("Pat Placeholder", "VA").withDetails(
                    List.of(new Profile.OtherName("Patricia Placeholder", Profile.OtherName.Kind.ALIAS)),
                    LocalDate.of(1968, 1, 22),
                    List.of(new Profile.Address("42 Sample Street", "Richmond", "VA", "23220", 2010, null, true)),
                    List.of("(804) 555-0163"), List.of("pat.placeholder@example.net"))
                    .withNotes("Demo client: made up for training."));
            consent(pat, 130, List.of(), "Signed the permission form at the clinic (demo).");
            Person chris = person(130, Profile.draft("Chris Placeholder", "NY").withDetails(List.of(),
                    LocalDate.of(1995, 6, 30),
                    List.of(new Profile.Address("9 Example Place", "Buffalo", "NY", "14201", 2021, null, true)),
                    List.of("(716) 555-0188"), List.of("chris.placeholder@example.com"))
                    .withNotes("Demo client: made up for training. Pat's adult child; lives in another state."));
            consent(chris, 129, List.of("peopleconnect", "nuwber", "checkpeople", "truepeoplesearch"),
                    "Signed the permission form sent by post (demo); only the sites listed.");
            timeline.add(130, 15, 0, () -> households.link(pat.profile().id(), chris.profile().id(), "adult child"));

            work(jordan, "thatsthem",
                    at(198, 10, 0, CaseState.SEARCHING, "Searched with the client: name, phone and email."),
                    at(198, 10, 10, CaseState.NOT_FOUND, "Nothing found."),
                    at(105, 14, 0, CaseState.NOT_FOUND, "Re-check: still nothing."));
            work(jordan, "spokeo",
                    at(198, 10, 30, CaseState.FOUND, "One listing, current address.")
                            .listing("/Jordan-Example/California/Sacramento/p0000demo11"),
                    at(198, 10, 45, CaseState.AWAITING_VERIFICATION, "Opt-out form sent with the client's email."),
                    at(197, 16, 0, CaseState.SUBMITTED, "Client clicked the link in Spokeo's email."),
                    at(160, 11, 0, CaseState.REMOVED, "Checked with the client: the listing is gone."));
            work(jordan, "whitepages",
                    at(21, 11, 0, CaseState.FOUND, "Found at the client's current address.")
                            .listing("/name/Jordan-Example/Sacramento-CA/PX0000demo12"),
                    at(20, 11, 15, CaseState.SUBMITTED, "Suppression request sent; client took the verification"
                            + " call."));
            work(jordan, "radaris",
                    at(15, 10, 0, CaseState.FOUND, "Found; to send at the next appointment.")
                            .listing("/p/Jordan/Example/demo13"));

            work(pat, "spokeo",
                    at(128, 10, 0, CaseState.FOUND, "Found, with Chris listed as a relative.")
                            .listing("/Pat-Placeholder/Virginia/Richmond/p0000demo21"),
                    at(127, 10, 30, CaseState.SUBMITTED, "The client sent the opt-out form with the advocate; link"
                            + " confirmed the same day."),
                    at(120, 9, 0, CaseState.REMOVED, "The listing is gone."));
            work(pat, "mylife",
                    at(92, 14, 0, CaseState.FOUND, "Profile page found.").listing("/pat-placeholder/e0000demo22"),
                    at(90, 14, 30, CaseState.SUBMITTED, "The client emailed MyLife's privacy address in her own"
                            + " name, with the link; the advocate helped write it."));
            work(pat, "beenverified",
                    at(5, 11, 0, CaseState.FOUND, "Record found on the opt-out search."),
                    at(5, 11, 20, CaseState.AWAITING_VERIFICATION, "Removal asked for; the client will click the"
                            + " link in the email."));
            work(pat, "fastpeoplesearch",
                    at(1, 10, 0, CaseState.SEARCHING, "Started the search with the client."));

            work(chris, "peopleconnect",
                    at(125, 16, 0, CaseState.FOUND, "Client made the free login; record found."),
                    at(125, 16, 30, CaseState.SUBMITTED, "Suppression asked for."),
                    at(60, 10, 0, CaseState.REMOVED, "The tool shows the record as suppressed."));
            work(chris, "truepeoplesearch",
                    at(100, 15, 0, CaseState.SEARCHING, "Searched by name and city."),
                    at(100, 15, 10, CaseState.NOT_FOUND, "No record."));
            work(chris, "checkpeople",
                    at(45, 15, 0, CaseState.FOUND, "The client's data request shows a record.")
                            .listing("/chris-placeholder/demo31"),
                    at(44, 15, 30, CaseState.BLOCKED, "The form wants a full date of birth; the client chose not"
                            + " to give it. Paused until the next appointment."));
            work(chris, "nuwber",
                    at(31, 14, 0, CaseState.FOUND, "Listing found by filtering by state.")
                            .listing("/person/0000demo32"),
                    at(30, 14, 20, CaseState.SUBMITTED, "Removal form sent; client confirmed by email."));
            overdueCheck(0);
        }

        // --- helpers ---

        /** A person added to the vault {@code daysAgo} days before now; usable once the timeline ran that far. */
        private Person person(int daysAgo, Profile draft) {
            Person person = new Person();
            timeline.add(daysAgo, 9, 0, () -> person.saved = people.add(draft));
            return person;
        }

        private void consent(Person person, int daysAgo, List<String> brokerIds, String obtained) {
            timeline.add(daysAgo, 9, 30, () -> {
                LocalDate given = LocalDate.now(timeline.clock);
                consents.record(new Consent(0, person.profile().id(), given, brokerIds, obtained, given.plusYears(1),
                        actorName));
            });
        }

        /** The case of {@code person} at {@code brokerId}, step by step; skipped if the catalog lacks the broker. */
        private void work(Person person, String brokerId, Move... moves) {
            Optional<Broker> found = catalog.find(brokerId);
            if (found.isEmpty()) {
                LOG.warn("The demo leaves out a broker the catalog does not have");
                return;
            }
            Broker broker = found.get();
            for (Move move : moves) {
                if (move.state() == null) {
                    timeline.add(move.daysAgo(), move.hour(), move.minute(), cases::markOverdue);
                    continue;
                }
                timeline.add(move.daysAgo(), move.hour(), move.minute(), () -> {
                    Step step = Step.to(move.state()).by(actor, actorName).withNote(move.note());
                    if (move.listingPath() != null) {
                        // Always on the broker's own main domain, as Cases requires of listing addresses.
                        step = step.withUrls(List.of("https://www." + broker.mainDomain() + move.listingPath()));
                    }
                    if (move.screenshot()) {
                        step = step.withFiles(List.of(new NewFile(broker.id() + "-no-results.png", "image/png",
                                Screenshot.png())));
                    }
                    cases.mark(person.profile(), broker, step);
                });
            }
        }

        /** The app's daily look for deadlines that passed, as it runs when the vault is opened. */
        private void overdueCheck(int daysAgo) {
            timeline.add(daysAgo, 8, 0, cases::markOverdue);
        }
    }

    /**
     * One step of a case: when (days before now, at a local time of day), to which state, with what note,
     * and optionally a listing address (a path on the broker's own domain) and the made-up screenshot.
     * A step without a state is the app's look for passed deadlines.
     */
    private record Move(int daysAgo, int hour, int minute, CaseState state, String note, String listingPath,
                        boolean screenshot) {

        Move listing(String path) {
            return new Move(daysAgo, hour, minute, state, note, path, screenshot);
        }

        Move withScreenshot() {
            return new Move(daysAgo, hour, minute, state, note, listingPath, true);
        }
    }

    private static Move at(int daysAgo, int hour, int minute, CaseState state, String note) {
        return new Move(daysAgo, hour, minute, state, note, null, false);
    }

    /** A look for passed deadlines inside one case's story (it looks at every case, as the app does). */
    private static Move deadlineCheck(int daysAgo) {
        return new Move(daysAgo, 8, 0, null, "", null, false);
    }

    /** A profile that will exist once the timeline has added it. */
    private static final class Person {
        private Profile saved;

        Profile profile() {
            if (saved == null) {
                throw new IllegalStateException("The demo used a profile before adding it");
            }
            return saved;
        }
    }

    // --- time ---

    /** Something done on the demo's timeline. */
    private interface Action {
        void run() throws UnlistedException;
    }

    private record Entry(Instant at, int order, Action action) {
    }

    /**
     * Everything the demo does, each at its own moment, run oldest first with the demo clock set to that
     * moment. Moments are days before the real now at a local time of day; today's are never later than now.
     */
    private static final class Timeline {
        private final Instant now;
        private final ZoneId zone;
        private final LocalDate today;
        private final DemoClock clock;
        private final List<Entry> entries = new ArrayList<>();

        Timeline(Clock real) {
            this.now = real.instant();
            this.zone = real.getZone();
            this.today = LocalDate.ofInstant(now, zone);
            this.clock = new DemoClock(instant(HISTORY_DAYS, 0, 0), zone);
        }

        void add(int daysAgo, int hour, int minute, Action action) {
            entries.add(new Entry(instant(daysAgo, hour, minute), entries.size(), action));
        }

        private Instant instant(int daysAgo, int hour, int minute) {
            Instant at = today.minusDays(daysAgo).atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant();
            return at.isAfter(now) ? now : at;
        }

        void run() throws UnlistedException {
            List<Entry> ordered = new ArrayList<>(entries);
            ordered.sort(Comparator.comparing(Entry::at).thenComparingInt(Entry::order));
            for (Entry entry : ordered) {
                clock.moveTo(entry.at());
                entry.action().run();
            }
            clock.moveTo(now);
        }
    }

    /** The demo's own clock: moved forward by hand, never back. */
    private static final class DemoClock extends Clock {
        private final ZoneId zone;
        private Instant instant;

        DemoClock(Instant start, ZoneId zone) {
            this.instant = start;
            this.zone = zone;
        }

        void moveTo(Instant later) {
            if (later.isAfter(instant)) {
                instant = later;
            }
        }

        @Override
        public Instant instant() {
            return instant;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        /** The same moving clock seen in another zone. */
        @Override
        public Clock withZone(ZoneId other) {
            DemoClock owner = this;
            return new Clock() {
                @Override
                public Instant instant() {
                    return owner.instant();
                }

                @Override
                public ZoneId getZone() {
                    return other;
                }

                @Override
                public Clock withZone(ZoneId another) {
                    return owner.withZone(another);
                }
            };
        }
    }

    // --- the screenshot ---

    /**
     * A small made-up "no results" page as a PNG, drawn with plain bytes (no AWT): a header bar, a
     * search box and an empty result area. The same bytes every time.
     */
    static final class Screenshot {
        static final int WIDTH = 160;
        static final int HEIGHT = 100;

        private Screenshot() {
        }

        static byte[] png() {
            byte[] raw = new byte[HEIGHT * (1 + WIDTH * 3)];
            int i = 0;
            for (int y = 0; y < HEIGHT; y++) {
                raw[i++] = 0; // filter: none
                for (int x = 0; x < WIDTH; x++) {
                    int rgb = pixel(x, y);
                    raw[i++] = (byte) (rgb >> 16);
                    raw[i++] = (byte) (rgb >> 8);
                    raw[i++] = (byte) rgb;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteBuffer header = ByteBuffer.allocate(13).putInt(WIDTH).putInt(HEIGHT)
                    .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
            chunk(out, "IHDR", header.array());
            chunk(out, "IDAT", deflate(raw));
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        }

        private static int pixel(int x, int y) {
            if (y < 14) {
                return 0x2F4858; // header bar
            }
            boolean inBox = x >= 12 && x < 148 && y >= 24 && y < 38;
            if (inBox) {
                boolean border = x == 12 || x == 147 || y == 24 || y == 37;
                return border ? 0x9AA5AE : 0xFFFFFF;
            }
            boolean line = x >= 12 && y >= 52 && y < 88 && (y - 52) % 12 < 4 && x < 148 - (y - 52) / 12 * 30;
            return line ? 0xDCE1E5 : 0xF6F7F8;
        }

        private static byte[] deflate(byte[] data) {
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            try {
                deflater.setInput(data);
                deflater.finish();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
                return out.toByteArray();
            } finally {
                deflater.end();
            }
        }

        private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
            byte[] name = type.getBytes(StandardCharsets.US_ASCII);
            CRC32 crc = new CRC32();
            crc.update(name);
            crc.update(data);
            out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
            out.writeBytes(name);
            out.writeBytes(data);
            out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        }
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                LOG.warn("A half-made demo vault file could not be removed", e);
            }
        }
    }
}
