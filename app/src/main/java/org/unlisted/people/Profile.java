package org.unlisted.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One person whose listings are being removed: the person using the app ("me") or a clinic's
 * client. Only the legal name and the state are required; every other detail is there so the
 * app can offer a broker exactly what it asks for, and nothing more.
 */
public record Profile(long id, String legalName, List<OtherName> otherNames, LocalDate dateOfBirth,
                      List<Address> addresses, List<String> phones, List<String> emails, String state,
                      String notes, boolean self, Instant created, Instant lastActivity) {

    public Profile {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
        notes = notes == null ? "" : notes;
    }

    /** A new profile, not yet saved. */
    public static Profile draft(String legalName, String state) {
        return new Profile(0, legalName, List.of(), null, List.of(), List.of(), List.of(), state, "", false, null,
                null);
    }

    public Profile withId(long newId) {
        return new Profile(newId, legalName, otherNames, dateOfBirth, addresses, phones, emails, state, notes, self,
                created, lastActivity);
    }

    public Profile withDetails(List<OtherName> names, LocalDate birth, List<Address> places, List<String> phoneNumbers,
                               List<String> emailAddresses) {
        return new Profile(id, legalName, names, birth, places, phoneNumbers, emailAddresses, state, notes, self,
                created, lastActivity);
    }

    /** The same person with the name and state as typed (the two details every profile must have). */
    public Profile withNameAndState(String name, String stateCode) {
        return new Profile(id, name, otherNames, dateOfBirth, addresses, phones, emails, stateCode, notes, self,
                created, lastActivity);
    }

    public Profile withNotes(String text) {
        return new Profile(id, legalName, otherNames, dateOfBirth, addresses, phones, emails, state, text, self,
                created, lastActivity);
    }

    public Profile asSelf() {
        return new Profile(id, legalName, otherNames, dateOfBirth, addresses, phones, emails, state, notes, true,
                created, lastActivity);
    }

    /** The current address, if one is marked current (or the only one). */
    public Address currentAddress() {
        return addresses.stream().filter(Address::current).findFirst()
                .orElse(addresses.size() == 1 ? addresses.get(0) : null);
    }

    /** Another name the person is or was known by, and what kind of name it is. */
    public record OtherName(String name, Kind kind) {
        public enum Kind { ALIAS, MAIDEN, NICKNAME, MISSPELLING }
    }

    /** A home address, with the years lived there when known. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Address(String street, String city, String state, String zip, Integer fromYear, Integer toYear,
                          boolean current) {
        /** {@code street, city, ST zip} on one line, as people write it. */
        public String oneLine() {
            StringBuilder line = new StringBuilder();
            for (String part : new String[] {street, city}) {
                if (part != null && !part.isBlank()) {
                    line.append(line.isEmpty() ? "" : ", ").append(part);
                }
            }
            String tail = ((state == null ? "" : state) + " " + (zip == null ? "" : zip)).strip();
            if (!tail.isEmpty()) {
                line.append(line.isEmpty() ? "" : ", ").append(tail);
            }
            return line.toString();
        }
    }
}
