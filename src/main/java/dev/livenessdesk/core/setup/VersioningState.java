package dev.livenessdesk.core.setup;

/** A bucket's versioning, as GetBucketVersioning answers it (no status at all: never turned on). */
public enum VersioningState { NEVER_ENABLED, ENABLED, SUSPENDED }
