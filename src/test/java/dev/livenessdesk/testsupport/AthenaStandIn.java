package dev.livenessdesk.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.livenessdesk.core.activity.TrailQuery;
import dev.livenessdesk.core.connection.ConnectionSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A local Athena that speaks what the desk's Athena route calls, as the service does (awsJson1.1: {@code POST /},
 * {@code X-Amz-Target: AmazonAthena.<Operation>}): GetTableMetadata (a table's partition keys, a
 * {@code MetadataException} for an unknown one), StartQueryExecution (the SQL kept for the test to read),
 * GetQueryExecution (QUEUED, RUNNING, then SUCCEEDED, or FAILED with a {@code StateChangeReason}, or RUNNING for
 * ever), GetQueryResults (pages of at most {@code MaxResults}, 1..1000, the first page led by the header row, an
 * opaque {@code NextToken}, a null as an empty {@code Datum}) and StopQueryExecution (the query is CANCELLED).
 *
 * <p>It does not evaluate SQL: it answers the rows it holds, newest first, each as CloudTrail's Athena table holds
 * a record (one column per member, the request parameters and response elements as JSON text), and tests assert
 * the SQL the desk sent.
 */
public final class AthenaStandIn implements AutoCloseable {

    public static final String PREFIX = "AmazonAthena.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_RESULTS = 1000;

    /** One query as it was started, and what became of it. */
    public record Query(String id, String sql, String database, String catalog, String outputLocation) {
    }

    /** How the next query behaves. */
    public enum Behaviour { SUCCEEDS, FAILS, HANGS }

    private final LoopbackServer server;
    private final Map<String, List<String>> tables = new HashMap<>();
    private final List<ObjectNode> records = new ArrayList<>();
    private final Map<String, Query> queries = new LinkedHashMap<>();
    private final Map<String, String> states = new HashMap<>();
    private final Map<String, Integer> polls = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();
    private final List<String> stopped = new ArrayList<>();
    private final List<String> operations = new ArrayList<>();
    private final List<Integer> pageSizes = new ArrayList<>();
    private Behaviour behaviour = Behaviour.SUCCEEDS;
    private String failureReason = "";
    private int pollsBeforeDone = 2;

    private AthenaStandIn() {
        this.server = LoopbackServer.start("athena-stand-in", this::handle);
    }

    public static AthenaStandIn start() {
        return new AthenaStandIn();
    }

    public URI uri() {
        return server.uri();
    }

    /** A connection in us-east-1 whose Athena endpoint is this stand-in. */
    public ConnectionSettings connection() {
        return new ConnectionSettings(Optional.empty(), RekognitionStandIn.REGION, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(uri()));
    }

    // ---- what it holds, and how it behaves ----

    /** A table in the catalog with these partition keys ({@code timestamp}; {@code region, year, month, day}; none). */
    public synchronized AthenaStandIn table(String database, String table, String... partitionKeys) {
        tables.put(database + "." + table, List.of(partitionKeys));
        return this;
    }

    /** A record made by {@link TrailRecords}, held as one row of CloudTrail's table. */
    public synchronized AthenaStandIn add(ObjectNode record) {
        records.add(record);
        return this;
    }

    public synchronized AthenaStandIn nextQuery(Behaviour next) {
        this.behaviour = next;
        return this;
    }

    /** The next query fails with this reason (Athena's StateChangeReason). */
    public synchronized AthenaStandIn nextQueryFails(String reason) {
        this.behaviour = Behaviour.FAILS;
        this.failureReason = reason;
        return this;
    }

    public synchronized List<Query> queries() {
        return List.copyOf(queries.values());
    }

    public synchronized List<String> stopped() {
        return List.copyOf(stopped);
    }

    /** Every operation asked, in order ("StartQueryExecution", ...). */
    public synchronized List<String> operations() {
        return List.copyOf(operations);
    }

    /** The MaxResults of each GetQueryResults. */
    public synchronized List<Integer> pageSizes() {
        return List.copyOf(pageSizes);
    }

