package dev.livenessdesk.core.setup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A finished setup check: what was checked, every row in checklist order, when, and how long it took.
 */
public record SetupRun(SetupTarget target, List<CheckResult> results, Instant startedAt, Duration took) {

    public SetupRun {
        Objects.requireNonNull(target, "target");
        results = List.copyOf(results);
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(took, "took");
    }

    public long count(CheckStatus status) {
        return results.stream().filter(result -> result.status() == status).count();
    }

    public boolean anyFailed() {
        return count(CheckStatus.FAIL) > 0;
    }

    /** Only the rows that fail, for the quiet check before a first Create. */
    public List<CheckResult> failures() {
        return results.stream().filter(result -> result.status() == CheckStatus.FAIL).toList();
    }
}
