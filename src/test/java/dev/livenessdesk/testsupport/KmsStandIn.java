package dev.livenessdesk.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A local KMS speaking awsJson1.1 ({@code POST /}, {@code X-Amz-Target: TrentService.DescribeKey}): it knows the
 * keys it was given, by id, ARN and alias, and answers NotFoundException for any other. Records every request.
 */
public final class KmsStandIn implements AutoCloseable {

    public static final String ACCOUNT = "123456789012";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LoopbackServer server;
    private final Map<String, ObjectNode> keys = new HashMap<>();
    private final List<RecordedRequest> requests = new ArrayList<>();

    private KmsStandIn() {
        this.server = LoopbackServer.start("kms-stand-in", this::handle);
    }

    public static KmsStandIn start() {
        return new KmsStandIn();
    }

    public URI uri() {
        return server.uri();
    }

    /** A key in the region, in this state ("Enabled", "Disabled", "PendingDeletion"), reachable by id, ARN, alias. */
    public synchronized String key(String region, String keyId, String alias, String state) {
        String arn = "arn:aws:kms:" + region + ":" + ACCOUNT + ":key/" + keyId;
        ObjectNode metadata = JSON.createObjectNode().put("AWSAccountId", ACCOUNT).put("KeyId", keyId)
                .put("Arn", arn).put("CreationDate", 1.7e9).put("Enabled", "Enabled".equals(state))
                .put("KeyState", state).put("KeyUsage", "ENCRYPT_DECRYPT").put("KeySpec", "SYMMETRIC_DEFAULT")
                .put("KeyManager", "CUSTOMER").put("Origin", "AWS_KMS").put("MultiRegion", false);
        keys.put(keyId, metadata);
        keys.put(arn, metadata);
        if (alias != null) {
            keys.put(alias, metadata);
            keys.put("arn:aws:kms:" + region + ":" + ACCOUNT + ":" + alias, metadata);
        }
        return arn;
    }

    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        JsonNode body = raw.isBlank() ? JSON.createObjectNode() : JSON.readTree(raw);
        String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
        int status;
        String reply;
        synchronized (this) {
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(java.util.Locale.ROOT), List.copyOf(values)));
            requests.add(new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), target,
                    Map.copyOf(headers), raw, body));
            ObjectNode key = keys.get(body.path("KeyId").asText());
            if (!"TrentService.DescribeKey".equals(target)) {
                status = 400;
                reply = JSON.createObjectNode().put("__type", "UnknownOperationException").toString();
            } else if (key == null) {
                status = 400;
                reply = JSON.createObjectNode().put("__type", "NotFoundException")
                        .put("message", "Invalid keyId " + body.path("KeyId").asText()).toString();
            } else {
                status = 200;
                ObjectNode answer = JSON.createObjectNode();
                answer.set("KeyMetadata", key);
                reply = answer.toString();
            }
        }
        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        exchange.getResponseHeaders().add("x-amzn-RequestId", "req-kms");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
