package dev.livenessdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.activity.ActivitySession;
import dev.livenessdesk.core.activity.ActivitySummary;
import dev.livenessdesk.core.activity.ActivityWindow;
import dev.livenessdesk.core.activity.ClientAgent;
import dev.livenessdesk.core.activity.FailureReason;
import dev.livenessdesk.core.activity.ReadEnd;
import dev.livenessdesk.core.activity.ResultRead;
import dev.livenessdesk.core.activity.TrailEvent;
import dev.livenessdesk.core.activity.UnreadableEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The envelopes' data of {@code activity} and {@code timeline}: snake_case keys, whole seconds UTC. */
final class ActivityJson {

    private ActivityJson() {
    }

    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static void window(ObjectNode data, ActivityWindow window, String source) {
        data.putObject("window").put("from", time(window.from())).put("to", time(window.to()));
        data.put("source", source);
    }

    static void readEnd(ObjectNode data, ReadEnd end, long eventsRead, List<String> notes) {
        data.put("read_whole", end.whole()).put("events_read", eventsRead).put("pages", end.pages())
                .put("events_from_cache", end.fromCache());
        end.stoppedBy().ifPresent(error -> {
            ObjectNode stopped = data.putObject("stopped_by").put("code", error.code())
                    .put("message", error.fullText());
            error.requestId().ifPresent(id -> stopped.put("request_id", id));
        });
        ArrayNode shown = data.putArray("notes");
        notes.forEach(shown::add);
    }

    static void unreadable(ObjectNode data, long count, List<UnreadableEvent> events) {
        data.put("unreadable_events", count);
        ArrayNode list = data.putArray("unreadable");
        for (UnreadableEvent event : events) {
            ObjectNode node = list.addObject().put("event_id", event.eventId()).put("why", event.why())
                    .put("record_start", event.excerpt());
            event.time().ifPresent(t -> node.put("time", time(t)));
        }
    }

    static ObjectNode session(ArrayNode into, ActivitySession session) {
        ObjectNode node = into.addObject();
        optional(node, "id", session.id());
        optionalTime(node, "created_at", session.createdAt());
        node.put("caller", session.caller()).put("created_by_desk", session.createdByDesk());
        optional(node, "bucket", session.bucket());
        optional(node, "prefix", session.prefix());
        optional(node, "audit_images", session.auditImages());
        optional(node, "challenge", session.challenge());
        optionalTime(node, "started_at", session.startedAt());
        node.put("source_ip", session.startIp());
        client(node.putObject("client"), session.client());
        node.put("outcome", session.outcome().code()).put("outcome_words", session.outcomeLine());
        reason(node, session.reason());
        optional(node, "completion_message", session.completion());
        ArrayNode reads = node.putArray("results_read");
        for (ResultRead read : session.resultReads()) {
            ObjectNode r = reads.addObject().put("at", time(read.time())).put("by", read.caller());
            optional(r, "status", read.status());
            optional(r, "confidence", read.confidence());
            optional(r, "error_code", read.errorCode());
        }
        node.put("events", session.events());
        return node;
    }

    static void reason(ObjectNode node, Optional<FailureReason> reason) {
        if (reason.isEmpty()) {
            node.putNull("reason");
            return;
        }
        FailureReason r = reason.get();
        ObjectNode out = node.putObject("reason").put("code", r.code()).put("title", r.title())
                .put("what_to_do", r.whatToDo()).put("known", r.known());
        optional(out, "service_message", r.serviceText());
    }

    static void client(ObjectNode node, ClientAgent agent) {
        node.put("user_agent", agent.raw()).put("summary", agent.summary());
        optional(node, "browser", agent.browser());
        optional(node, "os", agent.os());
        optional(node, "sdk", agent.sdk());
    }

    static void summary(ObjectNode node, ActivitySummary summary) {
        node.put("sessions", summary.sessions()).put("created", summary.created()).put("started", summary.started())
                .put("completed", summary.completed()).put("failed", summary.failed())
                .put("never_started", summary.neverStarted()).put("not_started_yet", summary.waiting());
        ArrayNode reasons = node.putArray("failures_by_reason");
        summary.failuresByReason().forEach(c -> reasons.addObject().put("reason", c.name()).put("sessions", c.count()));
        ArrayNode clients = node.putArray("by_client");
        summary.byClient().forEach(c -> clients.addObject().put("client", c.client()).put("sessions", c.sessions())
                .put("failed", c.failed()));
        ArrayNode hours = node.putArray("by_hour");
        summary.byHour().forEach(h -> hours.addObject().put("hour", time(h.hour())).put("sessions", h.sessions())
                .put("failed", h.failed()));
    }

    static void event(ArrayNode into, TrailEvent event, String words) {
        ObjectNode node = into.addObject().put("event_id", event.eventId()).put("time", time(event.time()))
                .put("event_name", event.call().eventName()).put("caller", event.caller())
                .put("source_ip", event.sourceIp());
        client(node.putObject("client"), dev.livenessdesk.core.activity.ClientAgent.read(event.userAgent()));
        optional(node, "error_code", event.errorCode());
        optional(node, "error_message", event.errorMessage());
        event.responseValue("completionMessage").ifPresent(text -> node.put("completion_message", text));
        node.put("request_id", event.requestId()).put("by_this_desk", event.byThisDesk()).put("words", words)
                .put("record", event.rawRecord());
    }

    private static void optional(ObjectNode node, String key, Optional<String> value) {
        if (value.isPresent()) {
            node.put(key, value.get());
        } else {
            node.putNull(key);
        }
    }

    private static void optionalTime(ObjectNode node, String key, Optional<Instant> value) {
        if (value.isPresent()) {
            node.put(key, time(value.get()));
        } else {
            node.putNull(key);
        }
    }
}
