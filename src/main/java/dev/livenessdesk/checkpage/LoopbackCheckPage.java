package dev.livenessdesk.checkpage;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.livenessdesk.core.check.CheckOutcome;
import dev.livenessdesk.core.check.CheckPage;
import dev.livenessdesk.core.check.CheckPageSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One session's check page on 127.0.0.1 and a random port, behind a random token. Stops by itself when the check
 * ends, when nobody started it in time, when the page's credentials expire, or when the desk closes it.
 */
final class LoopbackCheckPage implements CheckPage {

    private static final Logger LOG = LoggerFactory.getLogger(LoopbackCheckPage.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_BODY = 16 * 1024;
    /** A sandbox check has no credentials to expire: it may run this long once started. */
    private static final Duration SANDBOX_RUN_LIMIT = Duration.ofMinutes(15);
    /** After the outcome, the page may still load its last answer. */
    private static final Duration LINGER = Duration.ofSeconds(2);

    private final CheckPageSpec spec;
    private final PageFiles files;
    private final Clock clock;
    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final RequestRules rules;
    private final CheckPageApi api;
    private final URI address;
    private final String contentSecurityPolicy;

    LoopbackCheckPage(CheckPageSpec spec, PageFiles files, Clock clock) throws IOException {
        this.spec = spec;
        this.files = files;
        this.clock = clock;
        this.api = new CheckPageApi(spec, clock);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        int port = server.getAddress().getPort();
        String token = newToken();
        this.rules = new RequestRules(token, port);
        this.address = URI.create("http://127.0.0.1:" + port + "/" + token + "/");
        this.contentSecurityPolicy = ContentSecurityPolicy.of(spec);
        this.workers = Executors.newFixedThreadPool(4, daemon("check-page-http"));
        this.timers = Executors.newSingleThreadScheduledExecutor(daemon("check-page-timer"));
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
        api.outcome().whenComplete((ended, failure) -> timers.schedule(this::stop, LINGER.toMillis(),
                TimeUnit.MILLISECONDS));
        long untilDeadline = Math.max(0, Duration.between(clock.instant(), spec.startDeadline()).toMillis());
        timers.schedule(() -> {
            if (!api.started().isDone()) {
                api.outcome().complete(CheckOutcome.expired());
            }
        }, untilDeadline, TimeUnit.MILLISECONDS);
        api.started().thenAccept(at -> {
            Instant limit = spec.credentials().map(c -> c.expiration()).orElse(at.plus(SANDBOX_RUN_LIMIT));
            timers.schedule(() -> api.outcome().complete(CheckOutcome.expired()),
                    Math.max(0, Duration.between(clock.instant(), limit).toMillis()), TimeUnit.MILLISECONDS);
        });
        LOG.info("Check page for session {} on 127.0.0.1:{}", spec.sessionId(), server.getAddress().getPort());
    }

    @Override
    public URI address() {
        return address;
    }

    @Override
    public String sessionId() {
        return spec.sessionId();
    }

    @Override
    public CompletableFuture<Instant> started() {
        return api.started();
    }

    @Override
    public CompletableFuture<CheckOutcome> outcome() {
        return api.outcome();
    }

    /** The port it listens on (tests). */
    InetSocketAddress boundTo() {
        return server.getAddress();
    }

    @Override
    public void close() {
        api.outcome().complete(CheckOutcome.closed());
        stop();
    }

    private void stop() {
        server.stop(0);
        workers.shutdownNow();
        timers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Headers request = exchange.getRequestHeaders();
            Optional<RequestRules.Refusal> refusal = rules.checkHost(request.getFirst("Host"));
            if (refusal.isPresent()) {
                refuse(exchange, refusal.get());
                return;
            }
            Optional<String> rest = rules.pathAfterToken(exchange.getRequestURI().getRawPath());
            if (rest.isEmpty()) {
                refuse(exchange, new RequestRules.Refusal(404, "No such page"));
                return;
            }
            String path = rest.get();
            if (path.startsWith("api/")) {
                answerApi(exchange, path.substring("api/".length()));
            } else {
                serveFile(exchange, path.isEmpty() ? "index.html" : path);
            }
        } catch (RuntimeException e) {
            LOG.warn("The check page's server failed on a request", e);
        }
    }

    private void answerApi(HttpExchange exchange, String call) throws IOException {
        Headers request = exchange.getRequestHeaders();
        Optional<RequestRules.Refusal> refusal = rules.checkApiCall(exchange.getRequestMethod(),
                request.getFirst(RequestRules.PAGE_HEADER), request.getFirst("Origin"),
                request.getFirst("Sec-Fetch-Site"));
        if (refusal.isPresent()) {
            refuse(exchange, refusal.get());
            return;
        }
        byte[] raw;
        try (InputStream in = exchange.getRequestBody()) {
            raw = in.readNBytes(MAX_BODY + 1);
        }
        if (raw.length > MAX_BODY) {
            refuse(exchange, new RequestRules.Refusal(413, "The request is too large"));
            return;
        }
        JsonNode body;
        try {
            body = raw.length == 0 ? CheckPageApi.JSON.createObjectNode() : CheckPageApi.JSON.readTree(raw);
        } catch (IOException notJson) {
            refuse(exchange, new RequestRules.Refusal(400, "The request is not JSON"));
            return;
        }
        CheckPageApi.Reply reply = api.answer(call, body == null ? CheckPageApi.JSON.createObjectNode() : body);
        send(exchange, reply.status(), "application/json; charset=utf-8",
                CheckPageApi.JSON.writeValueAsBytes(reply.body()));
    }

    private void serveFile(HttpExchange exchange, String name) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
            refuse(exchange, new RequestRules.Refusal(405, "Files take GET only"));
            return;
        }
        Optional<byte[]> bytes = files.read(name);
        if (bytes.isEmpty()) {
            refuse(exchange, new RequestRules.Refusal(404, "No such file"));
            return;
        }
        send(exchange, 200, PageFiles.contentType(name), bytes.get());
    }

    private void refuse(HttpExchange exchange, RequestRules.Refusal refusal) throws IOException {
        LOG.debug("Check page refused {} {}: {}", exchange.getRequestMethod(), refusal.status(), refusal.reason());
        byte[] body = CheckPageApi.JSON.writeValueAsBytes(
                CheckPageApi.JSON.createObjectNode().put("error", refusal.reason()));
        send(exchange, refusal.status(), "application/json; charset=utf-8", body);
    }

    private void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("Content-Security-Policy", contentSecurityPolicy);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        headers.set("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
        headers.set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
