package dev.livenessdesk.core.setup;

import java.util.Objects;

/**
 * One answered row: what was found and, unless all is well, what to do about it.
 *
 * @param found what the check saw, in words (never a secret)
 * @param fix   what to do next; empty when the row is OK
 */
public record CheckResult(CheckId id, CheckStatus status, String found, String fix) {

    public CheckResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(found, "found");
        fix = fix == null ? "" : fix;
    }

    public static CheckResult ok(CheckId id, String found) {
        return new CheckResult(id, CheckStatus.OK, found, "");
    }

    public static CheckResult warn(CheckId id, String found, String fix) {
        return new CheckResult(id, CheckStatus.WARN, found, fix);
    }

    public static CheckResult fail(CheckId id, String found, String fix) {
        return new CheckResult(id, CheckStatus.FAIL, found, fix);
    }

    public static CheckResult unknown(CheckId id, String found, String fix) {
        return new CheckResult(id, CheckStatus.UNKNOWN, found, fix);
    }

    public String title() {
        return id.title();
    }
}
