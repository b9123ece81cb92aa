package org.unlisted.ui.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.unlisted.core.UnlistedException;
import org.unlisted.people.PeopleProblem;
import org.unlisted.people.Profile;
import org.unlisted.people.ProfileRules;

/**
 * The profile form as text the person types: one field per detail, lists one item per line. It
 * turns into a {@link Profile} only when every line reads correctly.
 */
public final class ProfileForm {
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty otherNames = new SimpleStringProperty("");
    final StringProperty birthDate = new SimpleStringProperty("");
    final StringProperty state = new SimpleStringProperty("");
    final StringProperty addresses = new SimpleStringProperty("");
    final StringProperty phones = new SimpleStringProperty("");
    final StringProperty emails = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");

    /** Fills the form from a saved profile, or empties it. */
    void show(Profile profile) {
        name.set(profile == null ? "" : profile.legalName());
        otherNames.set(profile == null ? "" : profile.otherNames().stream().map(Profile.OtherName::name)
                .collect(Collectors.joining("\n")));
        birthDate.set(profile == null || profile.dateOfBirth() == null ? "" : profile.dateOfBirth().toString());
        state.set(profile == null ? "" : profile.state());
        addresses.set(profile == null ? "" : profile.addresses().stream().map(Profile.Address::oneLine)
                .collect(Collectors.joining("\n")));
        phones.set(profile == null ? "" : String.join("\n", profile.phones()));
        emails.set(profile == null ? "" : String.join("\n", profile.emails()));
        notes.set(profile == null ? "" : profile.notes());
    }

    /** The profile the form describes, on top of {@code base} (id, "me", dates); or the first problem. */
    Profile toProfile(Profile base) throws UnlistedException {
        if (name.get() == null || name.get().isBlank()) {
            throw new UnlistedException(PeopleProblem.NAME_MISSING); // the first field, the first problem
        }
        List<Profile.OtherName> others = lines(otherNames.get()).stream()
                .map(line -> new Profile.OtherName(line, Profile.OtherName.Kind.ALIAS)).toList();
        List<Profile.Address> places = new ArrayList<>();
        List<String> addressLines = lines(addresses.get());
        for (int i = 0; i < addressLines.size(); i++) {
            places.add(ProfileRules.address(addressLines.get(i), i == 0));
        }
        List<String> phoneNumbers = new ArrayList<>();
        for (String phone : lines(phones.get())) {
            phoneNumbers.add(ProfileRules.phone(phone));
        }
        LocalDate birth = birthDate.get().isBlank() ? null : ProfileRules.birthDate(birthDate.get());
        String code = state.get().isBlank() && !places.isEmpty() ? places.get(0).state() : state.get();
        return base.withNameAndState(name.get().strip(), ProfileRules.state(code)).withNotes(notes.get())
                .withDetails(others, birth, places, phoneNumbers, lines(emails.get()));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }
}
