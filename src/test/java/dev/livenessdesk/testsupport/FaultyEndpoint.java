package dev.livenessdesk.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An endpoint on 127.0.0.1 that misbehaves the way real networks and proxies do, below what an HTTP server
 * library lets a test do: it accepts and never answers, drips an answer a byte at a time, resets the connection
 * in the middle of an answer, or answers anything at all (malformed JSON, an HTML 502 from a proxy). Every
 * connection gets the same fault; it counts the requests that reached it.
 */
public final class FaultyEndpoint implements AutoCloseable {

    /** What happens to each request. */
    public sealed interface Fault permits Hang, Drip, ResetMidAnswer, Answer {
    }

    /** Reads the request and never answers (the connection stays open). */
    public record Hang() implements Fault {
    }

    /** Sends a 200 whose body arrives one byte every {@code every}: each read succeeds, the answer never ends. */
    public record Drip(String body, Duration every) implements Fault {
    }

    /** Sends the headers and part of the body, then resets the connection (TCP RST). */
    public record ResetMidAnswer(String body) implements Fault {
    }

    /** Sends this status, content type and body, whole and at once. */
    public record Answer(int status, String contentType, String body) implements Fault {
    }

    private final ServerSocket server;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "faulty-endpoint");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final Fault fault;

    private FaultyEndpoint(ServerSocket server, Fault fault) {
        this.server = server;
        this.fault = fault;
    }

    public static FaultyEndpoint start(Fault fault) {
        try {
            ServerSocket server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            FaultyEndpoint endpoint = new FaultyEndpoint(server, fault);
            endpoint.workers.submit(endpoint::acceptLoop);
            return endpoint;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the faulty endpoint", e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /** How many requests arrived, one per attempt the client made. */
    public int requests() {
        return requests.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                workers.submit(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            readRequest(socket.getInputStream());
            requests.incrementAndGet();
            OutputStream out = socket.getOutputStream();
            if (fault instanceof Hang) {
                Thread.sleep(Long.MAX_VALUE);
            } else if (fault instanceof Drip drip) {
                byte[] body = drip.body().getBytes(StandardCharsets.UTF_8);
                // Announce more than is ever sent, so the answer is never complete.
                out.write(head(200, "application/x-amz-json-1.1", body.length * 100L));
                out.flush();
                for (int i = 0; ; i = (i + 1) % body.length) {
                    out.write(body[i]);
                    out.flush();
                    Thread.sleep(drip.every().toMillis());
                }
            } else if (fault instanceof ResetMidAnswer reset) {
                byte[] body = reset.body().getBytes(StandardCharsets.UTF_8);
                out.write(head(200, "application/x-amz-json-1.1", body.length));
                out.write(body, 0, body.length / 2);
                out.flush();
                Thread.sleep(50);
                socket.setSoLinger(true, 0);
            } else if (fault instanceof Answer answer) {
                byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
                out.write(head(answer.status(), answer.contentType(), body.length));
                out.write(body);
                out.flush();
            }
        } catch (IOException | InterruptedException gone) {
            // The client gave up or the endpoint closed: nothing to do.
        } finally {
            open.remove(socket);
        }
    }

    private static byte[] head(int status, String contentType, long length) {
        return ("HTTP/1.1 " + status + " Whatever\r\n"
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + length + "\r\n"
                + "x-amzn-RequestId: 11111111-2222-3333-4444-555555555555\r\n"
                + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads the head and the Content-Length body of one request. */
    private static void readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed before the request ended");
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        long length = 0;
        for (String line : head.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Long.parseLong(line.substring("content-length:".length()).trim());
            }
        }
        in.readNBytes((int) length);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        open.forEach(socket -> {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        });
        workers.shutdownNow();
    }
}
