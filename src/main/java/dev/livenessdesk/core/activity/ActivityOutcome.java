package dev.livenessdesk.core.activity;

import java.util.Locale;
import java.util.Optional;

/** What happened to a session, as CloudTrail's events tell it. */
public enum ActivityOutcome {
    /** Created, and no start came within the session's 3 minutes. */
    NEVER_STARTED,
    /** Created moments ago: the check may still start, or its start is not in CloudTrail yet. */
    NOT_STARTED_YET,
    /** The create was refused, or the check's stream ended with an error. */
    FAILED,
    /** Started, and the events do not say how it ended (its start is still in flight, or not recorded yet). */
    STARTED,
    /** The check's stream ran to its end without an error. */
    COMPLETED;

    /** "never_started": how the command line and its {@code --outcome} name it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ActivityOutcome> byCode(String code) {
        for (ActivityOutcome outcome : values()) {
            if (outcome.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }

    /** "Never started": how a row says it. */
    public String label() {
        return ActivityWords.get("outcome." + name());
    }
}
