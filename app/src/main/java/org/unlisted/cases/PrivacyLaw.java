package org.unlisted.cases;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The laws that give a person the right to have a business delete their data, with the clock the
 * business must answer on. Facts are from {@code LAWS.md} sections 1, 3 and 9 (dated 2026-11-28);
 * "2°" below means that reference saw the fact only in a secondary source. Recheck a section in the
 * official code before a letter cites it.
 *
 * <p>US clocks run in calendar days from the day the request is received; GDPR's runs in months.
 */
public enum PrivacyLaw {
    // Delete 1798.105; 45 days 1798.130(a)(2)(A) and 11 CCR 7021(b); confirm 11 CCR 7021(a); agents 11 CCR 7063.
    CA("CA", "CCPA/CPRA", "Cal. Civ. Code 1798.105", Period.ofDays(45), Period.ofDays(45), 10, true),
    // Delete 59.1-577(A)(3); 45 days 59.1-577(B) and the +45 extension both 2°.
    VA("VA", "VCDPA", "Va. Code 59.1-577", 45),
    // Delete 6-1-1306(1)(d) (paragraph letter unverified); 45 days 6-1-1306(2) and +45 both 2°.
    CO("CO", "CPA", "C.R.S. 6-1-1306", 45),
    // Delete 42-518(a)(3); 45 days 42-518(c)(1), +45 with notice inside the first 45.
    CT("CT", "CTDPA", "Conn. Gen. Stat. 42-518", 45),
    // Delete 13-61-201(2), reaching only data the person provided; 45 days 13-61-203(2)(a), +45 once.
    UT("UT", "UCPA", "Utah Code 13-61-201", 45),
    // Delete 541.051(b)(3); 45 days 541.052(b), +45 once.
    TX("TX", "TDPSA", "Tex. Bus. & Com. Code 541.051", 45),
    // Delete 646A.574(1) (paragraph letter unverified); 45 days and +45 both 2°.
    OR("OR", "OCPA", "ORS 646A.574", 45),
    // Delete 30-14-2808(1) (paragraph letter unverified); 45 days 30-14-2808(4)(a), +45 with notice.
    MT("MT", "MTCDPA", "Mont. Code Ann. 30-14-2808", 45),
    // Delete 715D.3(1)(b), reaching only data the person provided; 90 days 715D.3(2) and +45 both 2°.
    IA("IA", "ICDPA", "Iowa Code 715D.3", 90),
    // Delete 12D-104(a)(3); 45 days 12D-104(c)(1), +45 with notice.
    DE("DE", "DPDPA", "6 Del. C. 12D-104", 45),
    // Delete 87-1107 (its "obtained about" scope 2°); 45 days 87-1108(2), +45 once.
    NE("NE", "NDPA", "Neb. Rev. Stat. 87-1107", 45),
    // Delete 507-H:4, I(c); 45 days and +45 both 2°.
    NH("NH", "NHPA", "RSA 507-H:4", 45),
    // Delete 56:8-166.10(a)(3); 45 days 56:8-166.7(a), +45 with notice.
    NJ("NJ", "NJDPA", "N.J.S.A. 56:8-166.10", 45),
    // Delete 47-18-3304(a)(2)(C); 45 days 47-18-3304(b)(1), +45 once.
    TN("TN", "TIPA", "Tenn. Code 47-18-3304", 45),
    // Delete 325M.14 subd. 1(d); 45 days and +45 both 2°.
    MN("MN", "MCDPA", "Minn. Stat. 325M.14", 45),
    // Delete 14-4705(b)(4) (some sources use the older 14-4601 numbering); 45 days 2°; +45 unverified.
    MD("MD", "MODPA", "Md. Code Com. Law 14-4705", 45),
    // Delete 24-15-3-1(b)(3); 45 days 24-15-3-1(c)(1), +45 once.
    IN("IN", "INCDPA", "Ind. Code 24-15-3-1", 45),
    // Delete 367.3615(2)(c); 45 days 2°; +45 unverified.
    KY("KY", "KCDPA", "KRS 367.3615", 45),
    // Delete 6-48.1-5(e)(2); 45 days 6-48.1-6(b)(1), +45 with notice.
    RI("RI", "RIDTPPA", "R.I. Gen. Laws 6-48.1-5", 45),
    // Erasure Art. 17; one month plus two Art. 12(3); UK GDPR's new Art. 12A unverified.
    GDPR(null, "GDPR", "GDPR Art. 17", Period.ofMonths(1), Period.ofMonths(2), 0, true);

    private final String state;
    private final String shortName;
    private final String deleteSection;
    private final Period respond;
    private final Period extension;
    private final int confirmReceiptBusinessDays;
    private final boolean agentMayRequestDeletion;

    /** The usual US pattern: calendar-day clock, one 45-day extension, no receipt confirmation, no agent. */
    PrivacyLaw(String state, String shortName, String deleteSection, int respondDays) {
        this(state, shortName, deleteSection, Period.ofDays(respondDays), Period.ofDays(45), 0, false);
    }

    PrivacyLaw(String state, String shortName, String deleteSection, Period respond, Period extension,
            int confirmReceiptBusinessDays, boolean agentMayRequestDeletion) {
        this.state = state;
        this.shortName = shortName;
        this.deleteSection = deleteSection;
        this.respond = respond;
        this.extension = extension;
        this.confirmReceiptBusinessDays = confirmReceiptBusinessDays;
        this.agentMayRequestDeletion = agentMayRequestDeletion;
    }

