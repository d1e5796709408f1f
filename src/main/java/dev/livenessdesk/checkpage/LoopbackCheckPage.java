package dev.livenessdesk.checkpage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.livenessdesk.core.DaemonThreads;
import dev.livenessdesk.core.check.CheckOutcome;
import dev.livenessdesk.core.check.CheckPage;
import dev.livenessdesk.core.check.CheckPageSpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
    private final LoopbackHttpServer server;
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
        this.server = new LoopbackHttpServer(this::handle, DaemonThreads.named("check-page-http"));
        int port = server.address().getPort();
        String token = newToken();
        this.rules = new RequestRules(token, port);
        this.address = URI.create("http://127.0.0.1:" + port + "/" + token + "/");
        this.contentSecurityPolicy = ContentSecurityPolicy.of(spec);
        this.timers = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("check-page-timer"));
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
        LOG.info("Check page for session {} on 127.0.0.1:{}", spec.sessionId(), server.address().getPort());
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
        return server.address();
    }

    @Override
    public void close() {
        api.outcome().complete(CheckOutcome.closed());
        stop();
    }

    private void stop() {
        server.close();
        timers.shutdownNow();
    }

    private LoopbackHttpServer.Reply handle(RequestHead head, InputStream body) throws IOException {
        try {
            Optional<RequestRules.Refusal> refusal = rules.checkHost(head.all("Host"))
                    .or(() -> rules.checkTarget(head.target()));
            if (refusal.isPresent()) {
                return refuse(head, refusal.get());
            }
            Optional<String> rest = rules.pathAfterToken(RequestRules.pathOf(head.target()));
            if (rest.isEmpty()) {
                return refuse(head, new RequestRules.Refusal(404, "No such page"));
            }
            String path = rest.get();
            if (path.startsWith("api/")) {
                return answerApi(head, body, path.substring("api/".length()));
            }
            return serveFile(head, path.isEmpty() ? "index.html" : path);
        } catch (RuntimeException e) {
            LOG.warn("The check page's server failed on a request", e);
            return refuse(head, new RequestRules.Refusal(500, "The desk failed on this request"));
        }
    }

    private LoopbackHttpServer.Reply answerApi(RequestHead head, InputStream in, String call) throws IOException {
        Optional<RequestRules.Refusal> refusal = rules.checkApiCall(head.method(),
                head.single(RequestRules.PAGE_HEADER), head.single("Origin"), head.single("Sec-Fetch-Site"));
        if (refusal.isPresent()) {
            return refuse(head, refusal.get());
        }
        byte[] raw = in.readNBytes(MAX_BODY + 1);
        if (raw.length > MAX_BODY) {
            return refuse(head, new RequestRules.Refusal(413, "The request is too large"));
        }
        JsonNode body;
        try {
            body = raw.length == 0 ? CheckPageApi.JSON.createObjectNode() : CheckPageApi.JSON.readTree(raw);
        } catch (IOException notJson) {
            return refuse(head, new RequestRules.Refusal(400, "The request is not JSON"));
        }
        CheckPageApi.Reply reply = api.answer(call, body == null ? CheckPageApi.JSON.createObjectNode() : body);
        return reply(reply.status(), "application/json; charset=utf-8",
                CheckPageApi.JSON.writeValueAsBytes(reply.body()));
    }

    private LoopbackHttpServer.Reply serveFile(RequestHead head, String name) throws IOException {
        if (!"GET".equals(head.method()) && !"HEAD".equals(head.method())) {
            return refuse(head, new RequestRules.Refusal(405, "Files take GET only"));
        }
        Optional<byte[]> bytes = files.read(name);
        if (bytes.isEmpty()) {
            return refuse(head, new RequestRules.Refusal(404, "No such file"));
        }
        return reply(200, PageFiles.contentType(name), bytes.get());
    }

    private LoopbackHttpServer.Reply refuse(RequestHead head, RequestRules.Refusal refusal) throws IOException {
        LOG.debug("Check page refused {} {}: {}", head.method(), refusal.status(), refusal.reason());
        byte[] body = CheckPageApi.JSON.writeValueAsBytes(
                CheckPageApi.JSON.createObjectNode().put("error", refusal.reason()));
        return reply(refusal.status(), "application/json; charset=utf-8", body);
    }

    private LoopbackHttpServer.Reply reply(int status, String contentType, byte[] body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Content-Type", contentType);
        fields.put("Content-Security-Policy", contentSecurityPolicy);
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put("Referrer-Policy", "no-referrer");
        fields.put("X-Frame-Options", "DENY");
        fields.put("Cross-Origin-Opener-Policy", "same-origin");
        fields.put("Cross-Origin-Resource-Policy", "same-origin");
        fields.put("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
        fields.put("Cache-Control", "no-store");
        return new LoopbackHttpServer.Reply(status, fields, body);
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
