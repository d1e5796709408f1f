package dev.livenessdesk.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Stands between a client and a stand-in and makes every answer's {@code Date} header lie by a fixed offset, as a
 * server whose clock differs from this computer's would look. (The JDK's HttpServer always writes the true Date,
 * so the stand-ins cannot send another one themselves.) One answer per connection: it adds Connection: close.
 */
public final class ClockSkewProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final URI backend;
    private volatile Duration offset;
    private final Thread acceptor;

    private ClockSkewProxy(ServerSocket listener, URI backend, Duration offset) {
        this.listener = listener;
        this.backend = backend;
        this.offset = offset;
        this.acceptor = new Thread(this::acceptLoop, "clock-skew-proxy");
        acceptor.setDaemon(true);
    }

    /** @param offset how far the answers' Date is ahead of the true time (negative: behind) */
    public static ClockSkewProxy inFrontOf(URI backend, Duration offset) {
        try {
            ClockSkewProxy proxy = new ClockSkewProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()),
                    backend, offset);
            proxy.acceptor.start();
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the clock skew proxy", e);
        }
    }

    /** From now on, answers' Date is this far ahead of the true time. */
    public ClockSkewProxy offset(Duration newOffset) {
        offset = newOffset;
        return this;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread relay = new Thread(() -> relay(client), "clock-skew-relay");
                relay.setDaemon(true);
                relay.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket server = new Socket(backend.getHost(), backend.getPort())) {
            Thread upstream = new Thread(() -> copy(client, server), "clock-skew-upstream");
            upstream.setDaemon(true);
            upstream.start();
            InputStream fromServer = server.getInputStream();
            OutputStream toClient = client.getOutputStream();
            String head = readHead(fromServer);
            long length = 0;
            StringBuilder rewritten = new StringBuilder();
            for (String line : head.split("\r\n")) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("date:") || lower.startsWith("connection:")) {
                    continue;
                }
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                }
                rewritten.append(line).append("\r\n");
            }
            String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    Clock.offset(Clock.systemUTC(), offset).instant().atZone(ZoneOffset.UTC));
            rewritten.append("Date: ").append(date).append("\r\nConnection: close\r\n\r\n");
            toClient.write(rewritten.toString().getBytes(StandardCharsets.ISO_8859_1));
            toClient.write(fromServer.readNBytes((int) length));
            toClient.flush();
        } catch (IOException e) {
            // The client went away or the stand-in closed: nothing to relay.
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("The stand-in closed before its answer's head ended");
            }
            head.write(next);
            matched = next == end[matched] ? matched + 1 : (next == '\r' ? 1 : 0);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        return text.substring(0, text.length() - 4);
    }

    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // Either side closed: the relay is over.
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // Already closed.
        }
    }
}
