package dev.livenessdesk.core.setup;

import java.util.Locale;

/** The rows of the checklist, in the order a user reads them. */
public enum CheckId {
    REGION,
    CREDENTIALS,
    CLOCK,
    BUCKET,
    PERMISSIONS,
    ENCRYPTION,
    PUBLIC_ACCESS,
    LIFECYCLE,
    VERSIONING,
    KMS_KEY;

    /** The id scripts see: region, credentials, clock, bucket, permissions, encryption, public_access, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The row's question, in words. */
    public String title() {
        return SetupWords.get("title." + wireName());
    }
}