    /** The law for a two-letter US state code, in any case; empty where no such law is listed. */
    public static Optional<PrivacyLaw> forState(String twoLetterState) {
        if (twoLetterState == null || twoLetterState.isBlank()) {
            return Optional.empty();
        }
        String code = twoLetterState.strip().toUpperCase(Locale.ROOT);
        for (PrivacyLaw law : values()) {
            if (code.equals(law.state)) {
                return Optional.of(law);
            }
        }
        return Optional.empty();
    }

    /** The two-letter US state code, or null for GDPR, which is not tied to a state. */
    public String state() {
        return state;
    }

    /** The name people know the law by, such as "CCPA/CPRA". */
    public String shortName() {
        return shortName;
    }

    /** The section that gives the deletion right, as a letter would cite it. */
    public String deleteSection() {
        return deleteSection;
    }

    /**
     * Calendar days the business has to answer, counted from receipt. 0 for GDPR, whose clock runs
     * in months: use {@link #responseDue} rather than adding days yourself.
     */
    public int respondDays() {
        return respond.getDays();
    }

    /**
     * Further calendar days the business may take if it says so, with reasons, inside the first
     * period. 0 for GDPR (two months there): use {@link #extendedDue}.
     */
    public int extensionDays() {
        return extension.getDays();
    }

    /** Business days the business has to confirm it received the request; only California sets one. */
    public OptionalInt confirmReceiptBusinessDays() {
        return confirmReceiptBusinessDays > 0 ? OptionalInt.of(confirmReceiptBusinessDays) : OptionalInt.empty();
    }

    /**
     * Whether someone else (an advocate, a clinic) may file the deletion request for the person.
     * Outside California the laws either name no agent or let agents file opt-outs only, so there
     * the person sends the request in their own name. Agent opt-outs, allowed in more states, are
     * not modelled here. GDPR is true because a person may be represented, though LAWS.md notes
     * "authorized agent" is not a GDPR term and how representation works was not checked.
     */
    public boolean agentMayRequestDeletion() {
        return agentMayRequestDeletion;
    }

    /** The last day for an answer, if the business takes no extension. */
    public LocalDate responseDue(LocalDate received) {
        return received.plus(respond);
    }

    /**
     * The last day for an answer if the business extends. The periods are added together first,
     * so GDPR gives received + 3 months (January 31 goes to April 30, not April 28).
     */
    public LocalDate extendedDue(LocalDate received) {
        return received.plus(respond.plus(extension));
    }

    /** The last day to confirm receipt, counted in business days; empty where the law sets none. */
    public Optional<LocalDate> confirmReceiptDue(LocalDate received) {
        return confirmReceiptBusinessDays > 0
                ? Optional.of(BusinessDays.add(received, confirmReceiptBusinessDays))
                : Optional.empty();
    }

    /** The law's full name, as a letter names it (LAWS.md section 1). */
    public String title() {
        return switch (this) {
            case CA -> "California Consumer Privacy Act, as amended by the California Privacy Rights Act";
            case VA -> "Virginia Consumer Data Protection Act";
            case CO -> "Colorado Privacy Act";
            case CT -> "Connecticut Data Privacy Act";
            case UT -> "Utah Consumer Privacy Act";
            case TX -> "Texas Data Privacy and Security Act";
            case OR -> "Oregon Consumer Privacy Act";
            case MT -> "Montana Consumer Data Privacy Act";
            case IA -> "Iowa Consumer Data Protection Act";
            case DE -> "Delaware Personal Data Privacy Act";
            case NE -> "Nebraska Data Privacy Act";
            case NH -> "New Hampshire privacy law (RSA chapter 507-H)";
            case NJ -> "New Jersey data privacy law (N.J.S.A. 56:8-166.4 et seq.)";
            case TN -> "Tennessee Information Protection Act";
            case MN -> "Minnesota Consumer Data Privacy Act";
            case MD -> "Maryland Online Data Privacy Act";
            case IN -> "Indiana Consumer Data Protection Act";
            case KY -> "Kentucky Consumer Data Protection Act";
            case RI -> "Rhode Island Data Transparency and Privacy Protection Act";
            case GDPR -> "General Data Protection Regulation (EU) 2016/679";
        };
    }

    /** The section giving the right to opt out of sale (and targeted advertising), where the law has one. */
    public String optOutSection() {
        return switch (this) {
            case CA -> "Cal. Civ. Code 1798.120";
            case VA -> "Va. Code 59.1-577(A)(5)";
            case CO -> "C.R.S. 6-1-1306(1)(a)";
            case CT -> "Conn. Gen. Stat. 42-518(a)(5)";
            case UT -> "Utah Code 13-61-201";
            case TX -> "Tex. Bus. & Com. Code 541.051(b)(5)";
            case OR -> "ORS 646A.574(1)(d)";
            case MT -> "Mont. Code Ann. 30-14-2808(1)(e)";
            case IA -> "Iowa Code 715D.3(1)";
            case DE -> "6 Del. C. 12D-104(a)";
            case NE -> "Neb. Rev. Stat. 87-1107(2)(e)";
            case NH -> "RSA 507-H:4, I(e)";
            case NJ -> "N.J.S.A. 56:8-166.10(a)(5)";
            case TN -> "Tenn. Code 47-18-3304(a)(2)(E)";
            case MN -> "Minn. Stat. 325M.14 subd. 1(f)";
            case MD -> "Md. Code Com. Law 14-4705(b)(7)";
            case IN -> "Ind. Code 24-15-3-1(b)(5)";
            case KY -> "KRS 367.3615(2)(e)";
            case RI -> "R.I. Gen. Laws 6-48.1-5(e)(4)";
            case GDPR -> "GDPR Art. 21";
        };
    }

    /** Utah's and Iowa's deletion right reaches only data the person gave the business themselves. */
    public boolean deletesOnlyProvidedData() {
        return this == UT || this == IA;
    }
}
