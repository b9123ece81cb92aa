package org.unlisted.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.SSLSocket;

/**
 * Just enough of an SMTP submission server to test STARTTLS, which GreenMail's SMTP does not
 * offer: it greets in plain text, offers STARTTLS, and only after the switch to TLS offers a
 * login (AUTH PLAIN) and takes mail. It records every command heard before TLS, so a test can
 * show the login and the message never went over the wire in the clear. It refuses any
 * recipient {@code nobody@...}.
 */
final class StartTlsServer implements AutoCloseable {
    private final ServerSocket socket;
    private final String username;
    private final String password;
    private final boolean offersLogin;
    private final Thread thread;
    final List<String> plainCommands = Collections.synchronizedList(new ArrayList<>());
    final List<String> helloNames = Collections.synchronizedList(new ArrayList<>());
    final List<String> messages = Collections.synchronizedList(new ArrayList<>());

    /** @param offersLogin false for a server that never asks for a login, even over TLS */
    StartTlsServer(String username, String password, boolean offersLogin) throws IOException {
        this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        this.username = username;
        this.password = password;
        this.offersLogin = offersLogin;
        this.thread = new Thread(this::serve, "starttls-test-server");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // the client went away or the server closed; take the next one
            }
        }
    }

    private void converse(Socket plain) throws IOException {
        Socket current = plain;
        BufferedReader in = reader(current);
        OutputStream out = current.getOutputStream();
        boolean tls = false;
        boolean loggedIn = false;
        StringBuilder data = null;
        say(out, "220 starttls.test ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            if (data != null) {
                if (line.equals(".")) {
                    messages.add(data.toString());
                    data = null;
                    say(out, "250 2.0.0 Accepted");
                } else {
                    data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
                }
                continue;
            }
            if (!tls) {
                plainCommands.add(line);
            }
            String verb = line.split(" ", 2)[0].toUpperCase(java.util.Locale.ROOT);
            switch (verb) {
                case "EHLO" -> {
                    helloNames.add(line.substring(5).trim());
                    if (!tls) {
                        say(out, "250-starttls.test", "250 STARTTLS");
                    } else if (offersLogin) {
                        say(out, "250-starttls.test", "250 AUTH PLAIN");
                    } else {
                        say(out, "250 starttls.test");
                    }
                }
                case "STARTTLS" -> {
                    say(out, "220 2.0.0 Ready to start TLS");
                    SSLSocket secure = (SSLSocket) TestTls.serverContext().getSocketFactory()
                            .createSocket(current, null, current.getPort(), true);
                    secure.setUseClientMode(false);
                    secure.startHandshake();
                    current = secure;
                    in = reader(current);
                    out = current.getOutputStream();
                    tls = true;
                }
                case "AUTH" -> {
                    String[] words = line.split(" ");
                    String response = words.length > 2 ? words[2] : null;
                    if (response == null) {
                        say(out, "334 ");
                        response = in.readLine();
                    }
                    // RFC 4616: authorization id (may be empty), NUL, login, NUL, password; in UTF-8.
                    String[] parts = response == null ? new String[0]
                            : new String(Base64.getDecoder().decode(response.trim()), StandardCharsets.UTF_8).split("\0", -1);
                    loggedIn = tls && parts.length == 3 && parts[1].equals(username) && parts[2].equals(password);
                    say(out, loggedIn ? "235 2.7.0 Authentication successful" : "535 5.7.8 Authentication failed");
                }
                case "MAIL" -> say(out, tls && (loggedIn || !offersLogin) ? "250 2.1.0 OK" : "530 5.7.0 Must log in first");
                case "RCPT" -> say(out, line.toLowerCase(java.util.Locale.ROOT).contains("<nobody@")
                        ? "550 5.1.1 No such mailbox" : "250 2.1.5 OK");
                case "DATA" -> {
                    data = new StringBuilder();
                    say(out, "354 End data with <CR><LF>.<CR><LF>");
                }
                case "RSET", "NOOP" -> say(out, "250 2.0.0 OK");
                case "QUIT" -> {
                    say(out, "221 2.0.0 Bye");
                    return;
                }
                default -> say(out, "502 5.5.2 Not implemented");
            }
        }
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    private static void say(OutputStream out, String... lines) throws IOException {
        out.write((String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
