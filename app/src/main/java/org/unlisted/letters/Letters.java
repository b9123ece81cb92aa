package org.unlisted.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.unlisted.cases.CaseEvent;
import org.unlisted.cases.OptOutCase;
import org.unlisted.cases.PrivacyLaw;
import org.unlisted.cases.RequestDetails;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.people.Profile;

/**
 * Writes the letters: plain, firm English (brokers read English), citing the law that applies and
 * the deadline it starts, and holding only the details this broker needs (its {@code inputs}) and
 * the listing addresses. Facts come from {@code shared/reference/LAWS.md}; wording is our own.
 */
public final class Letters {
    static final DateTimeFormatter LETTER_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    /** Country domains of the EU and the UK: a broker there answers to the GDPR. */
    private static final Set<String> GDPR_DOMAINS = Set.of("eu", "uk", "de", "fr", "es", "it", "nl", "be", "ie",
            "at", "pt", "se", "dk", "fi", "pl", "cz", "sk", "hu", "ro", "bg", "gr", "hr", "si", "ee", "lv", "lt",
            "lu", "mt", "cy");
    /** How long a follow-up gives before the complaint. */
    static final int FOLLOW_UP_DAYS = 10;

    private Letters() {
    }

    /** An advocate acting for the person: name and organisation, as the consent record has them. */
    public record Agent(String name, String organisation) {
    }

    /**
     * What a letter needs. {@code optOutCase} and {@code history} matter for a follow-up or a
     * complaint (the dates already passed); {@code agent} for an agent's cover letter.
     */
    public record Request(Profile person, Broker broker, LetterKind kind, Optional<PrivacyLaw> law,
                          List<String> listingUrls, LocalDate today, OptOutCase optOutCase, List<CaseEvent> history,
                          Agent agent) {
    }

    /** The law a letter cites unless the person chooses: GDPR for a broker in the EU or UK, else the person's state's. */
    public static Optional<PrivacyLaw> lawFor(Profile person, Broker broker) {
        String domain = broker.mainDomain();
        String top = domain.substring(domain.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (GDPR_DOMAINS.contains(top)) {
            return Optional.of(PrivacyLaw.GDPR);
        }
        return PrivacyLaw.forState(person.state());
    }

    /**
     * Reads a law choice as the command line writes it: {@code auto} (the default), {@code none},
     * a state code such as {@code ca}, or a law's short name such as {@code ccpa} or {@code gdpr}.
     */
    public static Optional<Optional<PrivacyLaw>> parseLaw(String choice, Profile person, Broker broker) {
        String wanted = choice == null ? "auto" : choice.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("auto")) {
            return Optional.of(lawFor(person, broker));
        }
        if (wanted.equals("none")) {
            return Optional.of(Optional.empty());
        }
        for (PrivacyLaw law : PrivacyLaw.values()) {
            if (wanted.equals(law.name().toLowerCase(Locale.ROOT))
                    || law.shortName().toLowerCase(Locale.ROOT).contains(wanted)) {
                return Optional.of(Optional.of(law));
            }
        }
        return Optional.empty();
    }

    public static Letter write(Request request) {
        return switch (request.kind()) {
            case DELETE -> delete(request);
            case FOLLOW_UP -> followUp(request);
            case ACP -> acp(request);
            case AGENT -> agent(request);
            case COMPLAINT -> complaint(request);
        };
    }

    private static Letter delete(Request r) {
        PrivacyLaw law = r.law().orElse(null);
        LocalDate due = law == null ? null : law.responseDue(r.today());
        StringBuilder body = new StringBuilder(opening(r));
        if (law == null) {
            body.append("I ask you to delete all personal information you hold about me, to stop selling or sharing it,"
                    + " and to remove me from every website and product you operate. No law of my state yet obliges"
                    + " you to do this, but many companies honor such requests, and I ask you to honor mine.\n\n");
        } else if (law == PrivacyLaw.GDPR) {
            body.append("Under Article 17 of the ").append(law.title()).append(" I ask you to erase all personal data"
                    + " you hold about me without undue delay, and under Article 21 I object to any processing of my"
                    + " data for direct marketing or on the basis of legitimate interests. Please also remove me from"
                    + " every website and product you operate.\n\n");
        } else {
            body.append("I am making this request under the ").append(law.title()).append(". Please:\n");
            body.append("1. Delete all personal information you hold about me (").append(law.deleteSection());
            body.append(law.deletesOnlyProvidedData() ? ")" : "), whether you collected it from me or obtained it"
                    + " from others");
            body.append(".\n2. Stop selling or sharing my personal information, and do not use it for targeted"
                    + " advertising or profiling (").append(law.optOutSection()).append(").\n");
            if (law == PrivacyLaw.CA) {
                body.append("3. Limit your use and disclosure of any sensitive personal information about me"
                        + " (Cal. Civ. Code 1798.121).\n");
            }
            body.append(law == PrivacyLaw.CA ? "4" : "3").append(". Remove me from every website and product you"
                    + " operate.\n\n");
            if (law.deletesOnlyProvidedData()) {
                body.append("My state's deletion right reaches the data I gave you; the opt-out of sale reaches all of"
                        + " it. I ask you to honor both in full.\n\n");
            }
        }
        coveredSites(r, body);
        details(r, body);
        deadline(law, r.today(), due, body);
        body.append("Please confirm in writing when this is done, and tell me whether you deleted my information or"
                + " only suppressed it.\n\n");
        return letter(r, law, "Request to delete my personal information" + citation(law), body, due);
    }

