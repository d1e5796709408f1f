package dev.livenessdesk.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.livenessdesk.aws.AwsClientOptions;
import dev.livenessdesk.aws.AwsClients;
import dev.livenessdesk.core.connection.ConnectionSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * A local Rekognition that speaks the real wire protocol (awsJson1.1: {@code POST /},
 * {@code X-Amz-Target: RekognitionService.<Op>}, JSON bodies), so tests drive the real SDK client over HTTP.
 *
 * <p>It records every request and answers from a script: replies enqueued per operation are used in order; when
 * none is left it answers happily (Create: a new random session id; Results: the asked id with status CREATED).
 * Every answer carries an {@code x-amzn-RequestId}. Use one per test class or test, and close it.
 */
public final class RekognitionStandIn implements AutoCloseable {

    public static final String CREATE = "CreateFaceLivenessSession";
    public static final String GET_RESULTS = "GetFaceLivenessSessionResults";
    public static final String TARGET_PREFIX = "RekognitionService.";
    public static final String REGION = "us-east-1";
    public static final String ACCESS_KEY_ID = "AKIDEXAMPLE";
    public static final String SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    // Long enough never to trip on a busy 2-core machine, short enough that a hung test still ends.
    private static final long WAIT_SECONDS = 30;

    private final HttpServer server;
    private final ExecutorService workers;
    private final Map<String, Deque<StandInReply>> script = new HashMap<>();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final Map<String, String> resultsBySession = new HashMap<>();
    private final Map<String, String> sessionsByToken = new HashMap<>();
    private java.util.function.Consumer<String> onCreated = id -> { };

