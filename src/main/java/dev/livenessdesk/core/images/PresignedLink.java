package dev.livenessdesk.core.images;

import java.net.URI;
import java.time.Instant;

/**
 * A presigned GET URL and when it really stops working: earlier than asked when the credentials that signed it
 * are temporary and expire first.
 */
public record PresignedLink(URI url, Instant expiresAt, boolean shortenedByCredentials) {
}
