package dev.livenessdesk.core.setup;

import java.util.Objects;

/** The simulator's verdict on one action and resource. */
public record PermissionDecision(String action, String resource, Decision decision) {

    /** IAM's EvalDecision: allowed, explicitDeny, implicitDeny. */
    public enum Decision { ALLOWED, EXPLICIT_DENY, IMPLICIT_DENY }

    public PermissionDecision {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(decision, "decision");
    }

    public boolean allowed() {
        return decision == Decision.ALLOWED;
    }
}
