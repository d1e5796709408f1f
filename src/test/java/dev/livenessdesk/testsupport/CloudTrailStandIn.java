package dev.livenessdesk.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.livenessdesk.core.connection.ConnectionSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A local CloudTrail that speaks LookupEvents as the service does (awsJson1.1: {@code POST /},
 * {@code X-Amz-Target: com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents}), so tests drive the
 * real SDK client over HTTP. It holds events newest first and answers pages of at most {@code MaxResults} (1..50,
 * default 50) with an opaque {@code NextToken} that is valid only with the same parameters; at most one lookup
 * attribute; a start after the end is refused. Like the service it refuses more than 2 requests a second
 * ({@code ThrottlingException}) unless told not to, and it can be told to throttle, fail or hold the next requests.
 */
public final class CloudTrailStandIn implements AutoCloseable {

    public static final String TARGET = "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_RESULTS = 50;

    /** One event as the service keeps it. */
    public record StoredEvent(String eventId, String eventName, Instant time, String cloudTrailEvent) {
    }

    /** One LookupEvents request as it came. */
    public record Lookup(Optional<String> attributeKey, Optional<String> attributeValue, Optional<Instant> start,
                         Optional<Instant> end, int maxResults, Optional<String> nextToken, Instant at) {
    }

    private final LoopbackServer server;
    private final List<StoredEvent> events = new ArrayList<>();
    private final List<Lookup> lookups = new ArrayList<>();
    private final Map<String, String> tokens = new HashMap<>();
    private final Deque<Instant> recent = new ArrayDeque<>();
    private final Deque<StandInReply> script = new ArrayDeque<>();
    private boolean rateLimited = true;
    private int allowedRequests = 2;
    private Duration allowedPer = Duration.ofSeconds(1);
    private int throttledAnswers;

    private CloudTrailStandIn() {
        this.server = LoopbackServer.start("cloudtrail-stand-in", this::handle);
    }

    public static CloudTrailStandIn start() {
        return new CloudTrailStandIn();
    }

    public URI uri() {
        return server.uri();
    }

    /** A connection in us-east-1 whose CloudTrail endpoint is this stand-in. */
    public ConnectionSettings connection() {
        return new ConnectionSettings(Optional.empty(), RekognitionStandIn.REGION, Optional.empty(), Optional.empty(),
                Optional.of(uri()));
    }

    // ---- what it holds, and how it behaves ----

    public synchronized CloudTrailStandIn add(StoredEvent event) {
        events.add(event);
        return this;
    }

    /** Adds a record made by {@link TrailRecords}: its id, name and time are read from it. */
    public synchronized CloudTrailStandIn add(ObjectNode record) {
        return add(new StoredEvent(record.path("eventID").asText(), record.path("eventName").asText(),
                Instant.parse(record.path("eventTime").asText()), record.toString()));
    }

    /** A record as sent, even one that is not JSON (the lookup's own fields still name it). */
    public synchronized CloudTrailStandIn addRaw(String eventId, String eventName, Instant time, String raw) {
        return add(new StoredEvent(eventId, eventName, time, raw));
    }

    /** Whether more than 2 requests in a second are refused, as the service does (default: yes). */
    public synchronized CloudTrailStandIn rateLimited(boolean limited) {
        this.rateLimited = limited;
        return this;
    }

    /**
     * The rate it enforces: at most {@code requests} in any {@code per} (default 2 in a second, the service's).
     * Benchmarks scale time with it (2 in 100 ms: CloudTrail ten times faster).
     */
    public synchronized CloudTrailStandIn rateLimit(int requests, Duration per) {
        this.allowedRequests = requests;
        this.allowedPer = per;
        this.rateLimited = true;
        return this;
    }

    /** The next n requests are refused as too many, whatever the pace. */
    public synchronized CloudTrailStandIn throttleNext(int n) {
        this.throttledAnswers = n;
        return this;
    }

    /** The next request gets this answer instead. */
    public synchronized CloudTrailStandIn enqueue(StandInReply reply) {
        script.add(reply);
        return this;
    }

    /** The next request is held until the returned latch opens (or the test ends). */
    public synchronized CountDownLatch holdNext() {
        CountDownLatch gate = new CountDownLatch(1);
        script.add(new StandInReply(200, "{\"Events\":[]}", Map.of(), Optional.of(gate)));
        return gate;
    }

    public synchronized List<Lookup> lookups() {
        return List.copyOf(lookups);
    }

    /** Requests that got a page (not refused as too many). */
    public synchronized long pagesServed() {
        return lookups.size() - throttledCount;
    }

    private long throttledCount;

    public synchronized long throttledCount() {
        return throttledCount;
    }

