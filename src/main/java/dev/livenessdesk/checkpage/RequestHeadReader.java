package dev.livenessdesk.checkpage;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check page server's front door: accepts connections on 127.0.0.1 and reads their request heads on one thread
 * with a selector, so a slow client never holds a worker. Any local process can connect during the check's start
 * window: a head that is not complete within {@link #HEAD_TIMEOUT_MILLIS} is dropped, and a client address holds at
 * most {@link #UNFINISHED_HEADS_PER_CLIENT} unfinished heads: a new connection beyond that drops that address's
 * oldest, so a fresh request (a browser sends its head at once) is always read, however many dribbling ones there
 * are. The timeout counts from the connection, not from the last byte: a client sending one byte a second is still
 * dropped on time (the reason this server is hand-written, see {@link LoopbackHttpServer}).
 */
final class RequestHeadReader implements AutoCloseable {

    /** How long a client may take to send a request's head. */
    static final int HEAD_TIMEOUT_MILLIS = 5_000;
    /** Unfinished heads one client address may hold; loopback clients all share 127.0.0.1. */
    static final int UNFINISHED_HEADS_PER_CLIENT = 32;
    static final int MAX_HEAD_BYTES = 16 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(RequestHeadReader.class);

    /**
     * A connection whose head has arrived (or filled {@link #MAX_HEAD_BYTES} without ending): the first
     * {@code length} bytes, which may already hold the start of the body. The channel is in blocking mode's
     * hands from here on.
     */
    record ArrivedHead(SocketChannel channel, byte[] bytes, int length) {

        /** Closes a connection nobody will answer. */
        void drop() {
            quietly(channel);
        }
    }

    private final ServerSocketChannel listener;
    private final Selector selector;
    private final Consumer<ArrivedHead> arrived;
    private final Map<InetAddress, Deque<Unfinished>> unfinished = new HashMap<>();
    private volatile boolean open = true;

    /** Listens on a random port of 127.0.0.1; heads are read once {@link #readUntilClosed} runs on a thread. */
    RequestHeadReader(Consumer<ArrivedHead> arrived) throws IOException {
        this.arrived = arrived;
        this.selector = Selector.open();
        this.listener = ServerSocketChannel.open();
        listener.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
        listener.configureBlocking(false);
        listener.register(selector, SelectionKey.OP_ACCEPT);
    }

    InetSocketAddress address() {
        try {
            return (InetSocketAddress) listener.getLocalAddress();
        } catch (IOException closed) {
            throw new IllegalStateException("the check page's server is closed", closed);
        }
    }

    /** Stops accepting; {@link #readUntilClosed} closes the unfinished connections as it returns. */
    @Override
    public void close() {
        open = false;
        selector.wakeup();
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

    /** The reading thread's body: accepts, reads and hands on complete heads until {@link #close}. */
    void readUntilClosed() {
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
                    complete.forEach(head -> arrived.accept(
                            new ArrivedHead(head.channel, head.bytes.array(), head.bytes.position())));
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
            // A head too large to end within the buffer is handed on too: the worker answers it with a 431.
            if (RequestHead.end(arriving.bytes.array(), arriving.bytes.position()) >= 0
                    || !arriving.bytes.hasRemaining()) {
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

    private static void quietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing a connection nobody waits for.
        }
    }
}
