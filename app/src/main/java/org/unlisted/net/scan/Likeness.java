package org.unlisted.net.scan;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.unlisted.net.scan.Match.Reason;
import org.unlisted.net.scan.Match.Strength;
import org.unlisted.people.Profile;

/**
 * Scores a candidate against the person: the name (or another name they use), the age from their
 * date of birth, the places they lived, and the relatives they know of. A strong match needs the
 * name and two other signs; the person still decides.
 */
public final class Likeness {
    /** Sites round ages and update late: a year either way is the same age. */
    private static final int SAME_AGE = 1;
    private static final int CLOSE_AGE = 3;
    private static final Pattern ANY_STATE = Pattern.compile("(^|[^A-Za-z])[A-Z]{2}($|[^A-Za-z])");

    private final Profile person;
    private final List<String> relatives;
    private final Integer age;

    /**
     * @param knownRelatives names of people the person lives with or is related to (a household), may be empty
     */
    public Likeness(Profile person, List<String> knownRelatives, LocalDate today) {
        this.person = person;
        this.relatives = List.copyOf(knownRelatives);
        this.age = person.dateOfBirth() == null ? null : Period.between(person.dateOfBirth(), today).getYears();
    }

    private enum NameFit { SAME, PARTLY, LAST_ONLY, NONE }

    public Match score(Candidate candidate) {
        List<Reason> reasons = new ArrayList<>();
        NameFit name = name(candidate, reasons);
        int support = 0;
        boolean contradicted = false;
        if (age != null && candidate.age() != null) {
            int apart = Math.abs(candidate.age() - age);
            if (apart <= SAME_AGE) {
                support += 2;
                reasons.add(Reason.because(Reason.Kind.SAME_AGE, candidate.age().toString()));
            } else if (apart <= CLOSE_AGE) {
                support += 1;
                reasons.add(Reason.because(Reason.Kind.CLOSE_AGE, candidate.age().toString()));
            } else {
                contradicted = true;
                reasons.add(Reason.against(Reason.Kind.DIFFERENT_AGE, candidate.age().toString()));
            }
        }
        int place = places(candidate, reasons);
        support += place;
        if (relative(candidate, reasons)) {
            support += 2;
        }
        // Only places elsewhere and nothing else in common: a namesake, most likely.
        boolean elsewhere = !candidate.places().isEmpty() && place == 0 && support == 0;
        return new Match(candidate, strength(name, support, contradicted || elsewhere), reasons);
    }

    private static Strength strength(NameFit name, int support, boolean contradicted) {
        boolean named = name == NameFit.SAME || name == NameFit.PARTLY;
        if (named && support >= 3 && !contradicted) {
            return Strength.STRONG;
        }
        if (named && !contradicted || name == NameFit.SAME && support >= 2
                || name == NameFit.LAST_ONLY && support >= 3 && !contradicted) {
            return Strength.POSSIBLE;
        }
        return Strength.WEAK;
    }

    private NameFit name(Candidate candidate, List<Reason> reasons) {
        List<String> theirs = words(candidate.name());
        if (theirs.isEmpty()) {
            reasons.add(Reason.against(Reason.Kind.DIFFERENT_NAME, ""));
            return NameFit.NONE;
        }
        NameFit best = NameFit.NONE;
        String via = null;
        List<String> names = new ArrayList<>();
        names.add(person.legalName());
        person.otherNames().forEach(other -> names.add(other.name()));
        for (String known : names) {
            NameFit fit = fit(words(known), theirs);
            if (fit.ordinal() < best.ordinal()) {
                best = fit;
                via = known;
            }
        }
        boolean other = via != null && !via.equals(person.legalName());
        switch (best) {
            case SAME -> reasons.add(other ? Reason.because(Reason.Kind.OTHER_NAME, via)
                    : Reason.because(Reason.Kind.SAME_NAME, ""));
            case PARTLY -> reasons.add(Reason.because(Reason.Kind.NAME_PARTLY, other ? via : ""));
            case LAST_ONLY -> reasons.add(Reason.because(Reason.Kind.SAME_LAST_NAME, ""));
            case NONE -> reasons.add(Reason.against(Reason.Kind.DIFFERENT_NAME, ""));
        }
        return best;
    }

