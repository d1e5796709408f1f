package dev.livenessdesk.core.activity;

import java.util.Locale;
import java.util.Optional;

/**
 * Which sessions of a window a person wants to see: the caller (a role or user ARN, or any part of it), the source
 * IP (or its start) and the outcome. Empty parts match everything; text matches ignore case.
 */
public record ActivityFilter(String caller, String sourceIp, Optional<ActivityOutcome> outcome) {

    public static final ActivityFilter ALL = new ActivityFilter("", "", Optional.empty());

    public ActivityFilter {
        caller = caller == null ? "" : caller.strip();
        sourceIp = sourceIp == null ? "" : sourceIp.strip();
        outcome = outcome == null ? Optional.empty() : outcome;
    }

    public boolean matches(ActivitySession session) {
        if (!caller.isEmpty() && !session.caller().toLowerCase(Locale.ROOT).contains(caller.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (!sourceIp.isEmpty() && !session.startIp().startsWith(sourceIp)) {
            return false;
        }
        return outcome.isEmpty() || outcome.get() == session.outcome();
    }

    public boolean isEmpty() {
        return caller.isEmpty() && sourceIp.isEmpty() && outcome.isEmpty();
    }
}
