package dev.livenessdesk.core.activity;

import java.util.Optional;

/** The three Face Liveness calls Rekognition records in CloudTrail, in the order a session makes them. */
public enum LivenessCall {
    CREATE("CreateFaceLivenessSession"),
    START("StartFaceLivenessSession"),
    RESULTS("GetFaceLivenessSessionResults");

    /** Where Rekognition's events come from (CloudTrail's {@code eventSource}). */
    public static final String EVENT_SOURCE = "rekognition.amazonaws.com";

    private final String eventName;

    LivenessCall(String eventName) {
        this.eventName = eventName;
    }

    /** The event's name in CloudTrail, which is the API operation's name. */
    public String eventName() {
        return eventName;
    }

    public static Optional<LivenessCall> byEventName(String name) {
        for (LivenessCall call : values()) {
            if (call.eventName.equals(name)) {
                return Optional.of(call);
            }
        }
        return Optional.empty();
    }

    /** "Create", "Start", "Get results": how a timeline names the call. */
    public String label() {
        return ActivityWords.get("call." + name());
    }
}
