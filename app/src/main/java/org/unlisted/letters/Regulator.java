package org.unlisted.letters;

import org.unlisted.cases.PrivacyLaw;

/** Where to complain when a broker ignores a request (LAWS.md section 4). */
public record Regulator(String name, String contact) {

    public static Regulator of(PrivacyLaw law) {
        if (law == null) {
            return new Regulator("the Attorney General of your state", "");
        }
        return switch (law) {
            case CA -> new Regulator("California Privacy Protection Agency (CalPrivacy)",
                    "https://privacy.ca.gov/submit-a-complaint");
            case CO -> new Regulator("Colorado Attorney General", "https://coag.gov/file-complaint/");
            case OR -> new Regulator("Oregon Department of Justice, Privacy Unit", "oregonprivacy@doj.oregon.gov");
            case NH -> new Regulator("New Hampshire Department of Justice, Data Privacy Unit", "DOJ-CPB@doj.nh.gov");
            case VA -> new Regulator("Virginia Attorney General, Consumer Privacy Unit", "1-800-552-9963");
            case GDPR -> new Regulator("the data protection authority of the broker's country", "");
            default -> new Regulator("the " + stateName(law) + " Attorney General", "");
        };
    }

    private static String stateName(PrivacyLaw law) {
        return switch (law) {
            case CT -> "Connecticut";
            case UT -> "Utah";
            case TX -> "Texas";
            case MT -> "Montana";
            case IA -> "Iowa";
            case DE -> "Delaware";
            case NE -> "Nebraska";
            case NJ -> "New Jersey";
            case TN -> "Tennessee";
            case MN -> "Minnesota";
            case MD -> "Maryland";
            case IN -> "Indiana";
            case KY -> "Kentucky";
            case RI -> "Rhode Island";
            default -> law.state();
        };
    }
}
