package dev.livenessdesk.core.images;

/** The role of an image Rekognition stored for a session. */
public enum ImageKind {
    REFERENCE, AUDIT, OTHER
}
