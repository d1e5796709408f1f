package dev.livenessdesk.core.session;

import dev.livenessdesk.core.Messages;

/** The inputs of a create request that a user can get wrong; each maps to one form field and one CLI option. */
public enum SessionField {
    REGION("--region"),
    BUCKET("--bucket"),
    KEY_PREFIX("--prefix"),
    AUDIT_IMAGES_LIMIT("--audit-images"),
    KMS_KEY_ID("--kms-key-id"),
    CHALLENGE_TYPE("--challenge"),
    CHALLENGE_MIN_VERSION("--challenge-min-version"),
    CHALLENGE_MAX_VERSION("--challenge-max-version"),
    CLIENT_REQUEST_TOKEN("--client-request-token");

    private final String cliOption;

    SessionField(String cliOption) {
        this.cliOption = cliOption;
    }

    public String cliOption() {
        return cliOption;
    }

    /** The user-facing field name, as the form labels it. */
    public String label() {
        return Messages.get("field." + name());
    }
}
