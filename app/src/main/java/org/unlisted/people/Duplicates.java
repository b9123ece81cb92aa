package org.unlisted.people;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** When two profiles are probably the same person, so an import or a new entry does not add them twice. */
final class Duplicates {
    private Duplicates() {
    }

    static boolean samePerson(Profile a, Profile b) {
        Set<String> namesA = names(a);
        namesA.retainAll(names(b));
        if (namesA.isEmpty()) {
            return false;
        }
        if (a.dateOfBirth() != null && b.dateOfBirth() != null) {
            return a.dateOfBirth().equals(b.dateOfBirth());
        }
        return a.state() != null && a.state().equalsIgnoreCase(b.state());
    }

    private static Set<String> names(Profile profile) {
        Set<String> names = new HashSet<>();
        names.add(key(profile.legalName()));
        profile.otherNames().forEach(other -> names.add(key(other.name())));
        return names;
    }

    /** "José  O'Neil" and "jose oneil" are the same key: case, accents, punctuation and spacing ignored. */
    static String key(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", "").replaceAll("\\s+", " ").strip();
    }
}