    // ---- the wire ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            StandInReply reply;
            if (!"POST".equals(exchange.getRequestMethod()) || !TARGET.equals(target)) {
                reply = StandInReply.error(400, "UnknownOperationException", "Expected POST / with X-Amz-Target "
                        + TARGET);
            } else {
                reply = answer(parse(raw));
            }
            if (reply.gate().isPresent() && !reply.gate().get().await(30, TimeUnit.SECONDS)) {
                return;
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
            reply.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized StandInReply answer(JsonNode body) {
        Instant now = Instant.now();
        JsonNode attributes = body.path("LookupAttributes");
        Lookup lookup = new Lookup(text(attributes.path(0), "AttributeKey"), text(attributes.path(0), "AttributeValue"),
                time(body.path("StartTime")), time(body.path("EndTime")),
                body.has("MaxResults") ? body.path("MaxResults").asInt() : MAX_RESULTS,
                text(body, "NextToken"), now);
        lookups.add(lookup);
        if (!script.isEmpty()) {
            return script.poll();
        }
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(allowedPer))) {
            recent.pollFirst();
        }
        if (throttledAnswers > 0 || (rateLimited && recent.size() >= allowedRequests)) {
            throttledAnswers = Math.max(0, throttledAnswers - 1);
            throttledCount++;
            return StandInReply.error(400, "ThrottlingException", "Rate exceeded");
        }
        recent.addLast(now);
        if (attributes.size() > 1) {
            return StandInReply.error(400, "InvalidLookupAttributesException",
                    "You can only specify one lookup attribute.");
        }
        if (lookup.maxResults() < 1 || lookup.maxResults() > MAX_RESULTS) {
            return StandInReply.error(400, "InvalidMaxResultsException", "MaxResults must be 1 to 50.");
        }
        if (lookup.start().isPresent() && lookup.end().isPresent() && lookup.start().get().isAfter(lookup.end().get())) {
            return StandInReply.error(400, "InvalidTimeRangeException", "The start time is after the end time.");
        }
        String parameters = lookup.attributeKey() + "|" + lookup.attributeValue() + "|" + lookup.start() + "|"
                + lookup.end() + "|" + lookup.maxResults();
        int offset = 0;
        if (lookup.nextToken().isPresent()) {
            String expected = tokens.get(lookup.nextToken().get());
            if (expected == null || !expected.equals(parameters)) {
                return StandInReply.error(400, "InvalidNextTokenException", "Invalid NextToken.");
            }
            offset = Integer.parseInt(lookup.nextToken().get().substring(lookup.nextToken().get().indexOf(':') + 1));
        }
        List<StoredEvent> matching = events.stream().filter(event -> matches(event, lookup))
                .sorted(Comparator.comparing(StoredEvent::time).reversed()).toList();
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode page = answer.putArray("Events");
        int end = Math.min(matching.size(), offset + lookup.maxResults());
        for (StoredEvent event : matching.subList(Math.min(offset, matching.size()), end)) {
            page.addObject().put("EventId", event.eventId()).put("EventName", event.eventName())
                    .put("ReadOnly", "false")
                    .put("EventTime", BigDecimal.valueOf(event.time().getEpochSecond())
                            .add(BigDecimal.valueOf(event.time().getNano(), 9)))
                    .put("EventSource", "rekognition.amazonaws.com")
                    .put("CloudTrailEvent", event.cloudTrailEvent());
        }
        if (end < matching.size()) {
            String token = UUID.randomUUID() + ":" + end;
            tokens.put(token, parameters);
            answer.put("NextToken", token);
        }
        return StandInReply.ok(answer.toString());
    }

    private static boolean matches(StoredEvent event, Lookup lookup) {
        if (lookup.start().isPresent() && event.time().isBefore(lookup.start().get())) {
            return false;
        }
        if (lookup.end().isPresent() && event.time().isAfter(lookup.end().get())) {
            return false;
        }
        if (lookup.attributeKey().isEmpty()) {
            return true;
        }
        return switch (lookup.attributeKey().get()) {
            case "EventName" -> event.eventName().equals(lookup.attributeValue().orElse(""));
            case "EventId" -> event.eventId().equals(lookup.attributeValue().orElse(""));
            default -> true;
        };
    }

    private static Optional<Instant> time(JsonNode node) {
        if (!node.isNumber()) {
            return Optional.empty();
        }
        BigDecimal seconds = node.decimalValue();
        long whole = seconds.longValue();
        int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
        return Optional.of(Instant.ofEpochSecond(whole, nanos));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static JsonNode parse(String raw) {
        try {
            return raw.isBlank() ? MissingNode.getInstance() : JSON.readTree(raw);
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
