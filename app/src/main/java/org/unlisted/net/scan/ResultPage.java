package org.unlisted.net.scan;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.unlisted.catalog.Broker;
import org.unlisted.net.Network;

/**
 * Reads one broker's result page with the selectors of its {@code scan} block. Whatever the page
 * holds, the answer is an outcome, never an exception: a page that does not fit the selectors is
 * "could not read", and a page that asks for a human is "check in your browser".
 */
final class ResultPage {
    /** A result page with more people than this is a list of strangers; the first ones are enough. */
    static final int MOST_CANDIDATES = 50;
    private static final int LONGEST_TEXT = 200;
    private static final int MOST_PLACES = 12;
    /** What CAPTCHA and bot-check pages carry, whatever the site (widgets, challenge forms). */
    private static final String CAPTCHA_SIGNS = ".g-recaptcha, .h-captcha, .cf-turnstile, [data-sitekey],"
            + " iframe[src*=captcha], iframe[src*=challenge], form#challenge-form, [id*=captcha], [class*=captcha],"
            + " [name*=captcha]";
    private static final List<String> CAPTCHA_WORDS = List.of("verify you are human", "are you a robot",
            "not a robot", "unusual traffic", "complete the security check", "access denied");
    private static final Pattern AGE = Pattern.compile("\\b(\\d{1,3})\\b");

    private ResultPage() {
    }

    /** What a page said: its kind and, for {@code CANDIDATES}, the people on it. */
    record Reading(ScanOutcome.Kind kind, List<Candidate> candidates) {
        static Reading of(ScanOutcome.Kind kind) {
            return new Reading(kind, List.of());
        }
    }

    static Reading read(Broker.Scan scan, Collection<String> domains, URI pageUrl, int status, String html) {
        try {
            return readOrFail(scan, domains, pageUrl, status, html);
        } catch (RuntimeException unexpected) {
            // A selector jsoup cannot parse, or a page beyond its patience: the layout is not what we know.
            return Reading.of(ScanOutcome.Kind.UNREADABLE);
        }
    }

    private static Reading readOrFail(Broker.Scan scan, Collection<String> domains, URI pageUrl, int status,
                                      String html) {
        if (status == 401 || status == 403 || status == 429) {
            return Reading.of(ScanOutcome.Kind.BLOCKED);
        }
        Document page = Jsoup.parse(html == null ? "" : html, pageUrl.toString());
        String text = page.text().toLowerCase(Locale.ROOT);
        if (mentions(text, scan.blockedText())) {
            return Reading.of(ScanOutcome.Kind.BLOCKED);
        }
        List<Candidate> candidates = new ArrayList<>();
        if (status >= 200 && status < 300) {
            for (Element result : page.select(scan.resultSelector())) {
                candidate(scan, domains, result).ifPresent(candidates::add);
                if (candidates.size() == MOST_CANDIDATES) {
                    break;
                }
            }
        }
        if (!candidates.isEmpty()) {
            return new Reading(ScanOutcome.Kind.CANDIDATES, candidates);
        }
        // A page that says it searched and found no one did search, whatever widget its footer has.
        if (mentions(text, scan.noResultsText())) {
            return Reading.of(ScanOutcome.Kind.NO_RESULTS);
        }
        if (!page.select(CAPTCHA_SIGNS).isEmpty() || CAPTCHA_WORDS.stream().anyMatch(text::contains)) {
            return Reading.of(ScanOutcome.Kind.BLOCKED);
        }
        return Reading.of(ScanOutcome.Kind.UNREADABLE);
    }

    private static boolean mentions(String pageText, String marker) {
        return marker != null && !marker.isBlank()
                && pageText.contains(marker.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    private static java.util.Optional<Candidate> candidate(Broker.Scan scan, Collection<String> domains,
                                                           Element result) {
        Element link = scan.linkSelector() == null ? null : result.selectFirst(scan.linkSelector());
        String name = scan.nameSelector() != null ? first(result, scan.nameSelector())
                : link == null ? "" : clip(link.text());
        String url = link == null ? null : listingUrl(link.absUrl("href"), domains);
        if (name.isEmpty() && url == null) {
            return java.util.Optional.empty();
        }
        Integer age = scan.ageSelector() == null ? null : age(first(result, scan.ageSelector()));
        return java.util.Optional.of(new Candidate(name, age, all(result, scan.placesSelector()),
                all(result, scan.relativesSelector()), url));
    }

    private static String first(Element result, String selector) {
        Element found = result.selectFirst(selector);
        return found == null ? "" : clip(found.text());
    }

    private static List<String> all(Element result, String selector) {
        if (selector == null) {
            return List.of();
        }
        Elements found = result.select(selector);
        List<String> texts = new ArrayList<>();
        for (Element element : found) {
            String text = clip(element.text());
            if (!text.isEmpty() && !texts.contains(text) && texts.size() < MOST_PLACES) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** "Age 42", "42 years old", "(42)": the first number a person's age could be. */
    static Integer age(String text) {
        Matcher number = AGE.matcher(text);
        while (number.find()) {
            int value = Integer.parseInt(number.group(1));
            if (value >= 14 && value <= 120) {
                return value;
            }
        }
        return null;
    }

    /** The address only if it is a web page on the broker's own site; a link elsewhere is dropped. */
    static String listingUrl(String absolute, Collection<String> domains) {
        if (absolute == null || absolute.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(absolute);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((!scheme.equals("https") && !scheme.equals("http")) || uri.getHost() == null
                    || !Network.allowed(uri.getHost(), domains)) {
                return null;
            }
            return absolute;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String clip(String text) {
        String plain = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return plain.length() <= LONGEST_TEXT ? plain : plain.substring(0, LONGEST_TEXT);
    }
}
