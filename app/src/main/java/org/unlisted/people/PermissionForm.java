package org.unlisted.people;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The signed-permission form a client signs so an advocate can act as their authorized agent.
 * It goes to brokers, so like the letters it is in English; the app explains it in the client's
 * language.
 */
public final class PermissionForm {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private PermissionForm() {
    }

    public static String text(Profile client, Consent consent, String organisation) {
        String scope = consent.coversAll() ? "any data broker or people-search company"
                : "the following companies: " + String.join(", ", consent.brokerIds());
        String until = consent.expires() == null ? "until I withdraw it in writing"
                : "until " + DATE.format(consent.expires()) + ", unless I withdraw it sooner in writing";
        String line = "_".repeat(40);
        return String.join("\n",
                "AUTHORIZATION OF AN AUTHORIZED AGENT",
                "",
                "I, " + client.legalName() + ", authorize " + consent.advocate()
                        + (organisation == null || organisation.isBlank() ? "" : " of " + organisation)
                        + " to act as my authorized agent in submitting requests on my behalf to " + scope + ".",
                "",
                "These requests may include: a request to delete my personal information; a request to opt out of "
                        + "the sale or sharing of my personal information; a request to limit the use of my sensitive "
                        + "personal information; and requests to remove listings about me from public view.",
                "",
                "This authorization is given on " + DATE.format(consent.given()) + " and is valid " + until + ".",
                "I understand that a business may contact me directly to confirm this authorization or to verify my "
                        + "identity.",
                "",
                "State of residence: " + client.state(),
                "",
                "Signature: " + line,
                "",
                "Printed name: " + client.legalName(),
                "",
                "Date: " + line,
                "");
    }
}