    private RekognitionStandIn(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Starts a stand-in on 127.0.0.1 at a free port. */
    public static RekognitionStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "rekognition-stand-in");
                thread.setDaemon(true);
                return thread;
            });
            RekognitionStandIn standIn = new RekognitionStandIn(server, workers);
            server.createContext("/", standIn::handle);
            server.setExecutor(workers);
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Rekognition stand-in", e);
        }
    }

    // ---- where it is, and clients that reach it ----

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A connection in us-east-1 whose Rekognition endpoint is this stand-in (no profile). */
    public ConnectionSettings connection() {
        return connection(REGION);
    }

    /** A connection in the given region whose Rekognition endpoint is this stand-in (no profile). */
    public ConnectionSettings connection(String region) {
        return new ConnectionSettings(Optional.empty(), region, Optional.of(uri()), Optional.empty());
    }

    /** Clients with static test keys, one attempt per call, and short timeouts. */
    public static AwsClients clients() {
        return clients(AwsRetryStrategy.doNotRetry());
    }

    /** Clients with static test keys, the given retries, and short timeouts. */
    public static AwsClients clients(RetryStrategy retryStrategy) {
        return new AwsClients(options(retryStrategy));
    }

    /** The options behind {@link #clients(RetryStrategy)}, to change further (e.g. other credentials). */
    public static AwsClientOptions options(RetryStrategy retryStrategy) {
        return AwsClientOptions.defaults()
                .withCredentials(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY)))
                .withRetryStrategy(retryStrategy)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(20));
    }

    /** The SDK's standard retries (throttling, 5xx, network) with no backoff wait, for retry tests. */
    public static RetryStrategy fastRetries(int maxAttempts) {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(maxAttempts)
                .backoffStrategy(BackoffStrategy.retryImmediately())
                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                .circuitBreakerEnabled(false)
                .build();
    }

    // ---- the script ----

    /** Answers the next call of an operation (e.g. {@link #CREATE}) with this reply; replies queue in order. */
    public synchronized RekognitionStandIn enqueue(String operation, StandInReply reply) {
        script.computeIfAbsent(operation, op -> new ArrayDeque<>()).add(reply);
        return this;
    }

    /** The next Create answers this session id. */
    public RekognitionStandIn respondCreated(String sessionId) {
        return enqueue(CREATE, StandInReply.ok(JSON.createObjectNode().put("SessionId", sessionId).toString()));
    }

    /** The next GetFaceLivenessSessionResults answers this JSON body with 200. */
    public RekognitionStandIn respondResults(String json) {
        return enqueue(GET_RESULTS, StandInReply.ok(json));
    }

    public RekognitionStandIn respondResults(JsonNode json) {
        return respondResults(json.toString());
    }

    /** The next call of the operation fails with {"__type": errorType, "Message": message}. */
    public RekognitionStandIn failWith(String operation, int httpStatus, String errorType, String message) {
        return enqueue(operation, StandInReply.error(httpStatus, errorType, message));
    }

    /** Forgets the script and the recorded requests. */
    /**
     * From now on, GetFaceLivenessSessionResults for this session answers with this body (until replaced), while
     * queued replies still come first: lets a test hold several sessions in different states at once.
     */
    public synchronized RekognitionStandIn respondResultsFor(String sessionId, JsonNode json) {
        resultsBySession.put(sessionId, json.toString());
        return this;
    }

    /** Like the service, a reused ClientRequestToken returns the session first created with it. */
    private String sessionIdFor(String clientRequestToken) {
        String id = clientRequestToken.isEmpty() ? UUID.randomUUID().toString()
                : sessionsByToken.computeIfAbsent(clientRequestToken, token -> UUID.randomUUID().toString());
        onCreated.accept(id);
        return id;
    }

    /** Hears the id of every session the stand-in itself creates, e.g. to play its check later. */
    public synchronized RekognitionStandIn onCreated(java.util.function.Consumer<String> listener) {
        this.onCreated = listener;
        return this;
    }

    public synchronized void reset() {
        resultsBySession.clear();
        sessionsByToken.clear();
        script.clear();
        requests.clear();
    }

    // ---- what it received ----

    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public synchronized List<RecordedRequest> requests(String operation) {
        return requests.stream().filter(r -> r.operation().equals(operation)).toList();
    }

    /** The last request of an operation; fails when none came. */
    public RecordedRequest lastRequest(String operation) {
        List<RecordedRequest> matching = requests(operation);
        if (matching.isEmpty()) {
            throw new AssertionError("The stand-in received no " + operation + " request; it received "
                    + requests().stream().map(RecordedRequest::operation).toList());
        }
        return matching.get(matching.size() - 1);
    }

    /** Waits until at least this many requests came (for calls running on another thread). */
    public synchronized List<RecordedRequest> awaitRequests(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (requests.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("Expected " + count + " requests, the stand-in received " + requests.size());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    // ---- the wire ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedRequest request = record(exchange);
            StandInReply reply = nextReply(request);
            if (reply.gate().isPresent() && !reply.gate().get().await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                return;
            }
            send(exchange, reply);
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        }
    }

    private RecordedRequest record(HttpExchange exchange) throws IOException {
        String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("X-Amz-Target"),
                Map.copyOf(headers), raw, parse(raw));
        synchronized (this) {
            requests.add(request);
            notifyAll();
        }
        return request;
    }

    private synchronized StandInReply nextReply(RecordedRequest request) {
        if (!"POST".equals(request.method()) || request.target() == null
                || !request.target().startsWith(TARGET_PREFIX)) {
            return StandInReply.error(400, "UnknownOperationException", "Expected POST / with X-Amz-Target");
        }
        Deque<StandInReply> queued = script.get(request.operation());
        if (queued != null && !queued.isEmpty()) {
            return queued.poll();
        }
        return switch (request.operation()) {
            case CREATE -> StandInReply.ok(JSON.createObjectNode()
                    .put("SessionId", sessionIdFor(request.body().path("ClientRequestToken").asText(""))).toString());
            case GET_RESULTS -> resultsBySession.containsKey(request.body().path("SessionId").asText())
                    ? StandInReply.ok(resultsBySession.get(request.body().path("SessionId").asText()))
                    : StandInReply.ok(JSON.createObjectNode()
                    .put("SessionId", request.body().path("SessionId").asText())
                    .put("Status", "CREATED").toString());
            default -> StandInReply.error(400, "UnknownOperationException", null);
        };
    }

    private static void send(HttpExchange exchange, StandInReply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static JsonNode parse(String raw) {
        if (raw.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(raw);
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }
}
