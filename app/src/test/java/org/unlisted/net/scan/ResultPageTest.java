package org.unlisted.net.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unlisted.catalog.Broker;
import org.unlisted.net.scan.ScanOutcome.Kind;

/** Reading hand-written result pages with a scan block: people, nobody, a CAPTCHA, a changed layout. */
class ResultPageTest {
    private static final URI PAGE = URI.create("https://people.example/search?fn=Ana&ln=Ruiz");
    private static final List<String> DOMAINS = List.of("people.example");

    private static ResultPage.Reading read(String file) {
        return ResultPage.read(ScanSites.SCAN, DOMAINS, PAGE, 200, ScanSites.page(file));
    }

    @Test
    void oneCardGivesItsNameAgePlacesRelativesAndAbsoluteLink() {
        ResultPage.Reading reading = read("one-match.html");
        assertThat(reading.kind()).isEqualTo(Kind.CANDIDATES);
        assertThat(reading.candidates()).singleElement().isEqualTo(new Candidate("Ana Ruiz", 42,
                List.of("Fresno, CA", "Sacramento, CA"), List.of("Bo Ruiz", "Carmen Ruiz"),
                "https://people.example/person/ana-ruiz/fresno-ca/p48213"));
    }

    @Test
    void severalCardsAndALinkToAnotherSiteIsDropped() {
        ResultPage.Reading reading = read("several.html");
        assertThat(reading.kind()).isEqualTo(Kind.CANDIDATES);
        assertThat(reading.candidates()).extracting(Candidate::name)
                .containsExactly("Ana M Ruiz", "Ana Ruiz", "Ana Ruiz", "Ana L Ruiz");
        Candidate elsewhere = reading.candidates().get(3);
        assertThat(elsewhere.listingUrl()).as("partner-reports.example is not this broker").isNull();
        assertThat(elsewhere.age()).isNull();
        assertThat(reading.candidates().get(1).listingUrl()).startsWith("https://people.example/person/");
    }

    @Test
    void theNoResultsMarkerMeansNobody() {
        assertThat(read("no-match.html")).isEqualTo(new ResultPage.Reading(Kind.NO_RESULTS, List.of()));
    }

    @Test
    void aCaptchaOrARefusalMeansCheckInYourBrowser() {
        assertThat(read("captcha.html").kind()).isEqualTo(Kind.BLOCKED);
        assertThat(read("denied.html").kind()).as("the site's own blocked text").isEqualTo(Kind.BLOCKED);
        assertThat(ResultPage.read(ScanSites.SCAN, DOMAINS, PAGE, 403, "<html><body>Forbidden</body></html>").kind())
                .isEqualTo(Kind.BLOCKED);
    }

    @Test
    void aChangedLayoutIsCouldNotReadNeverNobody() {
        assertThat(read("changed-layout.html").kind()).isEqualTo(Kind.UNREADABLE);
        assertThat(ResultPage.read(ScanSites.SCAN, DOMAINS, PAGE, 500, ScanSites.page("one-match.html")).kind())
                .as("an error page is not a list of people").isEqualTo(Kind.UNREADABLE);
    }

    @Test
    void aSelectorJsoupCannotParseIsCouldNotRead() {
        Broker.Scan broken = new Broker.Scan("article[[", "h2", null, null, null, "a", null, null);
        assertThat(ResultPage.read(broken, DOMAINS, PAGE, 200, ScanSites.page("one-match.html")).kind())
                .isEqualTo(Kind.UNREADABLE);
    }

    @Test
    void ageIsTheFirstNumberAPersonsAgeCouldBe() {
        assertThat(ResultPage.age("Age 42")).isEqualTo(42);
        assertThat(ResultPage.age("42 years old")).isEqualTo(42);
        assertThat(ResultPage.age("Born 1984 (age 42)")).isEqualTo(42);
        assertThat(ResultPage.age("Age unknown")).isNull();
    }

    @Test
    void onlyWebPagesOnTheBrokersOwnDomainsAreKept() {
        assertThat(ResultPage.listingUrl("https://www.people.example/p/1", DOMAINS)).isNotNull();
        assertThat(ResultPage.listingUrl("https://people.example.evil.test/p/1", DOMAINS)).isNull();
        assertThat(ResultPage.listingUrl("javascript:alert(1)", DOMAINS)).isNull();
        assertThat(ResultPage.listingUrl("", DOMAINS)).isNull();
    }

    @Test
    void anyTextAtAllGivesAnOutcomeNotACrash() {
        String[] pieces = {"<article class=person-card>", "<h2 class=name>", "<a href=\"", "\">", "</a>", "</h2>",
            "Age ", "99999999999999999999", "<li>", "No records", "\u0000", "<script>", "]]>", "<!--", "&#x0;",
            "<a href='javascript:x'>", "<a href='//other.example/p'>", "captcha", "\uD800", "<<<", "\"", "Ana Ruiz"};
        Random random = new Random(8);
        for (int i = 0; i < 500; i++) {
            StringBuilder html = new StringBuilder();
            for (int j = random.nextInt(60); j > 0; j--) {
                html.append(random.nextBoolean() ? pieces[random.nextInt(pieces.length)] : (char) random.nextInt(0x3000));
            }
            ResultPage.Reading reading = ResultPage.read(ScanSites.SCAN, DOMAINS, PAGE, random.nextInt(600),
                    html.toString());
            assertThat(reading.kind()).isNotNull();
            assertThat(reading.candidates().size()).isLessThanOrEqualTo(ResultPage.MOST_CANDIDATES);
        }
        assertThat(ResultPage.read(ScanSites.SCAN, DOMAINS, PAGE, 200, null).kind()).isEqualTo(Kind.UNREADABLE);
    }

    @Test
    void aPageOfThousandsOfCardsStopsAtTheLimit() {
        String card = "<article class=person-card><h2 class=name><a href=/p/1>Ana Ruiz</a></h2></article>";
        String html = "<html><body>" + card.repeat(5_000) + "</body></html>";
        ResultPage.Reading reading = ResultPage.read(ScanSites.SCAN, DOMAINS, PAGE, 200, html);
        assertThat(reading.candidates()).hasSize(ResultPage.MOST_CANDIDATES);
    }
}
