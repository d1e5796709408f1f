package dev.livenessdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Writes the one JSON line a command prints on stdout: {@code {"success":true,"data":{...}}} or
 * {@code {"success":false,"error":{"code":...,"message":...,"request_id":...}}}.
 */
final class JsonEnvelope {

    static final String VALIDATION_ERROR = "VALIDATION_ERROR";
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // ASCII only, so the line reads the same whatever the terminal's or pipe's charset.
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final PrintWriter out;

    JsonEnvelope(PrintWriter out) {
        this.out = out;
    }

    void success(ObjectNode data) {
        ObjectNode envelope = NODES.objectNode().put("success", true);
        envelope.set("data", data);
        write(envelope);
    }

    void failure(String code, String message, Optional<String> requestId) {
        ObjectNode error = NODES.objectNode().put("code", code).put("message", message);
        requestId.ifPresent(id -> error.put("request_id", id));
        ObjectNode envelope = NODES.objectNode().put("success", false);
        envelope.set("error", error);
        write(envelope);
    }

    private void write(ObjectNode envelope) {
        try {
            // The compact writer escapes line breaks inside strings, so the envelope is always one line.
            out.println(JSON.writeValueAsString(envelope));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
