package org.unlisted.net.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unlisted.net.scan.Match.Reason;
import org.unlisted.net.scan.Match.Strength;
import org.unlisted.people.Profile;

/** Scoring candidates against Ana (42, Fresno CA, also Ana Lopez, lives with Bo Ruiz). */
class LikenessTest {
    private final Likeness likeness = new Likeness(ScanSites.ana(), List.of("Bo Ruiz"), ScanSites.TODAY);

    private Match score(String name, Integer age, List<String> places, List<String> relatives) {
        return likeness.score(new Candidate(name, age, places, relatives, null));
    }

    private static List<Reason.Kind> kinds(Match match) {
        return match.reasons().stream().map(Reason::kind).toList();
    }

    @Test
    void nameAgeAndTownTogetherAreStrong() {
        Match match = score("Ana Ruiz", 42, List.of("Fresno, CA"), List.of());
        assertThat(match.strength()).isEqualTo(Strength.STRONG);
        assertThat(kinds(match)).containsExactly(Reason.Kind.SAME_NAME, Reason.Kind.SAME_AGE, Reason.Kind.SAME_CITY);
        assertThat(match.reasons()).allMatch(r -> !r.against());
    }

    @Test
    void aYearOffIsTheSameAgeBecauseSitesUpdateLate() {
        assertThat(score("Ana Ruiz", 41, List.of(), List.of("Bo Ruiz")).strength()).isEqualTo(Strength.STRONG);
        assertThat(kinds(score("Ana Ruiz", 41, List.of(), List.of("Bo Ruiz"))))
                .contains(Reason.Kind.SAME_AGE, Reason.Kind.RELATIVE);
    }

    @Test
    void theNameAloneIsOnlyMaybe() {
        assertThat(score("Ana Ruiz", null, List.of(), List.of()).strength()).isEqualTo(Strength.POSSIBLE);
        assertThat(score("ANA RUÍZ", null, List.of(), List.of()).strength()).as("case and accents do not matter")
                .isEqualTo(Strength.POSSIBLE);
    }

    @Test
    void aMaidenNameCountsAndSaysWhichName() {
        Match match = score("Ana Lopez", 42, List.of("Fresno, CA"), List.of());
        assertThat(match.strength()).isEqualTo(Strength.STRONG);
        assertThat(match.reasons().get(0)).isEqualTo(new Reason(Reason.Kind.OTHER_NAME, "Ana Lopez", false));
    }

    @Test
    void aMiddleInitialOrShortFirstNameIsPartlyTheSame() {
        Match initial = score("A. Ruiz", 42, List.of("Fresno CA"), List.of());
        assertThat(kinds(initial)).startsWith(Reason.Kind.NAME_PARTLY);
        assertThat(initial.strength()).isEqualTo(Strength.STRONG);
        assertThat(kinds(score("Ana Maria Ruiz", null, List.of(), List.of()))).startsWith(Reason.Kind.SAME_NAME);
    }

    @Test
    void aDifferentAgeSaysSoAndIsWeakEvenWithTheSameName() {
        Match match = score("Ana M Ruiz", 67, List.of("Austin, TX"), List.of());
        assertThat(match.strength()).isEqualTo(Strength.WEAK);
        assertThat(match.reasons()).filteredOn(Reason::against).extracting(Reason::kind)
                .containsExactly(Reason.Kind.DIFFERENT_AGE, Reason.Kind.OTHER_PLACES);
    }

    @Test
    void theSameNameOnlyElsewhereIsANamesake() {
        assertThat(score("Ana L Ruiz", null, List.of("Miami, FL"), List.of()).strength()).isEqualTo(Strength.WEAK);
        assertThat(score("Ana Ruiz", 43, List.of("Reno, NV"), List.of()).strength()).as("the age still speaks")
                .isEqualTo(Strength.POSSIBLE);
    }

    @Test
    void theStateAloneHelpsALittleAndAnotherStatesFresnoIsNotFresno() {
        Match state = score("Ana Ruiz", 44, List.of("San Diego, CA"), List.of());
        assertThat(kinds(state)).contains(Reason.Kind.CLOSE_AGE, Reason.Kind.SAME_STATE);
        assertThat(state.strength()).as("a close age and the state are not enough to be sure").isEqualTo(Strength.POSSIBLE);
        assertThat(score("Ana Ruiz", 42, List.of("San Diego, CA"), List.of()).strength()).isEqualTo(Strength.STRONG);
        Match texas = score("Ana Ruiz", null, List.of("Fresno, TX"), List.of());
        assertThat(kinds(texas)).doesNotContain(Reason.Kind.SAME_CITY, Reason.Kind.SAME_STATE);
        assertThat(kinds(score("Ana Ruiz", null, List.of("Lives in Fresno"), List.of()))).contains(Reason.Kind.SAME_CITY);
    }

    @Test
    void anotherPersonIsWeakWhateverElseMatches() {
        Match match = score("Maria Gomez", 42, List.of("Fresno, CA"), List.of("Bo Ruiz"));
        assertThat(match.strength()).isEqualTo(Strength.WEAK);
        assertThat(kinds(match)).startsWith(Reason.Kind.DIFFERENT_NAME);
        assertThat(score("Ruiz", 42, List.of(), List.of()).strength()).isEqualTo(Strength.WEAK);
        assertThat(score("", null, List.of(), List.of()).strength()).isEqualTo(Strength.WEAK);
    }

    @Test
    void onlyTheLastNameNeedsMuchMoreToBeMaybe() {
        assertThat(score("Carmen Ruiz", 42, List.of("Fresno, CA"), List.of()).strength()).isEqualTo(Strength.POSSIBLE);
        assertThat(score("Carmen Ruiz", null, List.of("Fresno, CA"), List.of()).strength()).isEqualTo(Strength.WEAK);
    }

    @Test
    void withoutABirthDateAgeIsNeitherForNorAgainst() {
        Profile noBirthday = Profile.draft("Ana Ruiz", "CA").withId(2);
        Match match = new Likeness(noBirthday, List.of(), ScanSites.TODAY)
                .score(new Candidate("Ana Ruiz", 90, List.of(), List.of(), null));
        assertThat(kinds(match)).containsExactly(Reason.Kind.SAME_NAME);
        assertThat(match.strength()).isEqualTo(Strength.POSSIBLE);
    }

    @Test
    void reasonsHaveMessageKeys() {
        assertThat(Reason.because(Reason.Kind.SAME_LAST_NAME, "").messageKey()).isEqualTo("scan.reason.sameLastName");
    }
}
