package org.unlisted.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.unlisted.cases.CaseEvent;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.OptOutCase;
import org.unlisted.cases.PrivacyLaw;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.people.Profile;
import org.unlisted.people.ProfileRules;

class LettersTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static Catalog catalog;
    static Profile person;

    @BeforeAll
    static void setUp() throws Exception {
        catalog = new CatalogLoader(TODAY).bundled();
        person = Profile.draft("Ana Ruiz", "CA").withDetails(List.of(), LocalDate.of(1984, 3, 9),
                List.of(ProfileRules.address("12 Oak St, Fresno, CA 93701", true)), List.of("(559) 555-0134"),
                List.of("ana@example.org"));
    }

    static Broker broker(String id) {
        return catalog.find(id).orElseThrow();
    }

    static Letter write(Profile who, Broker broker, LetterKind kind, Optional<PrivacyLaw> law) {
        return Letters.write(new Letters.Request(who, broker, kind, law, List.of("https://www.spokeo.com/Ana/p1"),
                TODAY, null, List.of(), new Letters.Agent("Dana Advocate", "Fresno Legal Aid")));
    }

    @ParameterizedTest
    @EnumSource(value = PrivacyLaw.class, names = "GDPR", mode = EnumSource.Mode.EXCLUDE)
    void everyStateLetterNamesItsLawItsSectionsAndTheDeadlineItStarts(PrivacyLaw law) {
        Profile here = person.withNameAndState("Ana Ruiz", law.state());
        Letter letter = write(here, broker("spokeo"), LetterKind.DELETE, Letters.lawFor(here, broker("spokeo")));
        assertThat(letter.law()).isEqualTo(law);
        assertThat(letter.body()).contains(law.title(), law.deleteSection(), law.optOutSection(),
                "within " + law.respondDays() + " days", Letters.date(law.responseDue(TODAY)));
        assertThat(letter.deadline()).isEqualTo(law.responseDue(TODAY));
        assertThat(letter.subject()).contains(law.shortName());
        if (law.deletesOnlyProvidedData()) {
            assertThat(letter.body()).contains("reaches the data I gave you").doesNotContain("obtained it from others");
        } else {
            assertThat(letter.body()).contains("obtained it from others");
        }
        if (law == PrivacyLaw.CA) {
            assertThat(letter.body()).contains("1798.121", "within 10 business days, by December 14, 2026");
        } else {
            assertThat(letter.body()).doesNotContain("1798.121", "business days");
        }
    }

    @Test
    void aLetterHoldsOnlyTheDetailsThisBrokerNeeds() {
        Letter spokeo = write(person, broker("spokeo"), LetterKind.DELETE, Optional.of(PrivacyLaw.CA));
        assertThat(broker("spokeo").optOut().inputs()).containsExactly(Broker.PersonalField.LISTING_URL,
                Broker.PersonalField.EMAIL);
        assertThat(spokeo.body()).contains("ana@example.org", "https://www.spokeo.com/Ana/p1", "Name: Ana Ruiz")
                .doesNotContain("555-0134", "12 Oak St", "Fresno", "93701", "1984", "03/09");
        Letter checkPeople = write(person, broker("checkpeople"), LetterKind.DELETE, Optional.of(PrivacyLaw.CA));
        assertThat(checkPeople.body()).contains("03/09/1984").doesNotContain("555-0134", "12 Oak St");
    }

    @Test
    void theLawFollowsTheBrokersCountryOrThePersonsStateOrNone() {
        assertThat(Letters.lawFor(person, broker("spokeo"))).contains(PrivacyLaw.CA);
        Profile newYork = person.withNameAndState("Ana Ruiz", "NY");
        assertThat(Letters.lawFor(newYork, broker("spokeo"))).isEmpty();
        Letter none = write(newYork, broker("spokeo"), LetterKind.DELETE, Optional.empty());
        assertThat(none.body()).contains("No law of my state yet obliges you").doesNotContain("Civ. Code");
        assertThat(none.deadline()).isNull();
        Letter gdpr = write(newYork, broker("spokeo"), LetterKind.DELETE, Optional.of(PrivacyLaw.GDPR));
        assertThat(gdpr.body()).contains("Article 17", "Article 21", "within one month", "December 30, 2026");
        assertThat(Letters.parseLaw("ccpa", person, broker("spokeo"))).contains(Optional.of(PrivacyLaw.CA));
        assertThat(Letters.parseLaw("none", person, broker("spokeo"))).contains(Optional.empty());
        assertThat(Letters.parseLaw("auto", newYork, broker("spokeo"))).contains(Optional.empty());
        assertThat(Letters.parseLaw("klingon", person, broker("spokeo"))).isEmpty();
    }

    @Test
    void aFollowUpRecallsTheDatesAndNamesTheRegulator() {
        OptOutCase late = new OptOutCase(1, 1, "spokeo", 1, CaseState.OVERDUE, Instant.parse("2026-11-30T10:00:00Z"),
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 15), null, null, PrivacyLaw.CA);
        Letter letter = Letters.write(new Letters.Request(person, broker("spokeo"), LetterKind.FOLLOW_UP,
                Optional.of(PrivacyLaw.CA), List.of(), TODAY, late, List.of(), null));
        assertThat(letter.body()).contains("On October 1, 2026", "ended on November 15, 2026",
                "California Privacy Protection Agency", "by December 10, 2026");
        assertThat(letter.deadline()).isEqualTo(TODAY.plusDays(10));
    }

    @Test
    void aComplaintCarriesTheTimelineAndGoesToTheRegulator() {
        OptOutCase late = new OptOutCase(1, 1, "spokeo", 1, CaseState.OVERDUE, Instant.parse("2026-11-30T10:00:00Z"),
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 15), null, null, PrivacyLaw.CO);
        List<CaseEvent> history = List.of(
                new CaseEvent(1, 1, Instant.parse("2026-10-01T15:00:00Z"), CaseEvent.Actor.PERSON, "",
                        CaseEvent.Kind.CHANGE, CaseState.SUBMITTED, "form sent, ref 42", List.of(), null, List.of()),
                new CaseEvent(2, 1, Instant.parse("2026-11-16T09:00:00Z"), CaseEvent.Actor.APP, "",
                        CaseEvent.Kind.CHANGE, CaseState.OVERDUE, "", List.of(), null, List.of()));
        Letter letter = Letters.write(new Letters.Request(person.withNameAndState("Ana Ruiz", "CO"), broker("spokeo"),
                LetterKind.COMPLAINT, Optional.of(PrivacyLaw.CO), List.of(), TODAY, late, history, null));
        assertThat(letter.recipient()).isEqualTo("Colorado Attorney General");
        assertThat(letter.body()).contains("Spokeo", "C.R.S. 6-1-1306", "October 1, 2026: submitted (form sent, ref 42)",
                "November 16, 2026: overdue");
    }

    @Test
    void anAddressConfidentialityDemandCitesCaliforniasSectionOrStaysGeneral() {
        Letter california = write(person, broker("spokeo"), LetterKind.ACP, Optional.of(PrivacyLaw.CA));
        assertThat(california.body()).contains("Safe at Home", "Government Code section 6208.1(b)",
                "home address or home telephone number");
        Letter elsewhere = write(person.withNameAndState("Ana Ruiz", "WA"), broker("spokeo"), LetterKind.ACP,
                Optional.empty());
        assertThat(elsewhere.body()).contains("my state's address confidentiality program").doesNotContain("6208.1");
    }

    @Test
    void anAgentLetterNamesTheAdvocateAndThePermission() {
        Letter letter = write(person, broker("spokeo"), LetterKind.AGENT, Optional.of(PrivacyLaw.CA));
        assertThat(letter.body()).contains("I am Dana Advocate of Fresno Legal Aid", "authorized agent of Ana Ruiz",
                "signed permission", "section 7063");
        assertThat(letter.subject()).isEqualTo("Authorized agent request for Ana Ruiz (CCPA/CPRA)");
        PrintedLetter printed = Letters.printed(letter, person, broker("spokeo"));
        assertThat(printed.from()).as("the advocate sends and signs it").containsExactly("Dana Advocate",
                "Fresno Legal Aid");
        assertThat(printed.body()).endsWith("Sincerely,");
    }

    @Test
    void emailAndPostalAddressesComeFromTheDefinition() {
        Letter mylife = write(person, broker("mylife"), LetterKind.DELETE, Optional.of(PrivacyLaw.CA));
        assertThat(mylife.email()).isEqualTo("privacy@mylife.com");
        assertThat(Letters.takesEmail(broker("mylife"))).isTrue();
        assertThat(Letters.emailable(catalog)).contains(broker("mylife")).doesNotContain(broker("spokeo"));
    }

    @Test
    void aPrintedLetterHasEnvelopeBlocksAndEndsAtTheClosing() {
        Letter letter = write(person, broker("mylife"), LetterKind.DELETE, Optional.of(PrivacyLaw.CA));
        PrintedLetter printed = Letters.printed(letter, person, broker("mylife"));
        assertThat(printed.from()).as("MyLife does not ask for an address: none is printed").containsExactly("Ana Ruiz");
        assertThat(printed.to()).startsWith("MyLife");
        assertThat(printed.body()).endsWith("Sincerely,").contains("Cal. Civ. Code 1798.105");
        assertThat(Letters.addressLines("PO Box 1, Suite 2, Fresno, CA 93701"))
                .containsExactly("PO Box 1", "Suite 2", "Fresno, CA 93701");
        PrintedLetter withAddress = Letters.printed(write(person, broker("thatsthem"), LetterKind.DELETE,
                Optional.of(PrivacyLaw.CA)), person, broker("thatsthem"));
        assertThat(withAddress.from()).containsExactly("Ana Ruiz", "12 Oak St", "Fresno, CA 93701");
    }
}
