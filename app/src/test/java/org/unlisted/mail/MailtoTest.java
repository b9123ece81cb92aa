package org.unlisted.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MailtoTest {
    @Test
    void spacesAndLineBreaksAreEncodedTheRfc6068Way() {
        assertThat(Mailto.uri("privacy@broker.example", "Opt-out request", "Hello,\nplease remove me.\n"))
                .isEqualTo("mailto:privacy@broker.example?subject=Opt-out%20request"
                        + "&body=Hello%2C%0D%0Aplease%20remove%20me.%0D%0A");
    }

    @Test
    void everyKindOfLineBreakBecomesCrLf() {
        assertThat(Mailto.uri("a@example.org", "", "one\r\ntwo\rthree\nfour"))
                .isEqualTo("mailto:a@example.org?body=one%0D%0Atwo%0D%0Athree%0D%0Afour");
    }

    @Test
    void lettersBeyondAsciiAreUtf8PercentEncoded() {
        assertThat(Mailto.uri("a@example.org", "Zoë 李", "é"))
                .isEqualTo("mailto:a@example.org?subject=Zo%C3%AB%20%E6%9D%8E&body=%C3%A9");
    }

    @Test
    void charactersWithAMeaningInAUriAreEncoded() {
        String uri = Mailto.uri("ana+optout@example.org", "a&b=c?d#e%f+g/h'i", "x&body=injected");
        assertThat(uri).isEqualTo("mailto:ana%2Boptout@example.org?subject=a%26b%3Dc%3Fd%23e%25f%2Bg%2Fh%27i"
                + "&body=x%26body%3Dinjected");
        // A standard URI parser reads it back as the same three parts.
        URI parsed = URI.create(uri);
        assertThat(parsed.getScheme()).isEqualTo("mailto");
        String[] parts = parsed.getRawSchemeSpecificPart().split("[?&]");
        assertThat(parts).hasSize(3);
        assertThat(decode(parts[0])).isEqualTo("ana+optout@example.org");
        assertThat(decode(parts[1])).isEqualTo("subject=a&b=c?d#e%f+g/h'i");
        assertThat(decode(parts[2])).isEqualTo("body=x&body=injected");
    }

    @Test
    void aLongLetterRoundTrips() {
        String body = "Dear Sir or Madam,\n\nUnder the CCPA I ask you to delete my personal information.\n"
                + "Name: Zoë Ñúñez García (李小龍)\nThank you.\n";
        String uri = Mailto.uri("privacy@broker.example", "Deletion request – Zoë", body);
        assertThat(uri).doesNotContain(" ", "\n", "\r", "+");
        String encodedBody = uri.substring(uri.indexOf("&body=") + "&body=".length());
        assertThat(decode(encodedBody)).isEqualTo(body.replace("\n", "\r\n"));
    }

    @Test
    void anEmptySubjectAndBodyAreLeftOut() {
        assertThat(Mailto.uri(" a@example.org ", "", null)).isEqualTo("mailto:a@example.org");
        assertThat(Mailto.uri("a@example.org", null, "b")).isEqualTo("mailto:a@example.org?body=b");
        assertThat(Mailto.uri("a@example.org", "s", "")).isEqualTo("mailto:a@example.org?subject=s");
    }

    @Test
    void aSubjectStaysOnOneLine() {
        assertThat(Mailto.uri("a@example.org", "one\r\ntwo", "")).isEqualTo("mailto:a@example.org?subject=one%20two");
    }

    @Test
    void aRecipientThatIsNotOneAddressIsRefusedWithoutRepeatingIt() {
        for (String to : new String[] {"", "not an address", "a@example.org,b@example.org", "a@example.org?cc=b@example.org"}) {
            assertThatThrownBy(() -> Mailto.uri(to, "s", "b")).as(to).isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("example"));
        }
    }

    /** Percent-decoding only (URLDecoder would also turn + into a space, so + is protected first). */
    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
