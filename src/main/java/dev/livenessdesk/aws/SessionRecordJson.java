package dev.livenessdesk.aws;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.campaign.CampaignSession;
import dev.livenessdesk.core.campaign.Expectation;
import dev.livenessdesk.core.sharing.SessionRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A session record as the JSON object kept in S3: snake_case like the command line's output, a format version,
 * and every field this version does not know carried back unchanged when the record is rewritten.
 */
final class SessionRecordJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KNOWN = Set.of("version", "session_id", "campaign", "scenario", "expect",
            "created_at", "tester", "region", "status", "confidence", "feedback_codes", "excluded", "note");

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private SessionRecordJson() {
    }

    static byte[] write(SessionRecord record) {
        try {
            return JSON.writeValueAsBytes(tree(record));
        } catch (JacksonException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Whether these bytes are a record that holds reviews and no campaign session (a session only reviewed). */
    static boolean holdsOnlyReviews(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            JsonNode node = JSON.readTree(text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text);
            return node != null && node.isObject() && node.has(ReviewJson.FIELD) && !node.has("campaign");
        } catch (JacksonException damaged) {
            return false;
        }
    }

    /** The record as the JSON object written to S3. */
    static ObjectNode tree(SessionRecord record) {
        ObjectNode node = JSON.createObjectNode();
        CampaignSession session = record.session();
        node.put("version", record.version());
        node.put("session_id", session.sessionId());
        node.put("campaign", session.campaignName());
        node.put("scenario", session.scenarioName());
        node.put("expect", record.expectation().wireName());
        node.put("created_at", session.createdAt().toString());
        node.put("tester", session.tester());
        node.put("region", session.region());
        node.put("status", session.rawStatus());
        session.confidence().ifPresent(c -> node.put("confidence", c));
        ArrayNode feedback = node.putArray("feedback_codes");
        session.feedbackCodes().forEach(feedback::add);
        node.put("excluded", session.excluded());
        session.note().ifPresent(n -> node.put("note", n));
        record.unknownFields().ifPresent(unknown -> {
            try {
                JsonNode kept = JSON.readTree(unknown);
                kept.fields().forEachRemaining(field -> {
                    if (!KNOWN.contains(field.getKey())) {
                        node.set(field.getKey(), field.getValue());
                    }
                });
            } catch (JacksonException impossible) {
                throw new IllegalStateException("unknown fields were read as JSON", impossible);
            }
        });
        return node;
    }

    /**
     * Reads a stored record.
     *
     * @throws IllegalArgumentException in words when it is not a record or lacks what every record has
     */
    static SessionRecord read(byte[] bytes) {
        JsonNode node;
        String text = new String(bytes, StandardCharsets.UTF_8);
        // Editors on Windows save UTF-8 with a byte order mark; it is not part of the JSON.
        if (text.startsWith(BYTE_ORDER_MARK)) {
            text = text.substring(1);
        }
        try {
            node = JSON.readTree(text);
        } catch (JacksonException damaged) {
            throw new IllegalArgumentException(S3Messages.get("s3.record.notJson"));
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(S3Messages.get("s3.record.notJson"));
        }
        int version = node.path("version").canConvertToInt() ? node.path("version").intValue() : 0;
        String sessionId = required(node, "session_id");
        Instant createdAt;
        try {
            createdAt = Instant.parse(required(node, "created_at"));
        } catch (DateTimeParseException notATime) {
            throw new IllegalArgumentException(S3Messages.get("s3.record.missing", "created_at"));
        }
        Expectation expectation = Expectation.parse(required(node, "expect"));
        JsonNode confidence = node.get("confidence");
        Optional<Float> score = confidence != null && confidence.isNumber()
                && confidence.floatValue() >= 0 && confidence.floatValue() <= 100
                ? Optional.of(confidence.floatValue()) : Optional.empty();
        List<String> feedback = new ArrayList<>();
        node.path("feedback_codes").forEach(code -> {
            if (code.isTextual()) {
                feedback.add(code.textValue());
            }
        });
        String region = node.path("region").asText("");
        // Each record's region becomes an SDK client when its session is followed: a made-up one is refused here.
        if (!region.isEmpty() && !RegionIds.isPlausible(region)) {
            throw new IllegalArgumentException(S3Messages.get("s3.record.region"));
        }
        CampaignSession session = new CampaignSession(sessionId, required(node, "campaign"),
                required(node, "scenario"), createdAt, node.path("tester").asText(""), region,
                node.path("status").asText(""), score, feedback,
                node.path("excluded").asBoolean(false),
                node.hasNonNull("note") ? Optional.of(node.get("note").asText()) : Optional.empty());
        ObjectNode unknown = JSON.createObjectNode();
        node.fields().forEachRemaining(field -> {
            if (!KNOWN.contains(field.getKey())) {
                unknown.set(field.getKey(), field.getValue());
            }
        });
        return new SessionRecord(version, session, expectation,
                unknown.isEmpty() ? Optional.empty() : Optional.of(unknown.toString()));
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw new IllegalArgumentException(S3Messages.get("s3.record.missing", field));
        }
        return value.textValue();
    }
}
