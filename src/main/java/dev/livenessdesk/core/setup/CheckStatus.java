package dev.livenessdesk.core.setup;

import java.util.Locale;

/** How one row of the checklist came out; the order is from good to bad, "could not check" apart. */
public enum CheckStatus {
    OK,
    WARN,
    FAIL,
    /** Could not check: the question stays open (denied, unreachable, timed out, or depends on a failed row). */
    UNKNOWN;

    /** The word scripts see: ok, warn, fail, unknown. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status in words, for the checklist and the report. */
    public String label() {
        return SetupWords.get("status." + wireName());
    }
}
