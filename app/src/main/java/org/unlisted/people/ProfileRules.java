package org.unlisted.people;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unlisted.core.EmailAddress;
import org.unlisted.core.UnlistedException;

/** What a profile must look like before it is saved, and how typed-in details are read. */
public final class ProfileRules {
    /** The two-letter codes of the states, DC and the territories: the state decides which laws apply. */
    public static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI",
            "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
            "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
            "WV", "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP");
    static final int MAX_TEXT = 300;
    static final int MAX_NOTES = 20_000;
    private static final Pattern STATE_ZIP = Pattern.compile("^([A-Za-z]{2})(?:\\s+(\\d{5}(?:-\\d{4})?))?$");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private ProfileRules() {
    }

    /** Throws the first thing wrong with {@code profile}, in words the person understands. */
    public static void check(Profile profile, LocalDate today) throws UnlistedException {
        if (profile.legalName() == null || profile.legalName().isBlank()) {
            throw new UnlistedException(PeopleProblem.NAME_MISSING);
        }
        requireText(profile.legalName());
        state(profile.state());
        if (profile.dateOfBirth() != null && (profile.dateOfBirth().isAfter(today)
                || profile.dateOfBirth().isBefore(today.minusYears(130)))) {
            throw new UnlistedException(PeopleProblem.BIRTH_DATE_INVALID);
        }
        for (Profile.OtherName other : profile.otherNames()) {
            requireText(other.name());
        }
        for (String email : profile.emails()) {
            if (!EmailAddress.looksValid(email) || email.length() > MAX_TEXT) {
                throw new UnlistedException(PeopleProblem.EMAIL_INVALID);
            }
        }
        for (String phone : profile.phones()) {
            phone(phone);
        }
        for (Profile.Address address : profile.addresses()) {
            if (address.state() != null) {
                state(address.state());
            }
            for (String part : new String[] {address.street(), address.city(), address.zip()}) {
                if (part != null) {
                    requireText(part);
                }
            }
            Integer from = address.fromYear();
            Integer to = address.toYear();
            if ((from != null && (from < 1900 || from > today.getYear())) || (to != null && (to < 1900
                    || to > today.getYear())) || (from != null && to != null && from > to)) {
                throw new UnlistedException(PeopleProblem.YEARS_INVALID);
            }
        }
        if (profile.notes().length() > MAX_NOTES || CONTROL.matcher(profile.notes()).find()
                || hasLoneSurrogate(profile.notes())) {
            throw new UnlistedException(PeopleProblem.TOO_LONG);
        }
    }

    /** An upper-case state code, or the problem. */
    public static String state(String text) throws UnlistedException {
        String code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (!STATES.contains(code)) {
            throw new UnlistedException(PeopleProblem.STATE_INVALID);
        }
        return code;
    }

    /** A phone number as typed, checked to hold 7 to 15 digits and nothing odd. */
    public static String phone(String text) throws UnlistedException {
        String phone = text == null ? "" : text.strip();
        long digits = phone.chars().filter(Character::isDigit).count();
        if (digits < 7 || digits > 15 || !phone.matches("[+0-9 ().\\-]+")) {
            throw new UnlistedException(PeopleProblem.PHONE_INVALID);
        }
        return phone;
    }

    /** {@code YYYY-MM-DD}, or the problem. */
    public static LocalDate birthDate(String text) throws UnlistedException {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UnlistedException(PeopleProblem.BIRTH_DATE_INVALID);
        }
    }

    /** Reads {@code street, city, ST zip}; the street may itself hold commas ("Apt 4, 12 Main St"). */
    public static Profile.Address address(String text, boolean current) throws UnlistedException {
        String[] parts = text == null ? new String[0] : text.split(",");
        if (parts.length < 3) {
            throw new UnlistedException(PeopleProblem.ADDRESS_INVALID);
        }
        Matcher stateZip = STATE_ZIP.matcher(parts[parts.length - 1].strip());
        String city = parts[parts.length - 2].strip();
        StringBuilder street = new StringBuilder();
        for (int i = 0; i < parts.length - 2; i++) {
            street.append(i == 0 ? "" : ",").append(parts[i]);
        }
        if (!stateZip.matches() || city.isEmpty() || street.toString().isBlank()) {
            throw new UnlistedException(PeopleProblem.ADDRESS_INVALID);
        }
        Profile.Address address = new Profile.Address(street.toString().strip(), city, state(stateZip.group(1)),
                stateZip.group(2), null, null, current);
        requireText(address.street());
        requireText(address.city());
        return address;
    }

    private static void requireText(String text) throws UnlistedException {
        if (text.length() > MAX_TEXT || CONTROL.matcher(text).find() || text.contains("\n") || hasLoneSurrogate(text)) {
            throw new UnlistedException(PeopleProblem.TOO_LONG);
        }
    }

    /**
     * Half of a character that takes two (an emoji cut in two, say): it is no character at all, and
     * the vault would silently keep a "?" in its place.
     */
    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
