package org.unlisted.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unlisted.core.UnlistedException;

/** The names of the people in someone's household: a listing that shows them as relatives is more likely theirs. */
public final class KnownRelatives {
    private KnownRelatives() {
    }

    public static List<String> of(People people, Households households, Profile person) throws UnlistedException {
        Optional<Households.Household> household = households.of(person.id());
        List<String> names = new ArrayList<>();
        if (household.isPresent()) {
            for (Households.Member member : household.get().members()) {
                if (member.profileId() != person.id()) {
                    Profile other = people.get(member.profileId());
                    names.add(other.legalName());
                    other.otherNames().forEach(name -> names.add(name.name()));
                }
            }
        }
        return names;
    }
}
