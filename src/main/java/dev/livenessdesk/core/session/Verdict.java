package dev.livenessdesk.core.session;

/**
 * Whether a check's confidence reaches the user's pass mark; NONE until a check ran to the end with a score.
 * The judging itself is {@code core.verdict.ScoreAgainstMark}.
 */
public enum Verdict {
    NONE, PASS, FAIL
}
