package dev.livenessdesk.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.livenessdesk.core.activity.LivenessCall;
import dev.livenessdesk.core.activity.TrailEvent;
import dev.livenessdesk.core.activity.UnreadableEvent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one CloudTrail record (the {@code CloudTrailEvent} JSON string of LookupEvents, or a kept copy of it) into
 * a {@link TrailEvent}. Trusts nothing: a record that is not JSON, or lacks its event id, name or time, is an
 * {@link UnreadableEvent} with the reason; any member may be missing or of another type. The session id is taken
 * from {@code sessionId} or {@code SessionId} (any case) in the request parameters, else the response elements,
 * because AWS documents neither the members nor their case for these operations.
 */
final class CloudTrailRecords {

    /** A record is a few kilobytes; one past this is not a Face Liveness record, and is not read whole. */
    static final int MAX_RECORD_CHARS = 256 * 1024;
    /** Flattening stops this deep, and after this many values: the desk shows a few settings, never a whole tree. */
    private static final int MAX_DEPTH = 6;
    private static final int MAX_VALUES = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    private CloudTrailRecords() {
    }

    /** Either the event or why it could not be read. */
    record Reading(Optional<TrailEvent> event, Optional<UnreadableEvent> unreadable) {
        static Reading of(TrailEvent event) {
            return new Reading(Optional.of(event), Optional.empty());
        }

        static Reading refused(String eventId, Optional<Instant> time, String why, String record) {
            return new Reading(Optional.empty(), Optional.of(new UnreadableEvent(eventId, time, why,
                    record == null ? "" : record)));
        }
    }

    /**
     * @param lookupId   the event id the lookup gave beside the record (used when the record has none)
     * @param lookupTime the event time the lookup gave beside the record
     */
    static Reading read(String record, String lookupId, Optional<Instant> lookupTime) {
        String id = lookupId == null ? "" : lookupId;
        if (record == null || record.isBlank()) {
            return Reading.refused(id, lookupTime, AwsErrorWords.get("trail.record.empty"), record);
        }
        if (record.length() > MAX_RECORD_CHARS) {
            return Reading.refused(id, lookupTime, AwsErrorWords.get("trail.record.tooLong", record.length()),
                    record);
        }
        JsonNode root;
        try {
            root = JSON.readTree(record);
        } catch (JsonProcessingException notJson) {
            return Reading.refused(id, lookupTime, AwsErrorWords.get("trail.record.notJson"), record);
        }
        if (root == null || !root.isObject()) {
            return Reading.refused(id, lookupTime, AwsErrorWords.get("trail.record.notJson"), record);
        }
        String eventId = text(root, "eventID").orElse(id);
        Optional<String> name = text(root, "eventName");
        Optional<LivenessCall> call = name.flatMap(LivenessCall::byEventName);
        Optional<Instant> time = text(root, "eventTime").flatMap(CloudTrailRecords::instant).or(() -> lookupTime);
        if (eventId.isBlank() || call.isEmpty() || time.isEmpty()) {
            return Reading.refused(eventId, time, AwsErrorWords.get("trail.record.incomplete",
                    name.orElse("-"), eventId.isBlank() ? "-" : eventId), record);
        }
        Map<String, String> request = flatten(root.get("requestParameters"));
        Map<String, String> response = flatten(root.get("responseElements"));
        Optional<String> sessionId = Optional.ofNullable(request.get("sessionid"))
                .or(() -> Optional.ofNullable(response.get("sessionid")));
        return Reading.of(new TrailEvent(eventId, call.get(), time.get(), sessionId, callerOf(root.get("userIdentity")),
                text(root, "sourceIPAddress").orElse(""), text(root, "userAgent").orElse(""),
                text(root, "errorCode"), text(root, "errorMessage"), request, response,
                text(root, "requestID").orElse(""), record));
    }

    /** The caller's ARN; else the principal, the user name or the identity's type, as CloudTrail wrote it. */
    private static String callerOf(JsonNode identity) {
        if (identity == null || !identity.isObject()) {
            return "";
        }
        return text(identity, "arn").or(() -> text(identity, "principalId")).or(() -> text(identity, "userName"))
                .or(() -> text(identity, "invokedBy")).or(() -> text(identity, "type")).orElse("");
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? Optional.empty()
                : Optional.of(value.asText()).filter(t -> !t.isBlank());
    }

    /** Scalars by their path, keys lower-cased: {@code settings.outputconfig.s3bucket}, {@code a[0].type}. */
    static Map<String, String> flatten(JsonNode node) {
        Map<String, String> values = new HashMap<>();
        if (node != null && node.isContainerNode()) {
            flatten(node, "", 0, values);
        }
        return values;
    }

    private static void flatten(JsonNode node, String path, int depth, Map<String, String> values) {
        if (values.size() >= MAX_VALUES || depth > MAX_DEPTH) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey().toLowerCase(Locale.ROOT);
                flatten(field.getValue(), path.isEmpty() ? key : path + "." + key, depth + 1, values);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "[" + i + "]", depth + 1, values);
            }
        } else if (!node.isNull() && !path.isEmpty()) {
            values.putIfAbsent(path, node.asText());
        }
    }
}
