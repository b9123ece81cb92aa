package org.unlisted.cases;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Broker.PersonalField;
import org.unlisted.people.Profile;

/**
 * What to give a broker: only the details its opt-out asks for ({@code inputs} in its definition),
 * taken from the person's profile, and nothing else. A detail the profile lacks is left out.
 */
public final class RequestDetails {
    /** US sites ask for dates the US way. */
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    private RequestDetails() {
    }

    /** One detail to type or paste into a broker's form. */
    public record Detail(PersonalField field, String value) {
    }

    /** The details this broker needs, in the order its definition lists them. Never a government ID or signature. */
    public static List<Detail> forBroker(Profile person, Broker broker, List<String> listingUrls, LocalDate today) {
        List<Detail> details = new ArrayList<>();
        List<PersonalField> inputs = broker.optOut() == null || broker.optOut().inputs() == null
                ? List.of(PersonalField.NAME) : broker.optOut().inputs();
        Profile.Address home = person.currentAddress();
        for (PersonalField field : inputs) {
            String value = switch (field) {
                case NAME -> person.legalName();
                case OTHER_NAMES -> person.otherNames().isEmpty() ? null : String.join(", ",
                        person.otherNames().stream().map(Profile.OtherName::name).toList());
                case EMAIL -> person.emails().isEmpty() ? null : person.emails().get(0);
                case PHONE -> person.phones().isEmpty() ? null : person.phones().get(0);
                case ADDRESS -> home == null ? null : home.street();
                case CITY -> home == null ? null : home.city();
                case STATE -> home != null && home.state() != null ? home.state() : person.state();
                case ZIP -> home == null ? null : home.zip();
                case DATE_OF_BIRTH -> person.dateOfBirth() == null ? null : US_DATE.format(person.dateOfBirth());
                case AGE -> person.dateOfBirth() == null ? null
                        : Integer.toString(Period.between(person.dateOfBirth(), today).getYears());
                case LISTING_URL -> listingUrls.isEmpty() ? null : String.join("\n", listingUrls);
                case GOV_ID, SIGNATURE -> null; // never kept in the app: the person decides, outside it
            };
            if (value != null && !value.isBlank()) {
                details.add(new Detail(field, value));
            }
        }
        return details;
    }

    /**
     * The broker's search page for this person: its template filled in with first and last name,
     * city and state where it has those places, or the plain search page.
     */
    public static String searchUrl(Profile person, Broker broker) {
        if (broker.search() == null || broker.search().url() == null) {
            return "https://" + broker.mainDomain() + "/";
        }
        String[] names = person.legalName().strip().split("\\s+");
        Profile.Address home = person.currentAddress();
        return broker.search().url()
                .replace("{first}", encode(names[0]))
                .replace("{last}", encode(names[names.length - 1]))
                .replace("{city}", encode(home == null || home.city() == null ? "" : home.city()))
                .replace("{state}", encode(person.state()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
