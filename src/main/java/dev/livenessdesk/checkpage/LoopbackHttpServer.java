package dev.livenessdesk.checkpage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check page's HTTP/1.1 server on 127.0.0.1. Heads are read by {@link RequestHeadReader}, which keeps slow
 * clients from starving the page; only a complete head reaches one of the few workers here, which checks the head's
 * limits, reads a bounded body (with a read timeout), has the {@link Handler} answer, and closes the connection.
 *
 * <p>Hand-written on purpose, not Jetty: Jetty's idle timeout starts again on every byte, so a slow-loris client
 * sending a byte now and then is not dropped within 10 s (CheckPageUnderAttackTest's bound), and enough of them hold
 * the page unreachable; here a head has {@link RequestHeadReader#HEAD_TIMEOUT_MILLIS} in all, counted from the
 * connection.
 */
final class LoopbackHttpServer implements AutoCloseable {

    /** How long a worker waits for the next byte of a body. */
    static final int BODY_TIMEOUT_MILLIS = 5_000;
    /** Larger bodies are refused before they are read; the page's calls are a few hundred bytes. */
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final int WORKERS = 4;
    private static final int WAITING_REQUESTS = 64;
    private static final Logger LOG = LoggerFactory.getLogger(LoopbackHttpServer.class);

    /** Answers one request whose head is complete; the body is bounded by Content-Length. */
    @FunctionalInterface
    interface Handler {
        Reply handle(RequestHead head, InputStream body) throws IOException;
    }

    /** An answer: status, header fields, and the body (left out for HEAD). */
    record Reply(int status, Map<String, String> fields, byte[] body) {
    }

    private final RequestHeadReader heads;
    private final Handler handler;
    private final ThreadPoolExecutor workers;
    private final Thread reader;

    LoopbackHttpServer(Handler handler, ThreadFactory threads) throws IOException {
        this.handler = handler;
        this.heads = new RequestHeadReader(this::dispatch);
        this.workers = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(WAITING_REQUESTS), threads);
        this.reader = threads.newThread(heads::readUntilClosed);
    }

    void start() {
        reader.start();
    }

    InetSocketAddress address() {
        return heads.address();
    }

    @Override
    public void close() {
        heads.close();
        workers.shutdownNow();
    }

    private void dispatch(RequestHeadReader.ArrivedHead arrived) {
        try {
            workers.execute(() -> answer(arrived));
        } catch (RejectedExecutionException busy) {
            arrived.drop();
        }
    }

    private void answer(RequestHeadReader.ArrivedHead arrived) {
        try (SocketChannel channel = arrived.channel()) {
            channel.configureBlocking(true);
            Socket socket = channel.socket();
            socket.setSoTimeout(BODY_TIMEOUT_MILLIS);
            byte[] bytes = arrived.bytes();
            int length = arrived.length();
            int headEnd = RequestHead.end(bytes, length);
            Optional<RequestHead> head = headEnd < 0 ? Optional.empty() : RequestHead.parse(bytes, headEnd);
            OutputStream out = socket.getOutputStream();
            if (headEnd < 0) {
                write(out, "GET", plain(431, "The request's head is too large"));
                return;
            }
            if (head.isEmpty()) {
                write(out, "GET", plain(400, "The request is not HTTP/1.1"));
                return;
            }
            Optional<Long> contentLength = contentLength(head.get());
            if (contentLength.isEmpty() || !head.get().all("Transfer-Encoding").isEmpty()) {
                write(out, head.get().method(), plain(400, "The request's length is not one plain Content-Length"));
                return;
            }
            if (contentLength.get() > MAX_BODY_BYTES) {
                write(out, head.get().method(), plain(413, "The request is too large"));
                return;
            }
            InputStream body = new BoundedInputStream(new SequenceInputStream(
                    new ByteArrayInputStream(bytes, headEnd, length - headEnd), socket.getInputStream()),
                    contentLength.get());
            Reply reply = handler.handle(head.get(), body);
            write(out, head.get().method(), reply);
            // A body the answer did not need is read before closing: unread bytes would make the close a reset,
            // and the client could lose the answer.
            socket.shutdownOutput();
            body.skip(MAX_BODY_BYTES);
        } catch (IOException | RuntimeException failed) {
            LOG.debug("The check page's server dropped a request: {}", failed.toString());
        }
    }

    /** The request's Content-Length: 0 when none was sent, empty when it is repeated, signed or not a number. */
    private static Optional<Long> contentLength(RequestHead head) {
        List<String> given = head.all("Content-Length");
        if (given.isEmpty()) {
            return Optional.of(0L);
        }
        if (given.size() != 1 || !given.get(0).matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(given.get(0)));
    }

    private static Reply plain(int status, String reason) {
        return new Reply(status, Map.of("Content-Type", "text/plain; charset=utf-8"),
                reason.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(OutputStream out, String method, Reply reply) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(reply.status()).append(' ')
                .append(reason(reply.status())).append("\r\n");
        reply.fields().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(reply.body().length).append("\r\n");
        head.append("Connection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!"HEAD".equals(method)) {
            out.write(reply.body());
        }
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 413 -> "Payload Too Large";
            case 421 -> "Misdirected Request";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            default -> "Status";
        };
    }

    /** Reads at most the body's declared length from the connection. */
    private static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long left;

        BoundedInputStream(InputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, left));
            if (read > 0) {
                left -= read;
            }
            return read;
        }
    }
}
