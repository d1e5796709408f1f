package dev.livenessdesk.checkpage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.check.CheckCredentials;
import dev.livenessdesk.core.check.CheckOutcome;
import dev.livenessdesk.core.check.CheckPageSpec;
import dev.livenessdesk.core.check.CheckWords;
import dev.livenessdesk.core.failure.ServiceException;
import dev.livenessdesk.core.session.CheckSimulator;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.time.Instant;

/**
 * What the page asks the desk, answered as JSON: the session, the credentials (once), the outcome, and in the
 * sandbox the played steps. Holds the page's state; the server around it does the HTTP and the rules.
 */
final class CheckPageApi {

    /** One answer: HTTP status and JSON body. */
    record Reply(int status, ObjectNode body) {
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PLAYS = List.of("started", "live", "spoof");

    private final CheckPageSpec spec;
    private final Clock clock;
    private final AtomicBoolean credentialsHandedOut = new AtomicBoolean();
    private final CompletableFuture<Instant> started = new CompletableFuture<>();
    private final CompletableFuture<CheckOutcome> outcome = new CompletableFuture<>();

    CheckPageApi(CheckPageSpec spec, Clock clock) {
        this.spec = spec;
        this.clock = clock;
    }

    CompletableFuture<Instant> started() {
        return started;
    }

    CompletableFuture<CheckOutcome> outcome() {
        return outcome;
    }

    Reply answer(String call, JsonNode body) {
        return switch (call) {
            case "session" -> session();
            case "credentials" -> credentials();
            case "outcome" -> outcome(body);
            case "play" -> play(body);
            default -> refused(404, "page.deskGone");
        };
    }

    private Reply session() {
        ObjectNode answer = JSON.createObjectNode()
                .put("sessionId", spec.sessionId())
                .put("region", spec.region())
                .put("mode", spec.isSandbox() ? "SANDBOX" : "AWS")
                .put("startDeadline", spec.startDeadline().toEpochMilli())
                .put("serverTime", clock.millis())
                .put("started", started.isDone());
        answer.putArray("plays").addAll(spec.isSandbox()
                ? PLAYS.stream().map(JSON.getNodeFactory()::textNode).toList() : List.of());
        ObjectNode words = answer.putObject("words");
        CheckWords.pageWords().forEach(words::put);
        return new Reply(200, answer);
    }

    private Reply credentials() {
        Optional<CheckCredentials> credentials = spec.credentials();
        if (credentials.isEmpty()) {
            return refused(404, "page.deskGone");
        }
        if (!credentialsHandedOut.compareAndSet(false, true)) {
            return refused(410, "page.reloaded");
        }
        started.complete(clock.instant());
        CheckCredentials given = credentials.get();
        return new Reply(200, JSON.createObjectNode()
                .put("accessKeyId", given.accessKeyId())
                .put("secretAccessKey", given.secretAccessKey())
                .put("sessionToken", given.sessionToken())
                .put("expiration", given.expiration().toString()));
    }

    private Reply outcome(JsonNode body) {
        String kind = body.path("outcome").asText("");
        CheckOutcome ended = switch (kind) {
            case "COMPLETED" -> CheckOutcome.completed();
            case "CANCELLED" -> CheckOutcome.cancelled();
            case "FAILED" -> CheckOutcome.failed(body.path("state").asText(null), body.path("detail").asText(null));
            default -> null;
        };
        if (ended == null) {
            return new Reply(400, JSON.createObjectNode().put("words", "Unknown outcome"));
        }
        outcome.complete(ended);
        return new Reply(200, JSON.createObjectNode().put("words", outcome.join().words()));
    }

    private Reply play(JsonNode body) {
        Optional<CheckSimulator> player = spec.player();
        String step = body.path("play").asText("");
        if (player.isEmpty() || !PLAYS.contains(step)) {
            return refused(404, "page.deskGone");
        }
        if (outcome.isDone()) {
            return new Reply(410, JSON.createObjectNode().put("words", outcome.join().words()));
        }
        try {
            if (step.equals("started")) {
                player.get().simulateCheckStarted(spec.sessionId());
                started.complete(clock.instant());
                return new Reply(200, JSON.createObjectNode().put("words", ""));
            }
            player.get().simulateCompletedCheck(spec.sessionId(), step.equals("live"));
            started.complete(clock.instant());
            outcome.complete(CheckOutcome.completed());
            String played = CheckWords.pageWords().getOrDefault("page.play." + step, step);
            return new Reply(200, JSON.createObjectNode().put("words", CheckWords.get("outcome.played", played)));
        } catch (ServiceException e) {
            outcome.complete(new CheckOutcome(CheckOutcome.Kind.FAILED, Optional.empty(), e.error().fullText(),
                    Optional.empty()));
            return new Reply(409, JSON.createObjectNode().put("words", e.error().fullText()));
        }
    }

    private static Reply refused(int status, String wordsKey) {
        Map<String, String> words = CheckWords.pageWords();
        return new Reply(status, JSON.createObjectNode().put("words", words.getOrDefault(wordsKey, wordsKey)));
    }
}
