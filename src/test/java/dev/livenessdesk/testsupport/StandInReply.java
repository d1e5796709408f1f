package dev.livenessdesk.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * One scripted answer of {@link RekognitionStandIn}: HTTP status, JSON body, extra headers, and optionally a gate
 * the answer waits for (to hold a call in flight, e.g. to cancel it).
 */
public record StandInReply(int status, String body, Map<String, String> headers, Optional<CountDownLatch> gate) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public StandInReply {
        body = body == null ? "" : body;
        headers = Map.copyOf(headers == null ? Map.of() : headers);
        gate = gate == null ? Optional.empty() : gate;
    }

    /** 200 with this JSON body. */
    public static StandInReply ok(String json) {
        return new StandInReply(200, json, Map.of(), Optional.empty());
    }

    /** Any status with this JSON body. */
    public static StandInReply json(int status, String json) {
        return new StandInReply(status, json, Map.of(), Optional.empty());
    }

    /** An error as awsJson1.1 services send it: {"__type": errorType, "Message": message}. */
    public static StandInReply error(int status, String errorType, String message) {
        ObjectNode body = JSON.createObjectNode().put("__type", errorType);
        if (message != null) {
            body.put("Message", message);
        }
        return json(status, body.toString());
    }

    /** The same reply with an x-amzn-RequestId header (otherwise a random one is sent). */
    public StandInReply withRequestId(String requestId) {
        return withHeader("x-amzn-RequestId", requestId);
    }

    /** The same reply with the error type also in the x-amzn-ErrorType header, which the SDK reads first. */
    public StandInReply withErrorTypeHeader(String errorType) {
        return withHeader("x-amzn-ErrorType", errorType);
    }

    public StandInReply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new StandInReply(status, body, more, gate);
    }

    /** The same reply, sent only once the gate opens (or the stand-in closes). */
    public StandInReply heldUntil(CountDownLatch opens) {
        return new StandInReply(status, body, headers, Optional.of(opens));
    }
}
