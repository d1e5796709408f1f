package dev.livenessdesk.sandbox;

import dev.livenessdesk.core.activity.LivenessCall;
import dev.livenessdesk.core.activity.TrailEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * A made-up busy day of Face Liveness in CloudTrail, the 24 hours up to now: a few hundred sessions created by a
 * checkout backend, most started by customers' browsers and passed, some failed for the reasons real checks fail
 * (an unusable video, a session used twice or too late, the service failing), some never started; and two clients
 * that misbehave: a lobby kiosk that creates a session every few minutes in the morning and never starts one, and
 * an old Android WebView whose checks fail nearly always. Around 14:05 (local time, today or yesterday) one
 * customer fails three times in a row, for the "about 14:05, failed three times" call. The same within an hour.
 *
 * <p>The records are written by hand from values made here (ids, fixed role names, fixed user agents), none of
 * which holds a quote or a backslash, so the JSON text needs no escaping.
 */
final class BusyDay {

    static final String ACCOUNT = "123456789012";
    static final String BACKEND = "arn:aws:sts::" + ACCOUNT + ":assumed-role/checkout-backend/i-0sandbox";
    static final String KIOSK = "arn:aws:sts::" + ACCOUNT + ":assumed-role/kiosk-lobby/kiosk-7";
    static final String FRONTEND = "arn:aws:sts::" + ACCOUNT
            + ":assumed-role/liveness-frontend/CognitoIdentityCredentials";
    static final String BACKEND_AGENT = "aws-sdk-java/2.31.0 Linux/5.10.205 OpenJDK_64-Bit_Server_VM/17.0.9";
    static final String OLD_WEBVIEW = "Mozilla/5.0 (Linux; Android 9; SM-J530F Build/PPR1; wv) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Version/4.0 Chrome/69.0.3497.100 Mobile Safari/537.36 aws-sdk-js/3.188.0";
    static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1 aws-sdk-js/3.511.0";
    private static final List<String> BROWSERS = List.of(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
                    + "Safari/537.36 aws-sdk-js/3.511.0",
            IPHONE,
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.101 "
                    + "Mobile Safari/537.36 aws-sdk-js/3.511.0",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:121.0) Gecko/20100101 Firefox/121.0 "
                    + "aws-sdk-js/3.511.0",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
                    + "Safari/537.36 Edg/120.0.2210.91 aws-sdk-js/3.511.0");
    static final String BAD_VIDEO = "The input fails to satisfy the constraints specified by the service.";

    private final Instant now;
    private final ZoneId zone;
    private final Random random;
    private final List<TrailEvent> events = new ArrayList<>();

    BusyDay(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
        // The same day for the same hour: a reader comparing two Finds sees the same sessions.
        this.random = new Random(now.truncatedTo(ChronoUnit.HOURS).getEpochSecond());
        make();
    }

    List<TrailEvent> events() {
        return events;
    }

    private void make() {
        Instant from = now.minus(Duration.ofHours(24));
        for (int i = 0; i < 320; i++) {
            Instant created = busyHourTime(from);
            String browser = BROWSERS.get(random.nextInt(BROWSERS.size()));
            // 30-229: never the 14:05 customer's .23 (nor .230-.239, which a part-typed filter would also match).
            String ip = "198.51.100." + (30 + random.nextInt(200));
            int roll = random.nextInt(100);
            String id = create(created, BACKEND, BACKEND_AGENT, "liveness-out", "prod/", 2);
            Instant started = created.plusSeconds(8 + random.nextInt(50));
            if (roll < 80) {
                start(id, started, ip, browser, null, null);
                results(id, started.plusSeconds(6 + random.nextInt(20)));
            } else if (roll < 87) {
                start(id, started, ip, browser, "ValidationException", BAD_VIDEO);
            } else if (roll < 90) {
                start(id, created.plusSeconds(200 + random.nextInt(300)), ip, browser, "SessionNotFoundException",
                        "Session not found.");
            } else if (roll < 91) {
                start(id, started, ip, browser, "InternalServerException", "Internal server error.");
            }
            // The rest were never started: the person left before the camera step.
        }
        kioskLoop();
        oldWebView(from);
        threeFailuresAround1405();
        refusedCreate(from);
    }

    /** A lobby kiosk, 07:00 to 10:00, creates a session every 4 minutes and never starts one. */
    private void kioskLoop() {
        ZonedDateTime start = lastLocal(LocalTime.of(7, 0));
        for (int minute = 0; minute < 180; minute += 4) {
            Instant created = start.plusMinutes(minute).plusSeconds(random.nextInt(20)).toInstant();
            if (created.isBefore(now)) {
                create(created, KIOSK, "aws-cli/2.15.0 Python/3.11.6 Linux/6.1 exe/x86_64", "liveness-kiosk", "lobby/",
                        0);
            }
        }
    }

    /** An old Android WebView: its checks fail with an unusable video, and it starts each session twice. */
    private void oldWebView(Instant from) {
        for (int i = 0; i < 24; i++) {
            Instant created = busyHourTime(from);
            String id = create(created, BACKEND, BACKEND_AGENT, "liveness-out", "prod/", 2);
            String ip = "203.0.113." + (40 + random.nextInt(20));
            Instant started = created.plusSeconds(20 + random.nextInt(30));
            start(id, started, ip, OLD_WEBVIEW, "ValidationException", BAD_VIDEO);
            start(id, started.plusSeconds(4), ip, OLD_WEBVIEW, "SessionNotFoundException", "Session not found.");
        }
    }

    /** One customer, about 14:05, three sessions, three failures. */
    private void threeFailuresAround1405() {
        ZonedDateTime at = lastLocal(LocalTime.of(14, 3, 10));
        String ip = "198.51.100.23";
        String first = create(at.toInstant(), BACKEND, BACKEND_AGENT, "liveness-out", "prod/", 2);
        start(first, at.plusSeconds(31).toInstant(), ip, IPHONE, "ValidationException", BAD_VIDEO);
        String second = create(at.plusSeconds(112).toInstant(), BACKEND, BACKEND_AGENT, "liveness-out", "prod/", 2);
        start(second, at.plusSeconds(140).toInstant(), ip, IPHONE, "ValidationException", BAD_VIDEO);
        String third = create(at.plusSeconds(275).toInstant(), BACKEND, BACKEND_AGENT, "liveness-out", "prod/", 2);
        start(third, at.plusSeconds(275 + 236).toInstant(), ip, IPHONE, "SessionNotFoundException",
                "Session not found.");
    }

    /** A deploy with a role lacking the permission: one create refused. */
    private void refusedCreate(Instant from) {
        Instant at = from.plus(Duration.ofHours(3)).plusSeconds(random.nextInt(3600));
        add(LivenessCall.CREATE, at, Optional.empty(), BACKEND, "10.0.1.18", BACKEND_AGENT,
                "AccessDeniedException", "User: " + BACKEND + " is not authorized to perform: "
                        + "rekognition:CreateFaceLivenessSession", Map.of(), Map.of(), "{}", "null");
    }

    /** The latest local time of day at or before now (today's, else yesterday's). */
    private ZonedDateTime lastLocal(LocalTime time) {
        ZonedDateTime today = ZonedDateTime.of(LocalDate.ofInstant(now, zone), time, zone);
        return today.toInstant().isAfter(now.minusSeconds(600)) ? today.minusDays(1) : today;
    }

    /** A time in the last 24 hours, mostly in working hours (local). */
    private Instant busyHourTime(Instant from) {
        while (true) {
            Instant candidate = from.plusSeconds((long) (random.nextDouble() * 86_400));
            int hour = candidate.atZone(zone).getHour();
            boolean working = hour >= 8 && hour < 21;
            if ((working || random.nextInt(5) == 0) && candidate.isBefore(now.minusSeconds(300))) {
                return candidate;
            }
        }
    }

    private String create(Instant at, String caller, String agent, String bucket, String prefix, int audit) {
        String id = newId();
        Map<String, String> request = new HashMap<>();
        request.put("settings.outputconfig.s3bucket", bucket);
        request.put("settings.outputconfig.s3keyprefix", prefix);
        request.put("settings.auditimageslimit", Integer.toString(audit));
        request.put("settings.challengepreferences[0].type", "FaceMovementAndLightChallenge");
        String requestJson = "{\"settings\":{\"outputConfig\":{\"s3Bucket\":\"" + bucket + "\",\"s3KeyPrefix\":\""
                + prefix + "\"},\"auditImagesLimit\":" + audit
                + ",\"challengePreferences\":[{\"type\":\"FaceMovementAndLightChallenge\"}]}}";
        add(LivenessCall.CREATE, at, Optional.of(id), caller, caller.equals(KIOSK) ? "10.20.0.7" : "10.0.1.17", agent,
                null, null, request, Map.of("sessionid", id), requestJson, "{\"sessionId\":\"" + id + "\"}");
        return id;
    }

    private void start(String id, Instant at, String ip, String agent, String errorCode, String errorMessage) {
        if (!at.isBefore(now)) {
            return;
        }
        add(LivenessCall.START, at, Optional.of(id), FRONTEND, ip, agent, errorCode, errorMessage,
                Map.of("sessionid", id), errorCode == null ? Map.of("sessionid", id) : Map.of(),
                "{\"sessionId\":\"" + id + "\"}", errorCode == null ? "{\"sessionId\":\"" + id + "\"}" : "null");
    }

    private void results(String id, Instant at) {
        if (at.isBefore(now)) {
            add(LivenessCall.RESULTS, at, Optional.of(id), BACKEND, "10.0.1.17", BACKEND_AGENT, null, null,
                    Map.of("sessionid", id), Map.of(), "{\"sessionId\":\"" + id + "\"}", "null");
        }
    }

    private void add(LivenessCall call, Instant at, Optional<String> sessionId, String caller, String ip, String agent,
                     String errorCode, String errorMessage, Map<String, String> request, Map<String, String> response,
                     String requestJson, String responseJson) {
        String eventId = newId();
        String requestId = newId();
        StringBuilder raw = new StringBuilder(900).append("{\"eventVersion\":\"1.08\",\"userIdentity\":{")
                .append("\"type\":\"AssumedRole\",\"arn\":\"").append(caller).append("\",\"accountId\":\"")
                .append(ACCOUNT).append("\"},\"eventTime\":\"").append(at.truncatedTo(ChronoUnit.SECONDS))
                .append("\",\"eventSource\":\"rekognition.amazonaws.com\",\"eventName\":\"")
                .append(call.eventName()).append("\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"").append(ip)
                .append("\",\"userAgent\":\"").append(agent).append('"');
        if (errorCode != null) {
            raw.append(",\"errorCode\":\"").append(errorCode).append("\",\"errorMessage\":\"").append(errorMessage)
                    .append('"');
        }
        raw.append(",\"requestParameters\":").append(requestJson).append(",\"responseElements\":")
                .append(responseJson).append(",\"requestID\":\"").append(requestId).append("\",\"eventID\":\"")
                .append(eventId).append("\",\"readOnly\":").append(call == LivenessCall.RESULTS)
                .append(",\"eventType\":\"AwsApiCall\",\"managementEvent\":true,\"recipientAccountId\":\"")
                .append(ACCOUNT).append("\",\"eventCategory\":\"Management\"}");
        events.add(new TrailEvent(eventId, call, at.truncatedTo(ChronoUnit.SECONDS), sessionId, caller, ip, agent,
                Optional.ofNullable(errorCode), Optional.ofNullable(errorMessage), request, response, requestId,
                raw.toString()));
    }

    private String newId() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