    private static Letter followUp(Request r) {
        PrivacyLaw law = r.law().orElse(null);
        OptOutCase c = r.optOutCase();
        LocalDate sent = c != null && c.clockStart() != null ? c.clockStart() : null;
        LocalDate due = c != null && c.legalDue() != null ? c.legalDue() : null;
        LocalDate answerBy = r.today().plusDays(FOLLOW_UP_DAYS);
        StringBuilder body = new StringBuilder(opening(r));
        body.append("On ").append(sent == null ? "an earlier date" : date(sent))
                .append(" I asked you to delete my personal information and to stop selling or sharing it");
        body.append(law == null ? "." : ", under the " + law.title() + " (" + law.deleteSection() + ").");
        if (due != null) {
            body.append(" The time the law gives you to respond ended on ").append(date(due)).append('.');
        }
        body.append(" I have not received a response that completes my request.\n\n");
        body.append("Please complete it now, and confirm in writing by ").append(date(answerBy)).append(". If I do"
                + " not hear from you by then, I will file a complaint with ").append(Regulator.of(law).name())
                .append(".\n\n");
        coveredSites(r, body);
        details(r, body);
        return letter(r, law, "Second request: delete my personal information" + citation(law), body, answerBy);
    }

    private static Letter acp(Request r) {
        StringBuilder body = new StringBuilder(opening(r));
        boolean california = "CA".equalsIgnoreCase(r.person().state());
        if (california) {
            body.append("I am a participant in California's Safe at Home address confidentiality program. This letter"
                    + " is my written demand, under California Government Code section 6208.1(b), that you not post or"
                    + " display on the internet my home address or home telephone number. Please remove them from"
                    + " every website and product you operate and do not post them again.\n\n");
        } else {
            body.append("I am a participant in my state's address confidentiality program, which protects survivors of"
                    + " violence and others at risk. This is my written demand that you not post or display on the"
                    + " internet my home address or home telephone number, as my state's program provides. Please"
                    + " remove them from every website and product you operate and do not post them again.\n\n");
        }
        body.append("I also ask you to delete all personal information you hold about me.");
        r.law().ifPresent(law -> body.append(" I make that request under the ").append(law.title()).append(" (")
                .append(law.deleteSection()).append(")."));
        body.append("\n\nI can show proof of participation if you need it. Do not publish this letter or share it with"
                + " anyone outside your company.\n\n");
        coveredSites(r, body);
        details(r, body);
        body.append("Please confirm in writing when this is done.\n\n");
        PrivacyLaw law = r.law().orElse(null);
        return letter(r, law, "Written demand: do not post my home address or phone", body,
                law == null ? null : law.responseDue(r.today()));
    }

    private static Letter agent(Request r) {
        PrivacyLaw law = r.law().orElse(null);
        Agent agent = r.agent() == null ? new Agent("", "") : r.agent();
        StringBuilder body = new StringBuilder("To ").append(r.broker().name()).append(",\n\n");
        body.append("I am ").append(agent.name().isBlank() ? "an advocate" : agent.name());
        if (!agent.organisation().isBlank()) {
            body.append(" of ").append(agent.organisation());
        }
        body.append(", and I act as the authorized agent of ").append(r.person().legalName()).append(". Their signed"
                + " permission for me to act for them is enclosed.");
        if (law == PrivacyLaw.CA) {
            body.append(" Under Cal. Code Regs. tit. 11, section 7063, you may ask for that permission and may ask"
                    + " my client to confirm it directly; please do not ask for more.");
        }
        body.append("\n\nOn my client's behalf I ask you to delete all personal information you hold about them, to"
                + " stop selling or sharing it, and to remove them from every website and product you operate");
        body.append(law == null ? "." : ", under the " + law.title() + " (" + law.deleteSection() + ", "
                + law.optOutSection() + ").");
        body.append("\n\n");
        coveredSites(r, body);
        details(r, body);
        LocalDate due = law == null ? null : law.responseDue(r.today());
        deadline(law, r.today(), due, body);
        body.append("Please send your answer to me, and confirm in writing when this is done.\n\nSincerely,\n")
                .append(agent.name().isBlank() ? "Authorized agent" : agent.name()).append('\n');
        if (!agent.organisation().isBlank()) {
            body.append(agent.organisation()).append('\n');
        }
        body.append(date(r.today())).append('\n');
        return new Letter(LetterKind.AGENT, law, r.broker().id(), r.broker().name(), email(r.broker()),
                postal(r.broker()), "Authorized agent request for " + r.person().legalName() + citation(law),
                body.toString(), r.today(), due);
    }

