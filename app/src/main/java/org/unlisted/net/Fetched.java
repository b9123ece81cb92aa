package org.unlisted.net;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A page as it arrived: its final address after allowed redirects, status and body. */
public record Fetched(URI url, int status, String contentType, byte[] body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The body as text, in the charset the server named, UTF-8 otherwise. */
    public String text() {
        Charset charset = StandardCharsets.UTF_8;
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.strip();
                if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                    try {
                        charset = Charset.forName(p.substring(8).replace("\"", ""));
                    } catch (IllegalArgumentException unknown) {
                        // keep UTF-8: a wrong label should not lose the page
                    }
                }
            }
        }
        return new String(body, charset);
    }
}
