package org.unlisted.net;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal SOCKS5 relay for tests: no authentication, CONNECT only. It records the host names
 * it was asked for (proving the name was resolved by the proxy, not locally) and connects every
 * request to a local port, where the test's server listens.
 */
final class SocksRelay implements AutoCloseable {
    final List<String> askedFor = new CopyOnWriteArrayList<>();
    private final ServerSocket server;
    private final int targetPort;

    SocksRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::serve, "socks-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread handler = new Thread(() -> relay(client), "socks-relay-conn");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client) {
            DataInputStream in = new DataInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            in.readUnsignedByte(); // version 5
            int methods = in.readUnsignedByte();
            in.readNBytes(methods);
            out.write(new byte[] {5, 0});
            in.readUnsignedByte(); // version
            in.readUnsignedByte(); // CONNECT
            in.readUnsignedByte(); // reserved
            int type = in.readUnsignedByte();
            if (type == 3) {
                askedFor.add(new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.US_ASCII));
            } else {
                askedFor.add("address-type-" + type);
                in.readNBytes(type == 1 ? 4 : 16);
            }
            in.readUnsignedShort();
            try (Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
                out.write(new byte[] {5, 0, 0, 1, 127, 0, 0, 1, 0, 0});
                out.flush();
                Thread back = new Thread(() -> pipe(target, client), "socks-relay-back");
                back.setDaemon(true);
                back.start();
                pipe(client, target);
                back.join(5_000);
            }
        } catch (IOException | InterruptedException ignored) {
            // a test connection ending early is not a test failure
        }
    }

    private static void pipe(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException ignored) {
            // closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
