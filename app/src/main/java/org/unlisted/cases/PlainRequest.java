package org.unlisted.cases;

import java.time.LocalDate;
import java.util.List;
import org.unlisted.catalog.Broker;
import org.unlisted.people.Profile;

/**
 * A plain, firm removal request by email or post, in English (brokers read English), until the
 * letters work brings full legal templates. It cites the person's state law where there is one,
 * and holds only the details the broker needs.
 */
public final class PlainRequest {
    private PlainRequest() {
    }

    public record Draft(String to, String subject, String body) {
    }

    public static Draft draft(Profile person, Broker broker, List<String> listingUrls, LocalDate today) {
        Broker.OptOut optOut = broker.optOut();
        String to = optOut != null && optOut.email() != null ? optOut.email()
                : broker.legal() != null && broker.legal().ccpaEmail() != null ? broker.legal().ccpaEmail()
                : optOut != null && optOut.postalAddress() != null ? optOut.postalAddress() : "";
        PrivacyLaw law = PrivacyLaw.forState(person.state()).orElse(null);
        StringBuilder body = new StringBuilder();
        body.append("To ").append(broker.name()).append(",\n\n");
        body.append("I ask you to delete the personal information you hold about me, to stop selling or sharing it,"
                + " and to remove me from every site and product you run.");
        if (law != null) {
            body.append(" I make this request under ").append(law.shortName()).append(" (")
                    .append(law.deleteSection()).append("). The law gives you ").append(law.respondDays())
                    .append(" days from receipt to act on it.");
        }
        body.append("\n\nSo that you can find my records, here is what you need, and nothing more:\n");
        for (RequestDetails.Detail detail : RequestDetails.forBroker(person, broker, listingUrls, today)) {
            body.append("- ").append(label(detail.field())).append(": ").append(detail.value().replace("\n", ", "))
                    .append('\n');
        }
        body.append("\nPlease confirm in writing when this is done. Do not use the information in this request for"
                + " any other purpose.\n\n").append(person.legalName()).append('\n').append(today).append('\n');
        return new Draft(to, "Request to delete my personal information", body.toString());
    }

    private static String label(Broker.PersonalField field) {
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
            case LISTING_URL -> "Listing address";
            case GOV_ID -> "ID";
            case SIGNATURE -> "Signature";
        };
    }
}
