package dev.livenessdesk.core.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Made-up Face Liveness events for the core's tests, and a trail that hands them out as a port would. */
final class Events implements TrailEvents {

    static final String BACKEND = "arn:aws:sts::111122223333:assumed-role/checkout-backend/i-0abc";
    static final String FRONTEND = "arn:aws:sts::111122223333:assumed-role/liveness-frontend/CognitoIdentityCredentials";
    static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/120.0.0.0 Safari/537.36 aws-sdk-js/3.511.0";

    final List<TrailEvent> events = new ArrayList<>();
    ReadEnd end = null;

    static Instant at(String time) {
        return Instant.parse("2026-12-06T" + time + "Z");
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    TrailEvent create(String sessionId, String time) {
        Map<String, String> request = new HashMap<>();
        request.put("settings.outputconfig.s3bucket", "liveness-out");
        request.put("settings.outputconfig.s3keyprefix", "prod/");
        request.put("settings.auditimageslimit", "2");
        return add(new TrailEvent(newId(), LivenessCall.CREATE, at(time), Optional.of(sessionId), BACKEND,
                "10.0.0.5", "aws-sdk-java/2.31.0 Linux/5.10", Optional.empty(), Optional.empty(), request,
                Map.of("sessionid", sessionId), "req-" + time, "{\"eventName\":\"CreateFaceLivenessSession\"}"));
    }

    TrailEvent start(String sessionId, String time, String errorCode, String errorMessage) {
        return add(new TrailEvent(newId(), LivenessCall.START, at(time), Optional.of(sessionId), FRONTEND,
                "203.0.113.7", CHROME, Optional.ofNullable(errorCode), Optional.ofNullable(errorMessage),
                Map.of("sessionid", sessionId), Map.of(), "req-s-" + time, "{\"eventName\":\"StartFaceLivenessSession\"}"));
    }

    TrailEvent results(String sessionId, String time) {
        return add(new TrailEvent(newId(), LivenessCall.RESULTS, at(time), Optional.of(sessionId), BACKEND,
                "10.0.0.5", "aws-sdk-java/2.31.0", Optional.empty(), Optional.empty(),
                Map.of("sessionid", sessionId), Map.of(), "req-r-" + time, "{}"));
    }

    TrailEvent add(TrailEvent event) {
        events.add(event);
        return event;
    }

    @Override
    public ReadEnd read(ActivityWindow window, TrailEventSink sink, ReadProgress progress) {
        int pages = 0;
        for (TrailEvent event : events) {
            if (window.contains(event.time())) {
                sink.accept(event);
            }
        }
        progress.update(events.size(), 1, 1.0, false);
        return end != null ? end : ReadEnd.complete(pages + 1, 0);
    }

    @Override
    public String source() {
        return "test trail";
    }
}