    // ---- the wire ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            StandInReply reply;
            if (!"POST".equals(exchange.getRequestMethod()) || target == null || !target.startsWith(PREFIX)) {
                reply = StandInReply.error(400, "UnknownOperationException", "Expected POST / with X-Amz-Target "
                        + PREFIX + "<Operation>");
            } else {
                reply = answer(target.substring(PREFIX.length()), JSON.readTree(raw.isEmpty() ? "{}" : raw));
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private synchronized StandInReply answer(String operation, JsonNode body) {
        operations.add(operation);
        return switch (operation) {
            case "GetTableMetadata" -> tableMetadata(body);
            case "StartQueryExecution" -> startQuery(body);
            case "GetQueryExecution" -> queryExecution(body);
            case "GetQueryResults" -> queryResults(body);
            case "StopQueryExecution" -> stopQuery(body);
            default -> StandInReply.error(400, "UnknownOperationException", "Unknown operation " + operation);
        };
    }

    private StandInReply tableMetadata(JsonNode body) {
        if (!"AwsDataCatalog".equals(body.path("CatalogName").asText())) {
            return StandInReply.error(400, "MetadataException", "Catalog not found");
        }
        String name = body.path("DatabaseName").asText() + "." + body.path("TableName").asText();
        List<String> keys = tables.get(name);
        if (keys == null) {
            return StandInReply.error(400, "MetadataException", "Table " + name + " not found");
        }
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode table = answer.putObject("TableMetadata").put("Name", body.path("TableName").asText())
                .put("TableType", "EXTERNAL_TABLE");
        ArrayNode columns = table.putArray("Columns");
        for (String column : List.of("eventversion", "useridentity", "eventtime", "eventsource", "eventname")) {
            columns.addObject().put("Name", column).put("Type", "string");
        }
        ArrayNode partitions = table.putArray("PartitionKeys");
        keys.forEach(key -> partitions.addObject().put("Name", key).put("Type", "string"));
        return StandInReply.ok(answer.toString());
    }

    private StandInReply startQuery(JsonNode body) {
        String sql = body.path("QueryString").asText("");
        if (sql.isBlank()) {
            return StandInReply.error(400, "InvalidRequestException", "QueryString is required");
        }
        String output = body.path("ResultConfiguration").path("OutputLocation").asText("");
        if (!output.startsWith("s3://")) {
            return StandInReply.error(400, "InvalidRequestException",
                    "No output location provided. An output location is required either through the Workgroup "
                            + "result configuration setting or as an API input.");
        }
        String id = UUID.randomUUID().toString();
        queries.put(id, new Query(id, sql, body.path("QueryExecutionContext").path("Database").asText(""),
                body.path("QueryExecutionContext").path("Catalog").asText(""), output));
        states.put(id, "QUEUED:" + behaviour.name());
        polls.put(id, 0);
        return StandInReply.ok(JSON.createObjectNode().put("QueryExecutionId", id).toString());
    }

    private StandInReply queryExecution(JsonNode body) {
        String id = body.path("QueryExecutionId").asText();
        Query query = queries.get(id);
        if (query == null) {
            return StandInReply.error(400, "InvalidRequestException", "QueryExecution " + id + " was not found");
        }
        int seen = polls.merge(id, 1, Integer::sum);
        String state = states.get(id);
        if (state.startsWith("QUEUED")) {
            Behaviour how = Behaviour.valueOf(state.substring("QUEUED:".length()));
            if (seen > pollsBeforeDone && how != Behaviour.HANGS) {
                state = how == Behaviour.SUCCEEDS ? "SUCCEEDED" : "FAILED";
                states.put(id, state);
            }
        }
        String shown = state.startsWith("QUEUED") ? (seen > 1 ? "RUNNING" : "QUEUED") : state;
        ObjectNode answer = JSON.createObjectNode();
        ObjectNode execution = answer.putObject("QueryExecution").put("QueryExecutionId", id)
                .put("Query", query.sql()).put("StatementType", "DML");
        ObjectNode status = execution.putObject("Status").put("State", shown)
                .put("SubmissionDateTime", Instant.now().getEpochSecond());
        if ("FAILED".equals(shown)) {
            status.put("StateChangeReason", failureReason);
            status.putObject("AthenaError").put("ErrorCategory", 2).put("ErrorType", 1006).put("Retryable", false)
                    .put("ErrorMessage", failureReason);
        } else if ("CANCELLED".equals(shown)) {
            status.put("StateChangeReason", "Query cancelled by user");
        }
        return StandInReply.ok(answer.toString());
    }

    private StandInReply queryResults(JsonNode body) {
        String id = body.path("QueryExecutionId").asText();
        if (!queries.containsKey(id)) {
            return StandInReply.error(400, "InvalidRequestException", "QueryExecution " + id + " was not found");
        }
        if (!"SUCCEEDED".equals(states.get(id))) {
            return StandInReply.error(400, "InvalidRequestException", "Query has not yet finished. Current state: "
                    + states.get(id).replaceAll(":.*", ""));
        }
        int size = body.has("MaxResults") ? body.path("MaxResults").asInt() : MAX_RESULTS;
        pageSizes.add(size);
        if (size < 1 || size > MAX_RESULTS) {
            return StandInReply.error(400, "InvalidRequestException", "MaxResults must be 1 to 1000");
        }
        int offset = 0;
        if (body.hasNonNull("NextToken")) {
            String at = tokens.get(id + "|" + body.path("NextToken").asText());
            if (at == null) {
                return StandInReply.error(400, "InvalidRequestException", "Invalid NextToken");
            }
            offset = Integer.parseInt(at);
        }
        List<ObjectNode> rows = records.stream()
                .sorted(Comparator.comparing((ObjectNode r) -> r.path("eventTime").asText()).reversed()).toList();
        ObjectNode answer = JSON.createObjectNode().put("UpdateCount", 0);
        ObjectNode resultSet = answer.putObject("ResultSet");
        ArrayNode out = resultSet.putArray("Rows");
        int room = size;
        if (offset == 0) {
            ArrayNode header = out.addObject().putArray("Data");
            TrailQuery.COLUMNS.forEach(c -> header.addObject().put("VarCharValue", c));
            room--;
        }
        int end = Math.min(rows.size(), offset + room);
        for (int i = offset; i < end; i++) {
            ArrayNode data = out.addObject().putArray("Data");
            for (String column : TrailQuery.COLUMNS) {
                Optional<String> value = column(rows.get(i), column);
                ObjectNode datum = data.addObject();
                value.ifPresent(v -> datum.put("VarCharValue", v));
            }
        }
        ArrayNode info = resultSet.putObject("ResultSetMetadata").putArray("ColumnInfo");
        TrailQuery.COLUMNS.forEach(c -> info.addObject().put("CatalogName", "hive").put("Name", c).put("Label", c)
                .put("Type", "varchar").put("Nullable", "UNKNOWN"));
        if (end < rows.size()) {
            String token = UUID.randomUUID().toString();
            tokens.put(id + "|" + token, Integer.toString(end));
            answer.put("NextToken", token);
        }
        return StandInReply.ok(answer.toString());
    }

    private StandInReply stopQuery(JsonNode body) {
        String id = body.path("QueryExecutionId").asText();
        if (!queries.containsKey(id)) {
            return StandInReply.error(400, "InvalidRequestException", "QueryExecution " + id + " was not found");
        }
        stopped.add(id);
        states.put(id, "CANCELLED");
        return StandInReply.ok("{}");
    }

    /** One column of CloudTrail's Athena table for a record: what the table's SerDe makes of the member. */
    private static Optional<String> column(ObjectNode record, String column) {
        JsonNode value = switch (column) {
            case "eventid" -> record.get("eventID");
            case "eventtime" -> record.get("eventTime");
            case "eventname" -> record.get("eventName");
            case "eventsource" -> record.get("eventSource");
            case "awsregion" -> record.get("awsRegion");
            case "identity_type" -> record.path("userIdentity").get("type");
            case "identity_principalid" -> record.path("userIdentity").get("principalId");
            case "identity_arn" -> record.path("userIdentity").get("arn");
            case "identity_username" -> record.path("userIdentity").get("userName");
            case "identity_invokedby" -> record.path("userIdentity").get("invokedBy");
            case "sourceipaddress" -> record.get("sourceIPAddress");
            case "useragent" -> record.get("userAgent");
            case "errorcode" -> record.get("errorCode");
            case "errormessage" -> record.get("errorMessage");
            case "requestparameters" -> record.get("requestParameters");
            case "responseelements" -> record.get("responseElements");
            case "requestid" -> record.get("requestID");
            default -> null;
        };
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(value.isContainerNode() ? value.toString() : value.asText());
    }

    @Override
    public void close() {
        server.close();
    }
}
