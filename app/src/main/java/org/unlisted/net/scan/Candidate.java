package org.unlisted.net.scan;

import java.util.List;

/**
 * One person a broker's result page shows, as read from the page: maybe the person scanning,
 * maybe someone with the same name. Never confirmed by the app; the person decides.
 *
 * @param age        the age the page shows, or null
 * @param listingUrl the page about this person, only if it is on the broker's own domains (else null)
 */
public record Candidate(String name, Integer age, List<String> places, List<String> relatives, String listingUrl) {

    public Candidate {
        name = name == null ? "" : name;
        places = List.copyOf(places);
        relatives = List.copyOf(relatives);
    }
}
