package dev.livenessdesk.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.activity.TrailQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Puts one row of the trail query's answer back into the CloudTrail record it came from, so it is read by the same
 * {@link CloudTrailRecords} as LookupEvents' records: the table holds one column per record member (the request
 * parameters and response elements as JSON text), and the record is those members under CloudTrail's own names.
 * A column missing from the answer, or a null, is left out of the record, as CloudTrail leaves out what it lacks;
 * parameters that are not JSON stay text (the reading then finds no session id in them, and says so).
 */
final class AthenaRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Integer> index = new HashMap<>();

    /** @param columns the answer's column names, in order (Athena's ResultSetMetadata) */
    AthenaRows(List<String> columns) {
        for (int i = 0; i < columns.size(); i++) {
            index.putIfAbsent(columns.get(i).toLowerCase(Locale.ROOT), i);
        }
    }

    /** The columns a record cannot be read without, that the answer lacks. */
    List<String> missing() {
        return List.of("eventid", "eventtime", "eventname").stream().filter(c -> !index.containsKey(c)).toList();
    }

    /** Whether this row is the header row Athena puts first in a query's first page (the column names). */
    boolean isHeader(List<String> row) {
        for (String column : TrailQuery.COLUMNS) {
            Integer at = index.get(column);
            if (at != null && (at >= row.size() || !column.equalsIgnoreCase(row.get(at)))) {
                return false;
            }
        }
        return !index.isEmpty();
    }

    String eventId(List<String> row) {
        return value(row, "eventid").orElse("");
    }

    /** The row as a CloudTrail record (JSON text). */
    String record(List<String> row) {
        ObjectNode record = JSON.createObjectNode();
        put(record, "eventID", row, "eventid");
        put(record, "eventTime", row, "eventtime");
        put(record, "eventName", row, "eventname");
        put(record, "eventSource", row, "eventsource");
        put(record, "awsRegion", row, "awsregion");
        ObjectNode identity = JSON.createObjectNode();
        put(identity, "type", row, "identity_type");
        put(identity, "principalId", row, "identity_principalid");
        put(identity, "arn", row, "identity_arn");
        put(identity, "userName", row, "identity_username");
        put(identity, "invokedBy", row, "identity_invokedby");
        if (!identity.isEmpty()) {
            record.set("userIdentity", identity);
        }
        put(record, "sourceIPAddress", row, "sourceipaddress");
        put(record, "userAgent", row, "useragent");
        put(record, "errorCode", row, "errorcode");
        put(record, "errorMessage", row, "errormessage");
        putJson(record, "requestParameters", row, "requestparameters");
        putJson(record, "responseElements", row, "responseelements");
        put(record, "requestID", row, "requestid");
        return record.toString();
    }

    private void put(ObjectNode node, String member, List<String> row, String column) {
        value(row, column).ifPresent(v -> node.put(member, v));
    }

    private void putJson(ObjectNode node, String member, List<String> row, String column) {
        Optional<String> text = value(row, column);
        if (text.isEmpty()) {
            return;
        }
        if (text.get().length() <= CloudTrailRecords.MAX_RECORD_CHARS) {
            try {
                JsonNode parsed = JSON.readTree(text.get());
                if (parsed != null && parsed.isContainerNode()) {
                    node.set(member, parsed);
                    return;
                }
            } catch (JsonProcessingException notJson) {
                // kept as the text the table holds
            }
        }
        node.put(member, text.get());
    }

    private Optional<String> value(List<String> row, String column) {
        Integer at = index.get(column);
        return at == null || at >= row.size() ? Optional.empty() : Optional.ofNullable(row.get(at));
    }
}
