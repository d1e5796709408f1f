package dev.livenessdesk.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A local IAM Identity Center OIDC service speaking restJson1 as the SDK's ssooidc client does:
 * {@code POST /client/register}, {@code POST /device_authorization}, {@code POST /token}; errors carry
 * {@code x-amzn-ErrorType} and a JSON body {"error": ..., "error_description": ...}. /token answers the scripted
 * errors in order, then a token.
 */
public final class SsoOidcStandIn implements AutoCloseable {

    public static final String CLIENT_ID = "client-id-from-stand-in";
    public static final String CLIENT_SECRET = "client-secret-not-for-logs";
    public static final String DEVICE_CODE = "device-code-from-stand-in";
    public static final String USER_CODE = "WDJB-MJHT";
    public static final String ACCESS_TOKEN = "access-token-not-for-logs";
    public static final String REFRESH_TOKEN = "refresh-token-not-for-logs";
    public static final long CLIENT_SECRET_EXPIRES_AT = 1_900_000_000L;
    public static final int TOKEN_EXPIRES_IN = 28_800;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Deque<String> tokenErrors = new ArrayDeque<>();
    private final List<Received> received = new ArrayList<>();
    private int interval = 1;

    /** One request as it arrived: the path and its JSON body. */
    public record Received(String path, JsonNode body) {
    }

    private SsoOidcStandIn(HttpServer server) {
        this.server = server;
    }

    public static SsoOidcStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            SsoOidcStandIn standIn = new SsoOidcStandIn(server);
            server.createContext("/", standIn::handle);
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the OIDC stand-in", e);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next /token calls fail with these errors (AuthorizationPendingException, SlowDownException, ...). */
    public synchronized SsoOidcStandIn tokenFailsWith(String... errorTypes) {
        tokenErrors.addAll(List.of(errorTypes));
        return this;
    }

    public synchronized SsoOidcStandIn pollInterval(int seconds) {
        this.interval = seconds;
        return this;
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    public synchronized List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        ObjectNode answer = JSON.createObjectNode();
        String errorType = null;
        synchronized (this) {
            received.add(new Received(path, body));
            switch (path) {
                case "/client/register" -> answer.put("clientId", CLIENT_ID).put("clientSecret", CLIENT_SECRET)
                        .put("clientIdIssuedAt", 1_700_000_000L).put("clientSecretExpiresAt", CLIENT_SECRET_EXPIRES_AT);
                case "/device_authorization" -> answer.put("deviceCode", DEVICE_CODE).put("userCode", USER_CODE)
                        .put("verificationUri", "https://device.sso.us-east-1.amazonaws.com/")
                        .put("verificationUriComplete", "https://device.sso.us-east-1.amazonaws.com/?user_code="
                                + USER_CODE)
                        .put("expiresIn", 600).put("interval", interval);
                case "/token" -> {
                    errorType = tokenErrors.poll();
                    if (errorType == null) {
                        answer.put("accessToken", ACCESS_TOKEN).put("tokenType", "Bearer")
                                .put("expiresIn", TOKEN_EXPIRES_IN).put("refreshToken", REFRESH_TOKEN);
                    } else {
                        answer.put("error", errorType.replace("Exception", "").toLowerCase())
                                .put("error_description", "scripted " + errorType);
                    }
                }
                default -> errorType = "InvalidRequestException";
            }
        }
        byte[] bytes = JSON.writeValueAsBytes(answer);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("x-amzn-RequestId", "req-oidc");
        if (errorType != null) {
            exchange.getResponseHeaders().add("x-amzn-ErrorType", errorType);
        }
        exchange.sendResponseHeaders(errorType == null ? 200 : 400, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
