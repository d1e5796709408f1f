package dev.livenessdesk.core.activity;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One CloudTrail record of a Face Liveness call, as read from its {@code CloudTrailEvent} JSON. The members of
 * {@code requestParameters} and {@code responseElements} are not documented per operation, so they are kept as
 * flat paths ({@code settings.outputConfig.s3Bucket}) with lower-cased keys and read case-insensitively; the whole
 * record stays in {@link #rawRecord} for the support text and for what the desk cannot interpret.
 *
 * @param eventId      CloudTrail's {@code eventID}
 * @param call         which of the three calls
 * @param time         {@code eventTime}
 * @param sessionId    from {@code sessionId} or {@code SessionId} in the request parameters or the response
 * @param caller       {@code userIdentity.arn} (else its principal id or type); empty when the record names none
 * @param sourceIp     {@code sourceIPAddress}
 * @param userAgent    {@code userAgent}, as sent
 * @param errorCode    {@code errorCode}, when the call failed
 * @param errorMessage {@code errorMessage}, when the call failed and said why
 * @param request      {@code requestParameters}, flattened (keys lower-cased)
 * @param response     {@code responseElements}, flattened (keys lower-cased)
 * @param requestId    {@code requestID}
 * @param rawRecord    the record exactly as CloudTrail sent it
 */
public record TrailEvent(String eventId, LivenessCall call, Instant time, Optional<String> sessionId, String caller,
                         String sourceIp, String userAgent, Optional<String> errorCode, Optional<String> errorMessage,
                         Map<String, String> request, Map<String, String> response, String requestId,
                         String rawRecord) {

    /** The user agent suffix this desk's SDK clients send: the desk's own calls carry it. */
    public static final String DESK_AGENT_MARK = "liveness-desk";

    public TrailEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(time, "time");
        sessionId = sessionId == null ? Optional.empty() : sessionId.filter(id -> !id.isBlank());
        caller = caller == null ? "" : caller;
        sourceIp = sourceIp == null ? "" : sourceIp;
        userAgent = userAgent == null ? "" : userAgent;
        errorCode = errorCode == null ? Optional.empty() : errorCode.filter(code -> !code.isBlank());
        errorMessage = errorMessage == null ? Optional.empty() : errorMessage.filter(text -> !text.isBlank());
        request = request == null ? Map.of() : Map.copyOf(request);
        response = response == null ? Map.of() : Map.copyOf(response);
        requestId = requestId == null ? "" : requestId;
        rawRecord = rawRecord == null ? "" : rawRecord;
    }

    /** A request parameter by its path, whatever the case of its keys. */
    public Optional<String> requestValue(String path) {
        return Optional.ofNullable(request.get(path.toLowerCase(Locale.ROOT)));
    }

    /** A response element by its path, whatever the case of its keys. */
    public Optional<String> responseValue(String path) {
        return Optional.ofNullable(response.get(path.toLowerCase(Locale.ROOT)));
    }

    public boolean failed() {
        return errorCode.isPresent();
    }

    /** Made by this desk's own SDK clients (their user agent carries the desk's mark). */
    public boolean byThisDesk() {
        return userAgent.contains(DESK_AGENT_MARK);
    }

    /** The same event without its raw record: what a list of sessions keeps, to hold a busy day in little memory. */
    public TrailEvent withoutRawRecord() {
        return rawRecord.isEmpty() ? this : new TrailEvent(eventId, call, time, sessionId, caller, sourceIp,
                userAgent, errorCode, errorMessage, request, response, requestId, "");
    }
}
