package org.unlisted.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One data broker or people-search site, as its definition in {@code brokers/} describes it. The
 * fields and their meaning are documented in {@code brokers/README.md}; a missing optional fact is
 * {@code null}, never a guess.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Broker(String id, String name, List<String> domains, Category category, Tier tier,
                     Priority priority, String priorityWhy, String group, List<String> covers, Search search,
                     OptOut optOut, Legal legal, Boolean showsRelatives, Boolean showsAddress, String notes,
                     List<Source> sources, LocalDate lastVerified) {

    public Broker {
        domains = List.copyOf(domains);
        covers = covers == null ? null : List.copyOf(covers);
        sources = List.copyOf(sources);
    }

    /** The main domain, the one people know the site by. */
    public String mainDomain() {
        return domains.get(0);
    }

    public List<String> coveredIds() {
        return covers == null ? List.of() : covers;
    }

    /**
     * On the person's main list: a site that shows people, or one they added themselves. Progress
     * is counted over these, on the dashboard and on the Opt-outs page alike.
     */
    public boolean onMainList() {
        return category.showsPeople() || tier == Tier.OWN;
    }

    public boolean allowsSearch() {
        return search != null && search.allowsSearch();
    }

    /** Values written in the definition files as lower-case words joined by hyphens. */
    public interface Coded {
        String name();

        @JsonValue
        default String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public enum Category implements Coded {
        PEOPLE_SEARCH, BACKGROUND_CHECK, PHONE_LOOKUP, PUBLIC_RECORDS, PROPERTY, MARKETING, RISK_IDENTITY, OTHER;

        /** A site that shows a person to whoever searches for them: the ones a plan works through first. */
        public boolean showsPeople() {
            return this == PEOPLE_SEARCH || this == BACKGROUND_CHECK || this == PHONE_LOOKUP || this == PUBLIC_RECORDS;
        }
    }

    /** A: checked by hand, complete; B: from the public lists; C: registry entries; OWN: added by the person. */
    public enum Tier implements Coded {
        A, B, C, OWN;

        @Override
        public String code() {
            return this == OWN ? "own" : name();
        }
    }

    public enum Priority implements Coded { CRUCIAL, HIGH, NORMAL }

    public enum Method implements Coded { WEB_FORM, EMAIL, MAIL, PHONE, ACCOUNT, VIA_GROUP, DROP_ONLY, NONE }

    public enum RemovalKind implements Coded { SUPPRESSION, DELETION, UNKNOWN }

    public enum RelistRisk implements Coded { LOW, MEDIUM, HIGH }

    public enum AcceptsAgent implements Coded { YES, NO, UNKNOWN }

    /** The personal details an opt-out may ask for; the app offers a broker only the ones it lists. */
    public enum PersonalField implements Coded {
        NAME, OTHER_NAMES, EMAIL, PHONE, ADDRESS, CITY, STATE, ZIP, DATE_OF_BIRTH, AGE, LISTING_URL, GOV_ID, SIGNATURE;

        @Override
        public String code() {
            String[] words = name().toLowerCase(Locale.ROOT).split("_");
            StringBuilder camel = new StringBuilder(words[0]);
            for (int i = 1; i < words.length; i++) {
                camel.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
            return camel.toString();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Search(boolean allowsSearch, String url, Scan scan) {
    }

    /** CSS selectors the listing scanner uses on this broker's result page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scan(String resultSelector, String nameSelector, String ageSelector, String placesSelector,
                       String relativesSelector, String linkSelector, String noResultsText, String blockedText) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OptOut(Method method, String url, String email, String postalAddress, String phone,
                         Requires requires, List<PersonalField> inputs, RemovalKind removalKind,
                         Integer estimatedDays, Integer lastsDays, Integer recheckDays, RelistRisk relistRisk) {

        public OptOut {
            inputs = inputs == null ? null : List.copyOf(inputs);
        }

        public Requires requirements() {
            return requires == null ? Requires.UNKNOWN : requires;
        }
    }

    /** What an opt-out demands; {@code null} means not known. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Requires(Boolean listingUrl, Boolean emailVerification, Boolean phoneVerification, Boolean captcha,
                           Boolean govId, Boolean account, Boolean payment) {
        static final Requires UNKNOWN = new Requires(null, null, null, null, null, null, null);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Legal(String ccpaEmail, String ccpaUrl, AcceptsAgent acceptsAgent, Registries registries) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Registries(Boolean ca, Boolean vt, Boolean tx, Boolean or) {
    }

    public record Source(String url, String supports) {
    }
}
