package dev.livenessdesk.testsupport.s3;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP proxy in front of S3Mock that records every request it forwards, so a test can count the S3
 * calls an operation really made on the wire (no SDK interceptor, no mock). A benchmark can give every request a
 * network's latency ({@link #withLatency}), as S3 across a real network has.
 */
public final class CountingS3Proxy implements AutoCloseable {

    // The JDK client sets these itself and refuses them from callers.
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect",
            "upgrade", "transfer-encoding", "date", "from", "via", "warning");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final URI target;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    /** Stopped with the server: its threads are not daemons and would keep a benchmark's JVM alive. */
    private final ExecutorService workers = Executors.newFixedThreadPool(16);
    private final long minLatencyMillis;
    private final long maxLatencyMillis;

    private CountingS3Proxy(URI target, long minLatencyMillis, long maxLatencyMillis) throws IOException {
        this.target = target;
        this.minLatencyMillis = minLatencyMillis;
        this.maxLatencyMillis = maxLatencyMillis;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::forward);
        server.setExecutor(workers);
        server.start();
    }

    public static CountingS3Proxy inFrontOf(int s3MockHttpPort) throws IOException {
        return new CountingS3Proxy(URI.create("http://127.0.0.1:" + s3MockHttpPort), 0, 0);
    }

    /** The same proxy, each request held for a uniformly random time between the two bounds before it goes on. */
    public static CountingS3Proxy withLatency(int s3MockHttpPort, java.time.Duration min, java.time.Duration max)
            throws IOException {
        return new CountingS3Proxy(URI.create("http://127.0.0.1:" + s3MockHttpPort), min.toMillis(), max.toMillis());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** "GET /bucket?list-type=2&..." lines, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public long listObjectsV2Calls() {
        return requests.stream().filter(line -> line.startsWith("GET ") && line.contains("list-type=2")).count();
    }

    public void reset() {
        requests.clear();
    }

    private void forward(HttpExchange exchange) throws IOException {
        String pathAndQuery = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        requests.add(exchange.getRequestMethod() + " " + pathAndQuery);
        try (InputStream body = exchange.getRequestBody()) {
            if (maxLatencyMillis > 0) {
                Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(minLatencyMillis,
                        maxLatencyMillis + 1));
            }
            byte[] bytes = body.readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(pathAndQuery))
                    .method(exchange.getRequestMethod(), bytes.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(bytes));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            response.headers().map().forEach((name, values) -> {
                if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