    private static Letter complaint(Request r) {
        PrivacyLaw law = r.law().orElse(null);
        Regulator regulator = Regulator.of(law);
        OptOutCase c = r.optOutCase();
        StringBuilder body = new StringBuilder("To ").append(regulator.name()).append(",\n\n");
        body.append("I am filing a complaint against ").append(r.broker().name()).append(" (")
                .append(String.join(", ", r.broker().domains())).append("), which has not honored my request to"
                + " delete my personal information");
        body.append(law == null ? "." : " under the " + law.title() + " (" + law.deleteSection() + ").");
        if (c != null && c.clockStart() != null) {
            body.append(" I sent the request on ").append(date(c.clockStart())).append('.');
        }
        if (c != null && c.legalDue() != null) {
            body.append(" The time the law gives the business to respond ended on ").append(date(c.legalDue()))
                    .append('.');
        }
        body.append("\n\nThe dated record of every step I took follows. I ask you to look into this and to require the"
                + " business to delete my information.\n\nTimeline:\n");
        DateTimeFormatter when = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
        for (CaseEvent event : r.history()) {
            body.append("- ").append(when.format(event.at().atZone(java.time.ZoneOffset.UTC).toLocalDate()))
                    .append(": ").append(event.state().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            if (!event.note().isEmpty()) {
                body.append(" (").append(event.note().replace('\n', ' ')).append(')');
            }
            body.append('\n');
        }
        body.append('\n');
        body.append("Sincerely,\n").append(r.person().legalName()).append('\n').append(date(r.today())).append('\n');
        return new Letter(LetterKind.COMPLAINT, law, r.broker().id(), regulator.name(),
                regulator.contact().contains("@") ? regulator.contact() : "", "",
                "Complaint: " + r.broker().name() + " did not honor my deletion request", body.toString(), r.today(),
                null);
    }

    /**
     * The letter laid out for printing and posting: the sender's name (and return address only when
     * this broker asks for an address anyway), the recipient's address block, and the body up to
     * "Sincerely," (the signature space and name are printed after it).
     */
    public static PrintedLetter printed(Letter letter, Profile person, Broker broker) {
        String body = letter.body();
        int closing = body.lastIndexOf("Sincerely,");
        String kept = closing < 0 ? body : body.substring(0, closing + "Sincerely,".length());
        if (letter.kind() == LetterKind.AGENT && closing >= 0) {
            // The advocate writes and signs it: their name and organisation, as the letter closes with them
            // (the client's name is in the letter itself; their address is theirs to give, not the advocate's).
            List<String> signer = body.substring(closing + "Sincerely,".length()).strip().lines()
                    .filter(line -> !line.isBlank()).toList();
            List<String> from = signer.isEmpty() ? List.of() : signer.subList(0, Math.max(1, signer.size() - 1));
            List<String> to = new java.util.ArrayList<>(List.of(letter.recipient()));
            to.addAll(addressLines(letter.postal()));
            return new PrintedLetter(from, to, letter.date(), letter.subject(), kept);
        }
        List<String> from = new java.util.ArrayList<>(List.of(person.legalName()));
        boolean asksAddress = broker.optOut() != null && broker.optOut().inputs() != null
                && broker.optOut().inputs().contains(Broker.PersonalField.ADDRESS);
        Profile.Address home = person.currentAddress();
        if (asksAddress && home != null) {
            from.addAll(addressLines(home.oneLine()));
        }
        List<String> to = new java.util.ArrayList<>(List.of(letter.recipient()));
        to.addAll(addressLines(letter.postal()));
        return new PrintedLetter(from, to, letter.date(), letter.subject(), kept);
    }

    /** "Street, Suite 2, City, ST 12345" as envelope lines: the city stays with its state and ZIP. */
    static List<String> addressLines(String oneLine) {
        if (oneLine == null || oneLine.isBlank()) {
            return List.of();
        }
        List<String> parts = new java.util.ArrayList<>(List.of(oneLine.split("\\s*,\\s*")));
        int last = parts.size() - 1;
        if (last > 0 && parts.get(last).matches("[A-Z]{2}\\s+\\d{5}(-\\d{4})?")) {
            parts.set(last - 1, parts.get(last - 1) + ", " + parts.remove(last));
        }
        return parts.stream().filter(part -> !part.isBlank()).toList();
    }

    // --- shared parts ---

    private static String opening(Request r) {
        return "To " + r.broker().name() + ",\n\n";
    }

    private static void coveredSites(Request r, StringBuilder body) {
        if (r.broker().coveredIds().isEmpty()) {
            return;
        }
        body.append("This request covers every site you operate, including ")
                .append(String.join(", ", r.broker().coveredIds())).append(".\n\n");
    }

    /** Only what the broker needs to find the person, and the listing addresses. */
    private static void details(Request r, StringBuilder body) {
        List<RequestDetails.Detail> details = RequestDetails.forBroker(r.person(), r.broker(), r.listingUrls(),
                r.today());
        body.append("To find my records, use only the following. Do not add it to your records or use it for any other"
                + " purpose.\n");
        boolean named = false;
        for (RequestDetails.Detail detail : details) {
            named |= detail.field() == Broker.PersonalField.NAME;
            body.append("- ").append(label(detail.field())).append(": ").append(detail.value().replace("\n", ", "))
                    .append('\n');
        }
        if (!named) {
            body.append("- Name: ").append(r.person().legalName()).append('\n');
        }
        for (String url : r.listingUrls()) {
            if (details.stream().noneMatch(d -> d.field() == Broker.PersonalField.LISTING_URL)) {
                body.append("- Listing: ").append(url).append('\n');
            }
        }
        body.append('\n');
    }

    private static void deadline(PrivacyLaw law, LocalDate today, LocalDate due, StringBuilder body) {
        if (law == null || due == null) {
            return;
        }
        if (law == PrivacyLaw.GDPR) {
            body.append("Article 12(3) requires you to act on this request within one month of receiving it, by ")
                    .append(date(due)).append(" if you receive it today.");
        } else {
            body.append("The law requires you to respond within ").append(law.respondDays()).append(" days of"
                    + " receiving this request: by ").append(date(due)).append(" if you receive it today.");
            law.confirmReceiptDue(today).ifPresent(confirm -> body.append(" You must also confirm that you"
                    + " received it within 10 business days, by ").append(date(confirm)).append('.'));
        }
        body.append(" If you need more time, the law requires you to tell me so, with your reasons, within that"
                + " period.\n\n");
    }

    private static Letter letter(Request r, PrivacyLaw law, String subject, StringBuilder body, LocalDate due) {
        body.append("Sincerely,\n").append(r.person().legalName()).append('\n').append(date(r.today())).append('\n');
        return new Letter(r.kind(), law, r.broker().id(), r.broker().name(), email(r.broker()), postal(r.broker()),
                subject, body.toString(), r.today(), due);
    }

    private static String citation(PrivacyLaw law) {
        return law == null ? "" : " (" + law.shortName() + ")";
    }

    static String date(LocalDate day) {
        return LETTER_DATE.format(day);
    }

    /** The broker's address for requests by email: its opt-out email, else its privacy-law contact. */
    static String email(Broker broker) {
        if (broker.optOut() != null && broker.optOut().email() != null) {
            return broker.optOut().email();
        }
        return broker.legal() != null && broker.legal().ccpaEmail() != null ? broker.legal().ccpaEmail() : "";
    }

    static String postal(Broker broker) {
        return broker.optOut() != null && broker.optOut().postalAddress() != null ? broker.optOut().postalAddress()
                : "";
    }

    /** Whether this broker can be written to by email at all. */
    public static boolean takesEmail(Broker broker) {
        return !email(broker).isEmpty();
    }

    /** The sites whose way out is a request by email, in plan order: the ones a bulk send writes to. */
    public static List<Broker> emailable(Catalog catalog) {
        return catalog.brokers().stream().filter(b -> b.optOut() != null
                && b.optOut().method() == Broker.Method.EMAIL && takesEmail(b)).toList();
    }

    static String label(Broker.PersonalField field) {
        return switch (field) {
            case NAME -> "Name";
            case OTHER_NAMES -> "Other names";
            case EMAIL -> "Email";
            case PHONE -> "Phone";
            case ADDRESS -> "Street address";
            case CITY -> "City";
            case STATE -> "State";
            case ZIP -> "ZIP code";
            case DATE_OF_BIRTH -> "Date of birth";
            case AGE -> "Age";
            case LISTING_URL -> "Listing";
            case GOV_ID -> "ID";
            case SIGNATURE -> "Signature";
        };
    }
}