    /** First and last name as people write them; middle names and initials neither help nor hurt. */
    private static NameFit fit(List<String> known, List<String> theirs) {
        if (known.isEmpty()) {
            return NameFit.NONE;
        }
        String last = theirs.get(theirs.size() - 1);
        // "Ana Ruiz Lopez" may be listed as "Ana Lopez" or "Ana Ruiz": any family name counts.
        boolean sameLast = theirs.size() > 1 && known.subList(1, Math.max(1, known.size())).contains(last)
                || known.size() == 1 && known.get(0).equals(last);
        if (!sameLast) {
            return NameFit.NONE;
        }
        String first = theirs.get(0);
        String knownFirst = known.get(0);
        if (theirs.size() > 1 && first.equals(knownFirst)) {
            return NameFit.SAME;
        }
        if (theirs.size() > 1 && (first.length() == 1 || knownFirst.length() == 1 || first.startsWith(knownFirst)
                || knownFirst.startsWith(first)) && first.charAt(0) == knownFirst.charAt(0)) {
            return NameFit.PARTLY;
        }
        return NameFit.LAST_ONLY;
    }

    private int places(Candidate candidate, List<Reason> reasons) {
        if (candidate.places().isEmpty()) {
            return 0;
        }
        Set<String> states = new LinkedHashSet<>();
        if (person.state() != null) {
            states.add(person.state().toUpperCase(Locale.ROOT));
        }
        for (Profile.Address address : person.addresses()) {
            if (address.state() != null) {
                states.add(address.state().toUpperCase(Locale.ROOT));
            }
        }
        for (String place : candidate.places()) {
            String plain = " " + String.join(" ", words(place)) + " ";
            for (Profile.Address address : person.addresses()) {
                if (address.city() == null || address.city().isBlank()) {
                    continue;
                }
                String city = " " + String.join(" ", words(address.city())) + " ";
                // "Fresno" alone is a match; "Fresno, TX" is another Fresno.
                if (plain.contains(city) && (address.state() == null || showsState(place, address.state())
                        || !ANY_STATE.matcher(place).find())) {
                    reasons.add(Reason.because(Reason.Kind.SAME_CITY, place));
                    return 2;
                }
            }
        }
        for (String place : candidate.places()) {
            for (String state : states) {
                if (showsState(place, state)) {
                    reasons.add(Reason.because(Reason.Kind.SAME_STATE, state));
                    return 1;
                }
            }
        }
        reasons.add(Reason.against(Reason.Kind.OTHER_PLACES, String.join("; ", candidate.places())));
        return 0;
    }

    /** "Fresno, CA 93701" shows CA; "Lives in Fresno" does not show IN (codes are written in capitals). */
    private static boolean showsState(String place, String code) {
        return Pattern.compile("(^|[^A-Za-z])" + Pattern.quote(code.toUpperCase(Locale.ROOT)) + "($|[^A-Za-z])")
                .matcher(place).find();
    }

    private boolean relative(Candidate candidate, List<Reason> reasons) {
        for (String listed : candidate.relatives()) {
            List<String> theirs = words(listed);
            for (String known : relatives) {
                List<String> ours = words(known);
                if (!theirs.isEmpty() && !ours.isEmpty() && theirs.get(0).equals(ours.get(0))
                        && theirs.get(theirs.size() - 1).equals(ours.get(ours.size() - 1))) {
                    reasons.add(Reason.because(Reason.Kind.RELATIVE, listed));
                    return true;
                }
            }
        }
        return false;
    }

    /** Lower case, without accents or punctuation: "José O'Neil-Ruiz" gives jose, oneil, ruiz. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
