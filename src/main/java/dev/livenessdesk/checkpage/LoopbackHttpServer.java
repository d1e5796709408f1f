package dev.livenessdesk.checkpage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
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
 * The check page's HTTP/1.1 server on 127.0.0.1. Any local process can connect during the check's start window,
 * so a slow client must not starve the page: request heads are read by one thread on a selector, never by a worker.
 * A head that is not complete within {@link #HEAD_TIMEOUT_MILLIS} is dropped, and a client address holds at most
 * {@link #UNFINISHED_HEADS_PER_CLIENT} unfinished heads: a new connection beyond that drops that address's oldest,
 * so a fresh request (a browser sends its head at once) is always read, however many dribbling ones there are. Only
 * a complete head reaches one of the few workers, which reads a bounded body (with a read timeout), answers, and
 * closes the connection.
 */
final class LoopbackHttpServer implements AutoCloseable {

    /** How long a client may take to send a request's head. */
    static final int HEAD_TIMEOUT_MILLIS = 5_000;
    /** Unfinished heads one client address may hold; loopback clients all share 127.0.0.1. */
    static final int UNFINISHED_HEADS_PER_CLIENT = 32;
    /** How long a worker waits for the next byte of a body. */
    static final int BODY_TIMEOUT_MILLIS = 5_000;
    static final int MAX_HEAD_BYTES = 16 * 1024;
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

    private final ServerSocketChannel listener;
    private final Selector selector;
    private final Handler handler;
    private final ThreadPoolExecutor workers;
    private final Map<InetAddress, Deque<Unfinished>> unfinished = new HashMap<>();
    private final Thread reader;
    private volatile boolean open = true;

    LoopbackHttpServer(Handler handler, ThreadFactory threads) throws IOException {
        this.handler = handler;
        this.selector = Selector.open();
        this.listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
        listener.configureBlocking(false);
        listener.register(selector, SelectionKey.OP_ACCEPT);
        this.workers = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(WAITING_REQUESTS), threads);
        this.reader = threads.newThread(this::readHeads);
    }

    void start() {
        reader.start();
    }

    InetSocketAddress address() {
        try {
            return (InetSocketAddress) listener.getLocalAddress();
        } catch (IOException closed) {
            throw new IllegalStateException("the check page's server is closed", closed);
        }
    }

    @Override
    public void close() {
        open = false;
        selector.wakeup();
        workers.shutdownNow();
        quietly(listener);
    }

    /** A connection whose head is still arriving. */
    private static final class Unfinished {
        final SocketChannel channel;
        final InetAddress client;
        final long deadline;
        final ByteBuffer bytes = ByteBuffer.allocate(MAX_HEAD_BYTES);
        SelectionKey key;

        Unfinished(SocketChannel channel, InetAddress client, long deadline) {
            this.channel = channel;
            this.client = client;
            this.deadline = deadline;
        }
    }

    private void readHeads() {
        try {
            while (open) {
                selector.select(250);
                List<Unfinished> complete = new ArrayList<>();
                Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
                while (ready.hasNext()) {
                    SelectionKey key = ready.next();
                    ready.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else if (key.isReadable()) {
                        read((Unfinished) key.attachment(), complete);
                    }
                }
                dropLate(System.nanoTime());
                if (!complete.isEmpty()) {
                    // Cancelled keys leave the selector at its next selection; only then may a channel block.
                    selector.selectNow();
                    complete.forEach(this::dispatch);
                }
            }
        } catch (IOException | RuntimeException failed) {
            if (open) {
                LOG.warn("The check page's server stopped reading requests", failed);
            }
        } finally {
            unfinished.values().forEach(queue -> queue.forEach(u -> quietly(u.channel)));
            unfinished.clear();
            quietly(selector);
        }
    }

    private void accept() throws IOException {
        SocketChannel channel;
        while ((channel = listener.accept()) != null) {
            InetAddress client = ((InetSocketAddress) channel.getRemoteAddress()).getAddress();
            channel.configureBlocking(false);
            Deque<Unfinished> fromClient = unfinished.computeIfAbsent(client, c -> new ArrayDeque<>());
            if (fromClient.size() >= UNFINISHED_HEADS_PER_CLIENT) {
                drop(fromClient.pollFirst());
            }
            Unfinished arriving = new Unfinished(channel, client,
                    System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(HEAD_TIMEOUT_MILLIS));
            arriving.key = channel.register(selector, SelectionKey.OP_READ, arriving);
            fromClient.addLast(arriving);
        }
    }

    private void read(Unfinished arriving, List<Unfinished> complete) {
        try {
            int read = arriving.channel.read(arriving.bytes);
            if (read < 0) {
                forget(arriving);
                drop(arriving);
                return;
            }
            if (RequestHead.end(arriving.bytes.array(), arriving.bytes.position()) >= 0) {
                forget(arriving);
                arriving.key.cancel();
                complete.add(arriving);
            } else if (!arriving.bytes.hasRemaining()) {
                forget(arriving);
                arriving.key.cancel();
                complete.add(arriving);
            }
        } catch (IOException broken) {
            forget(arriving);
            drop(arriving);
        }
    }

    private void dropLate(long now) {
        for (Iterator<Deque<Unfinished>> clients = unfinished.values().iterator(); clients.hasNext(); ) {
            Deque<Unfinished> fromClient = clients.next();
            while (!fromClient.isEmpty() && fromClient.peekFirst().deadline - now <= 0) {
                drop(fromClient.pollFirst());
            }
            if (fromClient.isEmpty()) {
                clients.remove();
            }
        }
    }

    private void forget(Unfinished arriving) {
        Deque<Unfinished> fromClient = unfinished.get(arriving.client);
        if (fromClient != null) {
            fromClient.remove(arriving);
        }
    }

    private void drop(Unfinished arriving) {
        if (arriving.key != null) {
            arriving.key.cancel();
        }
        quietly(arriving.channel);
    }

    private void dispatch(Unfinished arriving) {
        try {
            workers.execute(() -> answer(arriving));
        } catch (RejectedExecutionException busy) {
            quietly(arriving.channel);
        }
    }

    private void answer(Unfinished arriving) {
        try (SocketChannel channel = arriving.channel) {
            channel.configureBlocking(true);
            Socket socket = channel.socket();
            socket.setSoTimeout(BODY_TIMEOUT_MILLIS);
            byte[] bytes = arriving.bytes.array();
            int length = arriving.bytes.position();
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

    private static void quietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing a connection nobody waits for.
        }
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
